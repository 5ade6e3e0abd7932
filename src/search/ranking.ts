// Ranking parameters in one place: BM25F constants, field weights of each index, and query-expansion weights.

/** A field of a searchable document and how much one occurrence of a word in it counts. */
export interface FieldSpec {
  name: string;
  /** How much one occurrence counts. */
  weight: number;
  /** BM25 length normalisation of this field (0: none, 1: full). */
  b: number;
}

export const BM25 = {
  /** Term-frequency saturation: higher lets an item that discusses a topic at length beat one that names it once. */
  k1: 2.5,
  /** A compound part ("budget" in "budgetområdet") counts this much of the whole word. */
  partWeight: 0.5,
} as const;

/**
 * Agenda items: the title names the topic; decisions and votes are what questions ask about, so they weigh more
 * than the case text. Long decision texts and case descriptions are long because the matter was debated or voted
 * on at length, so they are normalised for length less than titles are.
 */
export const ITEM_FIELDS: readonly FieldSpec[] = [
  { name: "title", weight: 3, b: 0.75 },
  { name: "recommendation", weight: 1.5, b: 0.5 },
  { name: "decisions", weight: 3, b: 0.3 },
  { name: "text", weight: 1, b: 0.5 },
];

/** Votes: the verbatim vote sentences, the motion, and the item title for the topic. */
export const VOTE_FIELDS: readonly FieldSpec[] = [
  { name: "text", weight: 1, b: 0.5 },
  { name: "motion", weight: 1, b: 0.5 },
  { name: "itemTitle", weight: 1.5, b: 0.75 },
];

/** Rows of "Kommende sager": the title, and the responsible centre. */
export const UPCOMING_FIELDS: readonly FieldSpec[] = [
  { name: "title", weight: 2, b: 0.75 },
  { name: "responsible", weight: 0.5, b: 0.75 },
];

/** How much a query term's expansions count next to an exact match. */
export const EXPANSION = {
  exact: 1,
  /** A longer term starting with the query term ("vapnag" → "vapnagård"), used when nothing matches exactly. */
  prefix: 0.6,
  /** At most this many prefix expansions, the most frequent first. */
  maxPrefix: 24,
  /** Parts of a query compound absent from the index ("integrationsrådsmøde" → integration, råd, møde). */
  part: 0.5,
  /** A term within the edit distance, used only when nothing else matches (or when fuzzy is asked for). */
  fuzzy: 0.5,
  /** Edit distance allowed: this share of the term's length, rounded, at most maxEdits. */
  fuzzyShare: 0.2,
  maxEdits: 2,
  /** Terms shorter than this get no prefix or fuzzy expansion: too many words start with or resemble them. */
  minExpand: 4,
} as const;
