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
 * The part of a decision block worth quoting: the whole block when short, else its decisive sentences (in order)
 * up to `max` characters.
 */
export function decisiveExcerpt(text: string, max = 420): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const all = sentences(text);
  const picked = all.filter((s) => DECISIVE_WORDS.test(s));
  const chosen = picked.length > 0 ? picked : all.slice(0, 2);
  const out: string[] = [];
  let length = 0;
  for (const s of chosen) {
    if (length + s.length > max && out.length > 0) break;
    out.push(s);
    length += s.length + 1;
  }
  return oneLine(out.join(" "), max);
}
