// Danish compounds: splits a word such as "budgetområdet" into known parts ("budget", "områd") so a part is findable.

/** What the splitter knows: which strings are words or stems of the corpus, and how a tail stems. */
export interface CompoundLexicon {
  /** True when `head` (already stripped of a linking letter) is a known word or stem. */
  isHead(head: string): boolean;
  /** The stem of `tail` when it is a known word, else null. */
  tailStem(tail: string): string | null;
  /** The stem of a head accepted by isHead. */
  headStem(head: string): string;
}

/** Parts shorter than this are never split off: two-letter heads and tails are nearly always inflection or noise. */
const MIN_PART = 3;
/** Words shorter than this are never split. */
const MIN_WORD = 6;
/** Danish joins parts with a linking letter: "integration-s-råd", "flygtning-e-indsats". */
const LINKING = ["s", "e"] as const;

/**
 * The stems of the parts of a compound word, longest head first, each part split again; null when the word is
 * not a compound of known parts. "kontanthjælpsmodtagere" → ["kontanthjælp", "kontant", "hjælp", "modtag"].
 * The whole word's own stem is never among the parts.
 */
export function splitCompound(word: string, lexicon: CompoundLexicon, depth = 0): string[] | null {
  if (word.length < MIN_WORD || depth > 3 || /\d/.test(word)) return null;
  for (let cut = word.length - MIN_PART; cut >= MIN_PART; cut--) {
    const tail = word.slice(cut);
    const head = acceptedHead(word.slice(0, cut), lexicon);
    if (head === null) continue;
    const tailStem = lexicon.tailStem(tail);
    const tailParts = tailStem === null ? splitCompound(tail, lexicon, depth + 1) : null;
    if (tailStem === null && tailParts === null) continue;
    const parts = [lexicon.headStem(head)];
    const headParts = splitCompound(head, lexicon, depth + 1);
    if (headParts) parts.push(...headParts);
    if (tailStem !== null) {
      parts.push(tailStem);
      const more = splitCompound(tail, lexicon, depth + 1);
      if (more) parts.push(...more);
    } else if (tailParts) parts.push(...tailParts);
    return [...new Set(parts)];
  }
  return null;
}

function acceptedHead(head: string, lexicon: CompoundLexicon): string | null {
  if (head.length >= MIN_PART && lexicon.isHead(head)) return head;
  for (const link of LINKING) {
    if (head.length > MIN_PART && head.endsWith(link)) {
      const bare = head.slice(0, -1);
      if (lexicon.isHead(bare)) return bare;
    }
  }
  return null;
}

/** Stems shorter than this get no linking variants: a short word with a letter more or less is another word. */
const MIN_VARIANT_STEM = 10;

/**
 * The forms of a long compound stem with one linking letter more or fewer inside it, for writers who differ
 * ("havvindmøllepark" / "havvindemøllepark", "ungdomsbolig" / "ungdomboliger"): each e or s inside the word
 * dropped, and an e or s put in between two letters. Parts at either end keep MIN_PART letters. The caller keeps
 * only the forms its index holds.
 */
export function linkingVariants(stem: string): string[] {
  if (stem.length < MIN_VARIANT_STEM || /\d/.test(stem)) return [];
  const out = new Set<string>();
  for (let at = MIN_PART; at <= stem.length - MIN_PART; at++) {
    const ch = stem[at] as string;
    if (at < stem.length - MIN_PART && (LINKING as readonly string[]).includes(ch)) {
      out.add(stem.slice(0, at) + stem.slice(at + 1));
    }
    for (const link of LINKING) {
      if (stem[at - 1] !== link && ch !== link) out.add(stem.slice(0, at) + link + stem.slice(at));
    }
  }
  out.delete(stem);
  return [...out];
}
