// The grammar of lists of people and parties: "A og B (A), C (C) samt D (Ø)", "C(9) og O(2)", "Gruppe A, F og V".
import { PARTIES } from "../domain/index.ts";
import { LONGEST_PEOPLE_LIST, NOT_NAME_WORDS, NUMBER_WORDS, PARTY_GROUP_NOUNS, PERSON_TITLES } from "./lexicon.ts";
import { remembered } from "./remembered.ts";
import { collapseSpaces, eachMatch } from "./text-scan.ts";
import { step } from "./work.ts";

/** One entry of a list: a member (name, party when stated) or a whole party group (name null, count when written). */
export interface ListEntry {
  name: string | null;
  party: string | null;
  count?: number;
  /** Marked absent in the list ("(Fravær)"). */
  absent?: boolean;
}

/** A list read from text; `complete` is false when some piece was neither a name nor a party. */
export interface PeopleList {
  entries: ListEntry[];
  complete: boolean;
  /** A count for the whole list ("5 medlemmer (A+V+C)"). */
  total?: number;
}

const INDEPENDENT = new Set(["UFP", "UP", "løsgænger", "løsgængere", "uden for partierne"]);
const ABSENCE_MARKERS = /^(?:fravær|fraværende|afbud|afbud\s+.*|ikke\s+til\s+stede)$/iu;

/** A party name compared without case and dashes: "Enhedslisten - De Rød Grønne" = "Enhedslisten – De Rød-Grønne". */
const aliasKey = (text: string) => text.toLowerCase().replace(/[-–—]/g, " ").replace(/\s+/g, " ").trim();

const byAbbreviation = new Map<string, string>();
const byAlias = new Map<string, string>();
for (const p of PARTIES) {
  for (const a of p.abbreviations) byAbbreviation.set(a, p.letter);
  byAlias.set(aliasKey(p.name), p.letter);
  for (const a of p.aliases) byAlias.set(aliasKey(a), p.letter);
  for (const g of p.genitives) byAlias.set(aliasKey(g), p.letter);
}

/** Short texts only (a key holds its text in memory), and the answers dropped whenever this many are held. */
const MEMO = { maxLength: 80, maxSize: 20_000 };

/** "Venstres gruppe": a group noun after a party, dropped (built once, not per reference). */
const GROUP_NOUN_SUFFIX = new RegExp(`\\s+(?:${PARTY_GROUP_NOUNS.join("|")})$`, "iu");

/**
 * The party a short reference names: a letter ("A", "Ø"), an abbreviation ("SF", "EL"), a name or genitive
 * ("Venstre", "Det Konservative Folkepartis"), "Gruppe A", "Liste H". Returns null for an independent member
 * ("UFP") and undefined when the text names no party.
 */
export const partyRef: (text: string) => string | null | undefined = remembered(readPartyRef, MEMO);

function readPartyRef(text: string): string | null | undefined {
  let t = text
    .trim()
    .replace(/[.,;:]+$/, "")
    .trim();
  t = t.replace(/^(?:gruppe|gruppen|liste|listen|partiet)\s+/iu, "");
  t = t.replace(GROUP_NOUN_SUFFIX, "").trim();
  if (t === "") return undefined;
  if (INDEPENDENT.has(t) || INDEPENDENT.has(t.toLowerCase())) return null;
  // Abbreviations first: "S" is Socialdemokratiet (A), not a list S.
  const abbr = byAbbreviation.get(t);
  if (abbr) return abbr;
  if (/^[A-ZÆØÅ]$/u.test(t)) return t;
  const lower = aliasKey(t).replace(/^(?:the)\s+/, "");
  const alias = byAlias.get(lower) ?? byAlias.get(lower.replace(/^(?:det|de)\s+/, ""));
  if (alias) return alias;
  return undefined;
}

const NAME_TOKEN =
  /^(?:[A-ZÆØÅÉÜÖÄ][\p{L}'’-]*\.?|[A-ZÆØÅ]\.|von|van|der|den|de|la|le|af|du|da|di|el|al|bin|ben|ibn)$/u;

/** True when the text has the shape of a person's name: 2–6 words, capitalised (particles allowed), no list words. */
export const isPersonName: (text: string) => boolean = remembered(readPersonName, MEMO);

function readPersonName(text: string): boolean {
  const tokens = text.trim().split(/\s+/);
  if (tokens.length < 2 || tokens.length > 6) return false;
  if (!/^[A-ZÆØÅÉÜÖÄ]/u.test(tokens[0] ?? "")) return false;
  if (!/^[A-ZÆØÅÉÜÖÄ]/u.test(tokens[tokens.length - 1] ?? "")) return false;
  return tokens.every((t) => NAME_TOKEN.test(t) && !NOT_NAME_WORDS.has(t.toLowerCase()));
}

/** Pieces of a list joined by commas, "og", "samt", "&", "+". */
function splitPieces(text: string): string[] {
  return text
    .split(/\s*,\s*|\s+og\s+|\s+samt\s+|\s+&\s+|\s*\+\s*|\s+and\s+/u)
    .map((p) =>
      p
        .trim()
        .replace(/^(?:og|samt|,)\s+/u, "")
        .replace(TITLE_PREFIX, "")
        .trim(),
    )
    .filter((p) => p !== "");
}

const GROUP_NOUNS: ReadonlySet<string> = new Set(PARTY_GROUP_NOUNS);
/** "Socialdemokratiets to medlemmer" / "Venstres 3 medlemmer": a party, the number of its members voting, a group noun. */
const PARTY_MEMBERS = new RegExp(
  `^(.+?)\\s+(\\d{1,3}|${Object.keys(NUMBER_WORDS).join("|")})\\s+(?:${PARTY_GROUP_NOUNS.join("|")})$`,
  "iu",
);

/** "1 RV" / "2 LA" in a list of letters (Folketinget): a party and the number of its members voting so. */
const COUNT_PARTY = /^(\d{1,3})\s+(\S.{0,60})$/u;
/** "C(9)" / "A (8)" -> party with count. */
const PARTY_COUNT = /^([A-ZÆØÅ]{1,3})\s*\(\s*(\d{1,3})\s*\)$/u;
/** "20 (Bo Hilsted (A), Knud Løkke Rasmussen (Frie Liberale))": members with their parties inside the count's list. */
const NESTED_GROUP = /^(\d{1,3})\s+(?:(?:medlemmer|stemmer|medlem)\s*)?\(((?:[^()]|\([^()]*\))+)\)$/iu;
/** "5 medlemmer (A+V+C)" / "2 medlemmer (N og Ø)". */
const COUNTED_GROUP = /^(\d{1,3})\s+(?:(?:medlemmer|stemmer|medlem)\s*)?\(([^()]+)\)$/iu;
/** "11 (Radikale Venstre, Jens Holm)": a count and its list, any entries. */
const COUNTED_LIST = /^(\d{1,3})\s+(?:(?:medlemmer|stemmer|medlem)\s*)?\(([^()]+)\)$/iu;
/** "Borgmester Jens Hansen" -> "Jens Hansen". */
const TITLE_PREFIX = new RegExp(`^(?:${PERSON_TITLES.join("|")})\\s+(?=\\p{Lu})`, "iu");
/** "(A)", "(Ø)", "(SF)", "(Fravær)", "(formand)" and the like. */
const MARKER = /\(\s*([^()]{1,40}?)\s*\)/gu;

/** The entries of a list as they are read, piece by piece (a class: its methods are made once, not per list). */
class ListBuilder {
  entries: ListEntry[] = [];
  /** Names read since the last party letter, waiting for theirs. */
  pending: ListEntry[] = [];
  complete = true;
  /** True when every entry so far is a party without a count: a number after the list is the group's total. */
  private onlyParties = true;

  partiesOnly(): boolean {
    return this.entries.length > 0 && this.pending.length === 0 && this.onlyParties;
  }

  /** Adds entries, keeping `onlyParties` up to date instead of rescanning the list at every marker. */
  add(added: readonly ListEntry[]): void {
    for (const e of added) {
      if (e.name !== null || e.count !== undefined) this.onlyParties = false;
      this.entries.push(e);
    }
  }

  /** Reads the pieces of a stretch between markers: party counts ("C(9)"), parties, and names. */
  flushPieces(chunk: string): void {
    for (const piece of splitPieces(chunk)) {
      step("people");
      const pc = PARTY_COUNT.exec(piece);
      if (pc) {
        const party = partyRef(pc[1] ?? "");
        if (party !== undefined) {
          this.add(this.pending);
          this.pending = [];
          this.add([{ name: null, party, count: Number(pc[2]) }]);
          continue;
        }
      }
      const cp = /^\d/.test(piece) ? COUNT_PARTY.exec(piece) : null;
      const countedParty = cp ? partyRef(cp[2] ?? "") : undefined;
      if (cp && countedParty) {
        this.add(this.pending);
        this.pending = [];
        this.add([{ name: null, party: countedParty, count: Number(cp[1]) }]);
        continue;
      }
      // Only a piece ending in a group noun is tried ("… to medlemmer"): the last word is looked up, not scanned for.
      const pm = GROUP_NOUNS.has(piece.slice(piece.lastIndexOf(" ") + 1).toLowerCase())
        ? PARTY_MEMBERS.exec(piece)
        : null;
      const counted = pm ? partyRef(pm[1] ?? "") : undefined;
      if (pm && counted) {
        const n = pm[2] ?? "";
        this.add(this.pending);
        this.pending = [];
        this.add([{ name: null, party: counted, count: NUMBER_WORDS[n.toLowerCase()] ?? Number(n) }]);
        continue;
      }
      const party = partyRef(piece);
      if (party !== undefined) {
        this.add(this.pending);
        this.pending = [];
        this.add([{ name: null, party }]);
        continue;
      }
      if (isPersonName(piece)) this.pending.push({ name: piece, party: null });
      else this.complete = false;
    }
  }
}

/**
 * Reads a list of people and parties. A party letter in parentheses belongs to every name since the previous
 * letter ("A og B (A), C (C)"); other parentheses (roles, "(Fravær)") belong to the name just before them.
 */
export function readPeopleList(text: string): PeopleList {
  if (text.length > LONGEST_PEOPLE_LIST) return { entries: [], complete: false };
  const source = collapseSpaces(text)
    .trim()
    .replace(/[.:;]+$/, "");
  // "20 (Bo Hilsted (A), Carsten Nielsen (A), …)": a number, then the whole list in parentheses.
  const nested = NESTED_GROUP.exec(source);
  if (nested && /\(/.test(nested[2] ?? "")) {
    const inner = readPeopleList(nested[2] ?? "");
    return { ...inner, total: Number(nested[1]) };
  }
  const whole = COUNTED_GROUP.exec(source);
  if (whole) {
    const parties = splitPieces(whole[2] ?? "").map(partyRef);
    if (parties.every((p) => p !== undefined)) {
      const total = Number(whole[1]);
      // "1 medlem (O)": the group's number is the party's own.
      const count = parties.length === 1 && parties[0] ? { count: total } : {};
      return { entries: parties.map((p) => ({ name: null, party: p ?? null, ...count })), complete: true, total };
    }
  }
  // "11 (Radikale Venstre, Konservative, Jens Holm)": a number, then a list of parties and members without letters.
  const counted = COUNTED_LIST.exec(source);
  if (counted) {
    const inner = readPeopleList(counted[2] ?? "");
    if (inner.complete) return { ...inner, total: Number(counted[1]) };
  }
  const list = new ListBuilder();
  let last = 0;
  let total: number | undefined;
  const sourceEnd = source.trimEnd().length;
  for (const m of eachMatch(MARKER, source)) {
    const index = m.index ?? 0;
    const before = source.slice(last, index);
    const inner = (m[1] ?? "").trim();
    last = index + m[0].length;
    // "C(9)" stays whole for the piece reader; "A, C, N og V (6)", "C og N (5 medlemmer)" and "(i alt 6)" give the
    // group's total.
    const number = /^(?:i\s+alt\s+)?(\d{1,3})(?:\s+(?:medlemmer|medlem|stemmer|mandater))?$/u.exec(inner);
    if (number && /[A-ZÆØÅ]{1,3}\s*$/u.test(before)) {
      const lead = /^(.*?)([A-ZÆØÅ]{1,3})\s*$/u.exec(before);
      list.flushPieces(`${lead?.[1] ?? ""}`);
      if (!/^\d{1,3}$/.test(inner) || (list.partiesOnly() && last >= sourceEnd)) {
        list.flushPieces(lead?.[2] ?? "");
        if (list.partiesOnly()) total = Number(number[1]);
        continue;
      }
      list.flushPieces(`${lead?.[2] ?? ""}(${inner})`);
      continue;
    }
    list.flushPieces(before);
    // "(6)" after a list of parties, or "Socialdemokratiet og Venstre (i alt 19)" at the end: the group's total.
    if (number && list.partiesOnly() && (before.trim() === "" || last >= sourceEnd)) {
      total = Number(number[1]);
      continue;
    }
    const party = partyRef(inner);
    if (party !== undefined && list.pending.length === 0 && before.replace(/^[\s,]*(?:og|samt|&)?\s*$/u, "") === "") {
      // "(V), (A) og Name (UP)": a letter in parentheses with no name before it is the party itself.
      if (party !== null) list.add([{ name: null, party }]);
      else list.complete = false;
    } else if (party !== undefined) {
      for (const e of list.pending) e.party = party;
      list.add(list.pending);
      list.pending = [];
    } else {
      // Other parentheses ("(Fravær)", "(formand)") close the names before them: a later letter does not reach back.
      // "Gert Wahl (Ø) (Fravær)": the marker follows the party letter, so it belongs to the entry just closed.
      const marked =
        list.pending[list.pending.length - 1] ??
        (before.trim() === "" ? list.entries[list.entries.length - 1] : undefined);
      if (marked && ABSENCE_MARKERS.test(inner)) marked.absent = true;
      list.add(list.pending);
      list.pending = [];
    }
  }
  list.flushPieces(source.slice(last));
  list.add(list.pending);
  const { entries, complete } = list;
  return { entries, complete: complete && entries.length > 0, ...(total !== undefined ? { total } : {}) };
}
