// Cuts quotes from the minutes: sentences, the decisive ones, and one-line summaries that end on a word.

/** Words that make a sentence decisive: it says what was decided, voted or proposed (a proposal is part of it). */
export const DECISIVE_WORDS =
  /(?<![\p{L}])(godkend\p{L}*|anbefal\p{L}*|vedt\p{L}*|besluttede|beslutte[ts]?|forkast\p{L}*|tiltræ\p{L}*|taget til efterretning|tog\p{L}* .{0,40}til efterretning|orientering\p{L}*|stemte|undlod|flertal|ikke godkendt|afvist|oversend\p{L}*|sendes|returneret|udsat|begærede|stillede\s+(?:\p{L}+\s+)?forslag\p{L}*|fremsatte|foreslog|ændringsforslag\p{L}*)(?![\p{L}])/iu;

// A full stop after these does not end a sentence: "Ad 2.", "pkt. 3", "kr. 175.000", "bl.a.", an initial "H.".
const NOT_AN_END =
  /(?:^|[^\p{L}])(?:ad \d+|\d+|\p{L}|pkt|nr|jf|kr|stk|ca|mio|mia|bl\.a|f\.eks|evt|inkl|ift|vedr|ang|dvs|mht)\.$/iu;

/** Splits a text into sentences and list lines, whitespace tidied. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\n+/)) {
    let pending = "";
    for (const piece of line.split(/(?<=[.!?])\s+(?=[\p{Lu}"”(0-9])/u)) {
      pending = pending ? `${pending} ${piece}` : piece;
      if (!NOT_AN_END.test(pending.trim())) {
        out.push(pending);
        pending = "";
      }
    }
    if (pending) out.push(pending);
  }
  return out.map((s) => s.replace(/\s+/g, " ").trim()).filter((s) => s.length > 0);
}

/** One line of at most `max` characters, cut at a word, with an ellipsis when cut. */
export function oneLine(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const at = cut.lastIndexOf(" ");
  return `${(at > max * 0.6 ? cut.slice(0, at) : cut).replace(/[,;:.\s]+$/, "")} …`;
}

/**
 * The part of a decision block worth quoting: the whole block when short, else the sentences the question asks
 * about (`wanted` > 0, the most wanted first) and its decisive sentences, up to `max` characters, in the block's order.
 */
export function decisiveExcerpt(text: string, max = 420, wanted: (sentence: string) => number = () => 0): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const all = sentences(text);
  const decisive = all.flatMap((s, i) => (DECISIVE_WORDS.test(s) ? [i] : []));
  // The sentences the question asks about come first (most wanted first), then the decisive ones in order.
  // Only the closest: a sentence that shares one common word of several with the question is not what it asks.
  const weighed = all.map((s, i) => ({ i, w: wanted(s) }));
  const most = Math.max(0, ...weighed.map((x) => x.w));
  const asked = weighed
    .filter((x) => x.w > 0 && x.w >= most * 0.8)
    .sort((a, b) => b.w - a.w || a.i - b.i)
    .map((x) => x.i);
  const order = [...new Set([...asked, ...(decisive.length > 0 ? decisive : [0, 1])])].filter((i) => i < all.length);
  const taken: number[] = [];
  let length = 0;
  for (const i of order) {
    const s = all[i] as string;
    if (length + s.length > max && taken.length > 0) {
      if (asked.includes(i)) continue;
      break;
    }
    taken.push(i);
    length += s.length + 1;
  }
  return oneLine(
    taken
      .sort((a, b) => a - b)
      .map((i) => all[i])
      .join(" "),
    max,
  );
}
