// Which agenda items an attendance sentence is about: "sag 129-138", "punkt 3-5", "pkt. 7", "fra punkt 12",
// "under punkt 4 og 5", "efter punkt 6". Phrasings as data; the numbers are resolved against the meeting's items later.

/** The items a member missed, as the sentence states them (before mapping to the items present). */
export type ItemScope =
  /** Exactly these items ("sag 129-138", "punkt 4 og 5"). */
  | { kind: "items"; items: number[] }
  /** The items after this one ("forlod mødet efter punkt 6"). */
  | { kind: "after"; item: number }
  /** This item and those after it ("fra punkt 12"). */
  | { kind: "from"; item: number }
  /** The items before this one ("ankom kl. 17.00 under punkt 3"). */
  | { kind: "before"; item: number }
  /** The item whose decision block says it ("deltog ikke i sagens behandling", "… behandlingen af punktet"). */
  | { kind: "this" }
  /**
   * A time and no item ("forlod mødet kl. 18.15", "Fraværende fra kl. 17.30", "ankom kl. 17.45"): away from `from`
   * on or until `until`; which items that covers is not said, so none are resolved (the block's own item is not taken
   * either: the agenda's first item often holds the notes for the whole meeting).
   */
  | { kind: "time"; from: string | null; until: string | null };

/** Words that name agenda items by number. */
const ITEM_WORD = "(?:dagsordens?punkt(?:erne)?|punkt(?:erne)?|pkt\\.?|pk\\.|sag(?:erne)?|sager|sag\\s+nr\\.?)";
/** "129-138", "4 og 5", "3, 4 og 7". */
const NUMBERS = "(\\d{1,4}(?:\\s*(?:-|–|,|og)\\s*\\d{1,4})*)";
/** "kl. 17.35", "kl. 20:20": the moment a member came or left. */
const CLOCK = "kl\\.?\\s*\\d{1,2}[.:]\\s?\\d{2}\\s+";
/** The clock time alone, captured: "17.35" of "kl. 17.35", "20:20" of "kl. 20:20", "17.42" of "kl. 17. 42". */
const CLOCK_TIME = "kl\\.?\\s*(\\d{1,2})[.:]\\s?(\\d{2})";
/** "17.35" from the hour and minutes read. */
const clockOf = (m: RegExpExecArray) => `${(m[1] ?? "").padStart(2, "0")}.${m[2] ?? ""}`;
/** An optional time before the item. */
const AT_TIME = `(?:${CLOCK})?`;
/** "under behandlingen af", "under behandling af", "under". */
const DURING = "(?:under|ved|i)\\s+(?:behandling(?:en)?\\s+af\\s+)?";

/** One phrasing of an item scope: the pattern (anchored at the end of the text) and what it means. */
export interface ScopePhrase {
  name: string;
  example: string;
  pattern: RegExp;
  /** From the numbers read: the items missed. */
  scope(numbers: number[]): ItemScope | null;
}

const first = (n: number[]) => (n.length > 0 ? n.reduce((a, b) => Math.min(a, b)) : null);
const last = (n: number[]) => (n.length > 0 ? n.reduce((a, b) => Math.max(a, b)) : null);

/** Scope phrases after a verb ("forlod mødet", "ankom") or a name ("Name (A), sag 129-138"); tried in order. */
export const LEFT_AFTER: ScopePhrase = {
  name: "left after",
  example: "kl. 20.20 under behandling af punkt 3",
  // "efter punkt 6", or a moment during an item ("kl. 20.20 under behandling af punkt 3"): the member took part in
  // that item until then, so only the items after it are missed.
  pattern: new RegExp(`(?:${AT_TIME}efter\\s+|${CLOCK}${DURING})${ITEM_WORD}\\s*${NUMBERS}\\.?$`, "iu"),
  scope: (n) => {
    const item = last(n);
    return item === null ? null : { kind: "after", item };
  },
};
/**
 * "forlod mødet ved behandlingen af punkt 3" with no time: out of the room for that item's treatment (how members
 * step out for a question of habilitet). The sentence names that item; it does not say the member stayed away after
 * it, so only that item is missed.
 */
export const LEFT_FOR_ITEM: ScopePhrase = {
  name: "left for the item",
  example: "ved behandlingen af punkt 3",
  pattern: new RegExp(`${DURING}${ITEM_WORD}\\s*${NUMBERS}\\.?$`, "iu"),
  scope: (n) => (n.length > 0 ? { kind: "items", items: n } : null),
};
/** "til kl. 18.40 i punkt 2" (København, under "Fraværende i mødet:"): away until a moment during that item. */
export const UNTIL_DURING: ScopePhrase = {
  name: "until during",
  example: "til kl. 18.40 i punkt 2",
  pattern: new RegExp(`til\\s+${CLOCK}${DURING}${ITEM_WORD}\\s*${NUMBERS}\\.?$`, "iu"),
  scope: (n) => {
    const item = first(n);
    return item === null ? null : { kind: "before", item };
  },
};
/** "fra kl. 17.30 under punkt 5" (København, under "Fraværende i mødet:"): away from a moment during that item. */
export const FROM_DURING: ScopePhrase = {
  name: "from during",
  example: "fra kl. 17.30 under punkt 5",
  pattern: new RegExp(`fra\\s+${CLOCK}${DURING}${ITEM_WORD}\\s*${NUMBERS}\\.?$`, "iu"),
  scope: (n) => {
    const item = last(n);
    return item === null ? null : { kind: "after", item };
  },
};
export const ARRIVED_DURING: ScopePhrase = {
  name: "arrived during",
  example: "kl. 17.00 under punkt 3",
  pattern: new RegExp(`${AT_TIME}(?:før\\s+|${DURING})${ITEM_WORD}\\s*${NUMBERS}\\.?$`, "iu"),
  scope: (n) => {
    const item = first(n);
    return item === null ? null : { kind: "before", item };
  },
};
/** "fra punkt 12", "fra og med punkt 12": where a stretch of items starts (read as FROM_ITEM or JOINED_FROM). */
const FROM_ITEM_PATTERN = new RegExp(`(?:fra\\s+og\\s+med|fra)\\s+${ITEM_WORD}\\s*(\\d{1,4})\\.?$`, "iu");

export const FROM_ITEM: ScopePhrase = {
  name: "from item",
  example: "fra punkt 12",
  pattern: FROM_ITEM_PATTERN,
  scope: (n) => {
    const item = first(n);
    return item === null ? null : { kind: "from", item };
  },
};
/** "fra kl. 19.00 (punkt 12-20)": the items a time covers, in parentheses after it. */
export const TIME_ITEMS: ScopePhrase = {
  name: "time and items",
  example: "fra kl. 19.00 (punkt 12-20)",
  pattern: new RegExp(`(?:(?:fra|til)\\s+)?(?:${CLOCK})?\\(\\s*${ITEM_WORD}\\s*${NUMBERS}\\s*\\)\\.?$`, "iu"),
  scope: (n) => (n.length > 0 ? { kind: "items", items: n } : null),
};
/** "deltog fra punkt 3": took part from that item, so the items before it are missed. */
export const JOINED_FROM: ScopePhrase = {
  name: "joined from item",
  example: "fra punkt 3",
  pattern: FROM_ITEM_PATTERN,
  scope: (n) => {
    const item = first(n);
    return item === null ? null : { kind: "before", item };
  },
};
export const THESE_ITEMS: ScopePhrase = {
  name: "these items",
  example: "sag 129-138",
  pattern: new RegExp(`(?:${DURING})?${ITEM_WORD}\\s*${NUMBERS}\\.?$`, "iu"),
  scope: (n) => (n.length > 0 ? { kind: "items", items: n } : null),
};

/** A scope read from the whole match (a time has no item numbers). */
export interface TimePhrase {
  name: string;
  example: string;
  pattern: RegExp;
  scope(m: RegExpExecArray): ItemScope;
}

/** "kl. 18.15" or "kl. 18.01 under Sager til orientering, underpunkt 3" after "forlod mødet": away from then on. */
export const LEFT_AT: TimePhrase = {
  name: "left at a time",
  example: "kl. 18.15",
  pattern: new RegExp(`^${CLOCK_TIME}(?:\\s+(?:under|i|ved)\\s+[^.]+)?\\.?$`, "iu"),
  scope: (m) => ({ kind: "time", from: clockOf(m), until: null }),
};
/** "fra kl. 19.00" after "var fraværende", "deltog ikke" or a name under an absence label. */
export const FROM_TIME: TimePhrase = {
  name: "from a time",
  example: "fra kl. 19.00",
  pattern: new RegExp(`^fra\\s+${CLOCK_TIME}\\.?$`, "iu"),
  scope: (m) => ({ kind: "time", from: clockOf(m), until: null }),
};
/** "til kl. 18.30" after a name under an absence label: away until then. */
export const UNTIL_TIME: TimePhrase = {
  name: "until a time",
  example: "til kl. 18.30",
  pattern: new RegExp(`^til\\s+${CLOCK_TIME}\\.?$`, "iu"),
  scope: (m) => ({ kind: "time", from: null, until: clockOf(m) }),
};
/** "kl. 17.45" after "ankom" and "fra kl. 18.00" after "deltog": away until then. */
export const ARRIVED_AT: TimePhrase = {
  name: "arrived at a time",
  example: "kl. 17.45",
  pattern: new RegExp(`^(?:fra\\s+)?${CLOCK_TIME}\\.?$`, "iu"),
  scope: (m) => ({ kind: "time", from: null, until: clockOf(m) }),
};

/** Reads a time phrase standing alone (the text after the verb or the name), or null. */
export function readTime(text: string, phrases: readonly TimePhrase[]): ItemScope | null {
  for (const p of phrases) {
    const m = p.pattern.exec(text.trim());
    if (m) return p.scope(m);
  }
  return null;
}

export const THIS_ITEM: ScopePhrase = {
  name: "this item",
  example: "i sagens behandling",
  // "i sagens behandling", "sagen", "i behandlingen af punktet", "under behandlingen af dette punkt", "denne sag".
  pattern:
    /(?:^|\s)(?:(?:i\s+)?(?:sagens|punktets)\s+behandling|(?:(?:i|under|ved)\s+behandlingen\s+af\s+)?(?:sagen|punktet|dette\s+(?:dagsordens)?punkt|denne\s+sag))\.?$/iu,
  scope: () => ({ kind: "this" }),
};

/** An item's title quoted after its number: ', ”Title”.' / ', "Title"'. */
const QUOTED_TITLE = /(?<=\d)\s*,\s*[”“"«»][^”“"«»]{1,200}[”“"«»]\.?$/u;

/** The longest range read as items ("sag 1-9999" is not a list of items). */
const MAX_RANGE = 200;

/** "129-131" -> [129, 130, 131]; "4 og 5" -> [4, 5]; "20-21" -> [20, 21]. */
export function itemNumbers(text: string): number[] {
  const out: number[] = [];
  for (const part of text.split(/\s*(?:,|og)\s*/u)) {
    const range = /^(\d{1,4})\s*[-–]\s*(\d{1,4})$/u.exec(part.trim());
    if (range) {
      const a = Number(range[1]);
      const b = Number(range[2]);
      if (b < a || b - a > MAX_RANGE) return [];
      for (let k = a; k <= b; k++) out.push(k);
    } else if (/^\d{1,4}$/u.test(part.trim())) out.push(Number(part.trim()));
    else if (part.trim() !== "") return [];
  }
  return [...new Set(out)].filter((n) => n > 0);
}

/** Reads a scope phrase at the end of a text: the scope and the text before it. */
export function readScope(text: string, phrases: readonly ScopePhrase[]): { scope: ItemScope; before: string } | null {
  // "… dagsordenspunkt 3, ”Udtræden af Borgerrepræsentationen”." (København): the item's title quoted after it.
  const plain = text.trim().replace(QUOTED_TITLE, "");
  for (const p of phrases) {
    const m = p.pattern.exec(plain);
    if (!m) continue;
    const scope = p.scope(itemNumbers(m[1] ?? ""));
    if (scope?.kind === "this" && m[0].trim() !== plain) continue;
    if (scope) return { scope, before: plain.slice(0, m.index) };
  }
  return null;
}

/** The meeting's item numbers a scope covers (running numbers beyond the items present are left out). */
export function resolveScope(scope: ItemScope, present: readonly number[]): number[] {
  // "efter punkt 6" counts only when item 6 is one of this meeting's: other numbering cannot be mapped.
  // The block's own item is resolved where the block is known; without it, no item.
  if (scope.kind === "this" || scope.kind === "time") return [];
  if (scope.kind !== "items" && !present.includes(scope.item)) return [];
  switch (scope.kind) {
    case "items":
      return present.filter((n) => scope.items.includes(n));
    case "after":
      return present.filter((n) => n > scope.item);
    case "from":
      return present.filter((n) => n >= scope.item);
    case "before":
      return present.filter((n) => n < scope.item);
  }
}
