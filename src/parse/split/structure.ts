// Classifies single lines by the structural role they can play: item heading, section heading, decision heading, case number.

import { isCaseNumber } from "../../domain/case-number.ts";
import { ANY_DATE_SOURCE, findDate, NUMERIC_DATE } from "../dates.ts";
import { escapeRegExp } from "../escape-regexp.ts";
import {
  CASE_NUMBER_LABELS,
  CLOSED_WORDS,
  DECISION_HEADING_WORDS,
  HISTORY_LABELS,
  ITEM_HEADING_WORDS,
  ITEM_KINDS,
  JOURNAL_CODE,
  SECTION_HEADINGS,
} from "../lexicon.ts";
import { skeleton } from "../similarity.ts";
import { collapseSpaces, isWhitespaceCode } from "../text-scan.ts";

export type SectionKey = keyof typeof SECTION_HEADINGS;

const ITEM_HEADING = new RegExp(
  `^(?:${ITEM_HEADING_WORDS.map(escapeRegExp).join("|")})\\s*(\\d{1,4})\\s*(?:[:.)]\\s*|[-–,]\\s+|\\s+|$)(.*)$`,
  "iu",
);

/** "Punkt 3: Beslutning: Titel" -> { number: 3, rest: "Beslutning: Titel" }. */
export function itemHeading(text: string): { number: number; rest: string } | null {
  const m = ITEM_HEADING.exec(text.trim());
  if (!m) return null;
  const number = Number(m[1]);
  if (!Number.isInteger(number) || number < 1) return null;
  return { number, rest: (m[2] ?? "").trim().replace(JOURNAL_CODE, "") };
}

/** "Personalesag (Lukket)", "Salg af grund - lukket punkt": a title closed by a suffix (built once, not per heading). */
const CLOSED_SUFFIX = new RegExp(
  `^(.+?)\\s*(?:\\(\\s*(?:${CLOSED_WORDS.join("|")})\\s*\\)|[-–]\\s*(?:${CLOSED_WORDS.join("|")}))$`,
  "iu",
);
/** "Lukket: Titel", "Lukket punkt - Titel": each closed word as a prefix. */
const CLOSED_PREFIXES = CLOSED_WORDS.map((word) => ({
  word,
  prefix: new RegExp(`^${escapeRegExp(word)}\\s*(?::|-|–)\\s*(.+)$`, "iu"),
}));

/** What a heading (or TOC entry) says after "Punkt N:": kind, closed, and the bare title. */
export function headingParts(rest: string): {
  kind: "Beslutning" | "Orientering" | null;
  closed: boolean;
  title: string;
} {
  let text = collapseSpaces(rest).trim();
  // "Personalesag (Lukket)" / "Salg af grund - lukket punkt": closed, with a title.
  const closedSuffix = CLOSED_SUFFIX.exec(text);
  if (closedSuffix) text = `Lukket: ${closedSuffix[1] ?? ""}`;
  const lower = text.toLowerCase().replace(/[.:]+$/, "");
  for (const { word, prefix } of CLOSED_PREFIXES) {
    if (lower === word) return { kind: null, closed: true, title: "Lukket" };
    const m = prefix.exec(text);
    if (m) return { kind: null, closed: true, title: (m[1] ?? "").trim() || "Lukket" };
  }
  const sep = /^(.{3,40}?)\s*(?::|\s[-–]\s)\s*(.+)$/u.exec(text);
  if (sep) {
    const prefix = (sep[1] ?? "").trim();
    for (const k of ITEM_KINDS) {
      if (k.pattern.test(prefix)) {
        const inner = headingParts(sep[2] ?? "");
        return inner.closed ? inner : { kind: k.kind, closed: false, title: (sep[2] ?? "").trim() };
      }
    }
  }
  return { kind: null, closed: false, title: text };
}

const SECTION_INDEX: { key: SectionKey; exact: string; skel: string }[] = Object.entries(SECTION_HEADINGS).flatMap(
  ([key, words]) => words.map((w) => ({ key: key as SectionKey, exact: w, skel: skeleton(w) })),
);
/** The section of each heading as written and of each skeleton; the first in the lexicon's order wins. */
const firstByForm = (form: "exact" | "skel") => {
  const out = new Map<string, SectionKey>();
  for (const s of SECTION_INDEX) if (!out.has(s[form])) out.set(s[form], s.key);
  return out;
};
const SECTION_BY_EXACT = firstByForm("exact");
const SECTION_BY_SKELETON = firstByForm("skel");

/** Characters of `text` that are neither whitespace nor ":" / "." (counted up to `limit`). */
function keptLength(text: string, limit: number): number {
  let n = 0;
  for (let i = 0; i < text.length && n < limit; i++) {
    const c = text.charCodeAt(i);
    if (c !== 58 && c !== 46 && !isWhitespaceCode(c)) n++;
  }
  return n;
}

/**
 * The length and first two characters of `skeleton(text)` as one number, read without building it (every line of a
 * document is asked whether it is a section heading, and building the lower-cased copies was most of the answer).
 * -1 for a text holding "İ" or the Kelvin sign: the only characters whose lower case is an ASCII letter or digit.
 */
function skeletonSignature(text: string): number {
  let n = 0;
  let c0 = 0;
  let c1 = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128) {
      if (c === 0x130 || c === 0x212a) return -1;
      continue;
    }
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (n === 0) c0 = c;
      else if (n === 1) c1 = c;
      n++;
    }
  }
  return (n * 128 + c0) * 128 + c1;
}
/** The signatures of all section skeletons: a heading, exact or by skeleton, has one of them. */
const SECTION_SIGNATURES = new Set([...SECTION_BY_SKELETON.keys()].map(skeletonSignature));

/** The section a heading line opens, or null when the line is not a section heading. */
export function sectionHeading(text: string): SectionKey | null {
  // More than 60 letters that survive the cleanup below: no section heading, decided without copying a long line.
  if (text.length > 60 && keptLength(text, 61) > 60) return null;
  // The cleanup below keeps the skeleton as it is (it drops only spaces, ":" and "."), and a heading found by its
  // exact words also has a section's skeleton: a line whose skeleton differs in length or first letters from all is none.
  const signature = skeletonSignature(text);
  if (signature >= 0 && !SECTION_SIGNATURES.has(signature)) return null;
  const t = collapseSpaces(text.trim().replace(/[:.]+$/, "")).toLowerCase();
  if (t === "" || t.length > 60) return null;
  const exact = SECTION_BY_EXACT.get(t);
  if (exact) return exact;
  // Converters sometimes drop æ/ø/å ("Kommunikation/Hring"); compare what is left.
  const k = skeleton(t);
  return k.length >= 5 ? (SECTION_BY_SKELETON.get(k) ?? null) : null;
}

/**
 * A decision block heading: the body as written (with period, if any) and the date, or bare (no body, no date);
 * `rest` is the decision written on the heading's own line ("Beslutning: Godkendt.").
 */
export type DecisionHeading = { bare: true; rest?: string } | { bare: false; body: string; date: string | null };

const DECISION_WORDS = DECISION_HEADING_WORDS.map(escapeRegExp).join("|");
/** " den 03-03-2025", " i mødet den 3. marts 2025", " på sit møde den …": the date after a body. */
// "den 3. marts 2025", "i mødet den …", or the date straight after the body ("Plan- og Tryghedsudvalget 16. august 2022").
const ON_DATE = `(?:\\s*[,-]?\\s+(?:(?:i|på)\\s+(?:sit\\s+|dets\\s+)?møde(?:t)?\\s+)?(?:(?:den|d\\.)\\s*)?(${ANY_DATE_SOURCE}))`;
/** ", 9. februar 2021, pkt. 421": a date after a comma, with the body's own item number. */
const COMMA_DATE = `,\\s*(${ANY_DATE_SOURCE})(?:\\s*,\\s*(?:pkt\\.?|punkt)\\s*\\d{1,4})?`;
const DECISION_WITH_BODY = new RegExp(
  `^(?:${DECISION_WORDS})\\s+(?:i|fra|truffet\\s+af|af)?\\s*(.+?)${ON_DATE}?\\s*[.:]?$`,
  "iu",
);
/** "Beslutning fra Plan, Miljø og Teknik, 9. februar 2021, pkt. 421:". */
const DECISION_COMMA_DATE = new RegExp(
  `^(?:${DECISION_WORDS})\\s+(?:i|fra|truffet\\s+af|af)?\\s*(\\p{Lu}.+?)${COMMA_DATE}\\s*[.:]?$`,
  "iu",
);
/** "Direktionen, 8. februar 2021, pkt. 6:" — a history entry without the word "Beslutning"; the item number is required. */
const DECISION_ENTRY = new RegExp(
  `^(\\p{Lu}[^,]*(?:,\\s*\\p{Lu}[^,]*)*?),\\s*(${ANY_DATE_SOURCE})\\s*,\\s*(?:pkt\\.?|punkt)\\s*\\d{1,4}\\s*:?$`,
  "u",
);
const DECISION_BARE = new RegExp(`^(?:${DECISION_WORDS})\\s*:?$`, "iu");
/** "Beslutning: Godkendt." — a bare heading with the decision on the same line ("Afgørelse: …" is often case text). */
const DECISION_INLINE = /^beslutning(?:er)?\s*:\s*(\S.{0,300})$/iu;
/**
 * "Økonomiudvalgets beslutning den 03-03-2025", "Borgerrepræsentationens beslutning i mødet den 4. november 2021",
 * eDoc's "Sundheds- og Forebyggelsesudvalgets beslutning den 04.12.2012 Punkt 2" (with the body's item number).
 */
const DECISION_GENITIVE = new RegExp(
  `^(\\p{Lu}.{2,80}?)s\\s+beslutning${ON_DATE}?(?:\\s*,?\\s*(?:[Pp]kt\\.?|[Pp]unkt)\\s*\\d{1,4})?\\s*[.:]?$`,
  "u",
);
/** Stems of words that name a deciding body; running text and administrative units lack them. */
const BODY_STEM = /(udvalg|råd|bestyrelse|repræsentation|magistrat|forum)/iu;
/** Small words a body's name may hold in lower case ("Udvalget for Teknik og Miljø", "Byrådets møde"). */
const BODY_NAME_WORDS = new Set([
  "og",
  "for",
  "i",
  "af",
  "til",
  "samt",
  "under",
  "om",
  "på",
  "med",
  "&",
  "møde",
  "mødet",
]);
/**
 * A body name: starts with a capital letter, is short, and is a name, not a sentence: its lower-case words are small
 * joining words, words of a body ("udvalg", "råd") or adjectives ("rådgivende", "midlertidige"). "Administrationen
 * orienterer Sekretariatet … om Byråd(ets beslutning)" and "Iværksættes snarest muligt efter udvalg(ets …)" are not.
 */
const looksLikeBody = (name: string, words: number) => {
  const parts = name.split(/\s+/);
  // After "for" comes the body's remit, in any case: "Udvalget for plan, udvikling og kultur".
  const named = parts.slice(0, Math.max(0, parts.indexOf("for")) || parts.length);
  return (
    /^\p{Lu}/u.test(name) &&
    parts.length <= words &&
    !/[.!?]$/.test(name) &&
    named.every(
      (w) => !/^\p{Ll}/u.test(w) || BODY_NAME_WORDS.has(w) || BODY_STEM.test(w) || /e$/u.test(w.replace(/[,;]$/, "")),
    )
  );
};

/** "Plan- og Udviklingsudvalget (slettet 10-01-2022)": FirstAgenda marks a body that no longer exists; the name stands. */
const REMOVED_MARK = /\s*\((?:slettet|nedlagt|ophørt)\b[^()]*\)\s*$/iu;
const withoutRemovedMark = (name: string) => name.replace(REMOVED_MARK, "").trim();

/** A decision word at the start, as every heading pattern but the genitive and the history entry begins. */
const DECISION_START = new RegExp(`^(?:${DECISION_WORDS}|beslutning)`, "iu");

/**
 * True when some decision heading pattern may match: it starts with a decision word, or holds "beslutning" (the
 * genitive "Økonomiudvalgets beslutning …") or "pkt"/"punkt" (the entry "Direktionen, 8. februar 2021, pkt. 6:"). Every
 * line of an item is asked, and most are none of these: one scan instead of the five patterns.
 */
function mayBeDecisionHeading(t: string): boolean {
  return DECISION_START.test(t) || t.includes("beslutning") || t.includes("pkt") || t.includes("punkt");
}

/** Reads "Beslutninger Byrådet 2018-2021 den 30-11-2020", "Beslutning i X den 08-03-2021" or a bare "Beslutning". */
export function decisionHeading(text: string): DecisionHeading | null {
  const t = text.trim();
  if (t.length > 160 || !mayBeDecisionHeading(t)) return null;
  if (DECISION_BARE.test(t)) return { bare: true };
  const g = DECISION_GENITIVE.exec(t);
  if (g && BODY_STEM.test(g[1] ?? "") && looksLikeBody((g[1] ?? "").trim(), 8)) {
    return { bare: false, body: (g[1] ?? "").trim(), date: g[2] ? findDate(g[2]) : null };
  }
  // With a date after a comma the body needs no body word: "Plan, Miljø og Teknik" is a committee's name.
  const c = DECISION_COMMA_DATE.exec(t) ?? DECISION_ENTRY.exec(t);
  if (c && looksLikeBody((c[1] ?? "").trim(), 8)) {
    const date = findDate(c[2] ?? "");
    if (date) return { bare: false, body: (c[1] ?? "").trim(), date };
  }
  const m = DECISION_WITH_BODY.exec(t);
  if (!m) return inlineDecision(t);
  const body = (m[1] ?? "").trim();
  const date = m[2] ? findDate(m[2]) : null;
  // A body is a name: it starts with a capital letter and is short; running text is not a heading.
  if (!looksLikeBody(body, 9) || (date === null && !BODY_STEM.test(body) && !/møde/iu.test(body)))
    return inlineDecision(t);
  return { bare: false, body, date };
}

/** "Beslutning: Vedtaget." / "Beslutning: Godkendt" — a short decision or a sentence after the colon. */
function inlineDecision(text: string): DecisionHeading | null {
  const rest = (DECISION_INLINE.exec(text)?.[1] ?? "").trim();
  if (rest === "" || !(/[.!]$/.test(rest) || rest.split(/\s+/).length <= 8)) return null;
  return { bare: true, rest };
}

/** "19-08-2019 Magistraten" — an entry of a dated history ("Sagens forløb"): the date, then the body. */
const DATED_ENTRY = new RegExp(`^(${NUMERIC_DATE.source})\\s+(\\p{Lu}[^.!?:;]{1,80})$`, "u");

/**
 * A dated history entry line; `body` is null when the entry names no deciding body (an administration's
 * "Borgmesterens Afdeling påtegning"), whose text is then case text.
 */
export function datedEntry(text: string): { date: string; body: string | null } | null {
  const m = DATED_ENTRY.exec(text.trim());
  if (!m) return null;
  const date = findDate(m[1] ?? "");
  if (!date) return null;
  const body = withoutRemovedMark((m.at(-1) ?? "").trim());
  return { date, body: BODY_STEM.test(body) && looksLikeBody(body, 6) ? body : null };
}

/** "Lokalplan 123 (2024-0012345)" -> title and the case number written at its end. */
export function trailingCaseNumber(title: string): { title: string; caseNumber: string | null } {
  const m = /^(.*\S)\s*\(\s*(?:sagsnr\.?:?\s*)?([^()\s]{4,30})\s*\)$/iu.exec(title.trim());
  if (!m) return { title, caseNumber: null };
  const cn = caseNumber(m[2] ?? "");
  return cn ? { title: (m[1] ?? "").trim(), caseNumber: cn } : { title, caseNumber: null };
}

// Longest labels first: "Sagsnummer" must not be read as "Sag" + "snummer".
const CASE_LABEL = new RegExp(
  `^(?:${[...CASE_NUMBER_LABELS]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|")})\\s*:?\\s*`,
  "iu",
);

/** The case (journal) number on a line of its own ("20/8896", "Sagsnr.: EMN-2024-001234"), or null. */
export function caseNumber(text: string): string | null {
  const t = text.trim().replace(CASE_LABEL, "").replace(/[.;]$/, "").trim();
  if (t.length > 40) return null;
  return isCaseNumber(t) ? t : null;
}

const labelled = (labels: readonly string[]) =>
  new RegExp(`^(?:${labels.map(escapeRegExp).join("|")})\\s*:\\s*(.+)$`, "iu");
const HISTORY_BODY = labelled(HISTORY_LABELS.body);
const HISTORY_DATE = labelled(HISTORY_LABELS.date);
const HISTORY_ITEM = labelled(HISTORY_LABELS.item);

/** A line of a `Sagsforløb` entry: "Udvalg: X", "Dato: 08-03-2021", "Punktnummer: 4". */
export function historyLine(text: string): { body: string } | { date: string } | { item: string } | null {
  // Each label is followed by a colon: a line without one (most lines of an item) is none of them.
  if (!text.includes(":")) return null;
  const t = text.trim();
  const b = HISTORY_BODY.exec(t);
  if (b) return { body: (b[1] ?? "").trim() };
  const d = HISTORY_DATE.exec(t);
  if (d) {
    const iso = findDate(d[1] ?? "");
    return iso ? { date: iso } : null;
  }
  const i = HISTORY_ITEM.exec(t);
  if (i) return { item: (i[1] ?? "").trim() };
  return null;
}

/**
 * Splits "Social- og Beskæftigelsesudvalget 2018-2021" into the name and the election period; a single year after
 * the name ("Byråd 2022", as FirstAgenda's case histories name a body of the period starting that year) is the
 * period's first year.
 */
export function splitPeriod(written: string): { name: string; period: string | null } {
  const name = withoutRemovedMark(written);
  const m = /^(.*?)[\s,]*\(?(\d{4})\s*[-–]\s*(\d{4})\)?$/u.exec(name.trim());
  if (m && (m[1] ?? "").trim() !== "") return { name: (m[1] ?? "").trim(), period: `${m[2]}-${m[3]}` };
  const y = /^(.*\p{L})\s+((?:19|20)\d{2})$/u.exec(name.trim());
  if (y) return { name: (y[1] ?? "").trim(), period: y[2] ?? null };
  return { name: name.trim(), period: null };
}
