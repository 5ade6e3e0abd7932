// Classifies single lines by the structural role they can play: item heading, section heading, decision heading, case number.

import { ANY_DATE_SOURCE, findDate } from "../dates.ts";
import { escapeRegExp } from "../escape-regexp.ts";
import {
  CASE_NUMBER_LABELS,
  CASE_NUMBER_PATTERNS,
  CLOSED_WORDS,
  DECISION_HEADING_WORDS,
  HISTORY_LABELS,
  ITEM_HEADING_WORDS,
  ITEM_KINDS,
  SECTION_HEADINGS,
} from "../lexicon.ts";
import { skeleton } from "../similarity.ts";

export type SectionKey = keyof typeof SECTION_HEADINGS;

const ITEM_HEADING = new RegExp(
  `^(?:${ITEM_HEADING_WORDS.map(escapeRegExp).join("|")})\\s*(\\d{1,4})\\s*(?:[:.)]\\s*|[-–]\\s+|\\s+|$)(.*)$`,
  "iu",
);

/** "Punkt 3: Beslutning: Titel" -> { number: 3, rest: "Beslutning: Titel" }. */
export function itemHeading(text: string): { number: number; rest: string } | null {
  const m = ITEM_HEADING.exec(text.trim());
  if (!m) return null;
  const number = Number(m[1]);
  if (!Number.isInteger(number) || number < 1) return null;
  return { number, rest: (m[2] ?? "").trim() };
}

/** What a heading (or TOC entry) says after "Punkt N:": kind, closed, and the bare title. */
export function headingParts(rest: string): {
  kind: "Beslutning" | "Orientering" | null;
  closed: boolean;
  title: string;
} {
  let text = rest.replace(/\s+/g, " ").trim();
  // "Personalesag (Lukket)" / "Salg af grund - lukket punkt": closed, with a title.
  const closedSuffix = new RegExp(
    `^(.+?)\\s*(?:\\(\\s*(?:${CLOSED_WORDS.join("|")})\\s*\\)|[-–]\\s*(?:${CLOSED_WORDS.join("|")}))$`,
    "iu",
  ).exec(text);
  if (closedSuffix) text = `Lukket: ${closedSuffix[1] ?? ""}`;
  const lower = text.toLowerCase().replace(/[.:]+$/, "");
  for (const w of CLOSED_WORDS) {
    if (lower === w) return { kind: null, closed: true, title: "Lukket" };
    const m = new RegExp(`^${escapeRegExp(w)}\\s*(?::|-|–)\\s*(.+)$`, "iu").exec(text);
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

/** The section a heading line opens, or null when the line is not a section heading. */
export function sectionHeading(text: string): SectionKey | null {
  const t = text
    .trim()
    .replace(/[:.]+$/, "")
    .replace(/\s+/g, " ")
    .toLowerCase();
  if (t === "" || t.length > 60) return null;
  for (const s of SECTION_INDEX) if (t === s.exact) return s.key;
  // Converters sometimes drop æ/ø/å ("Kommunikation/Hring"); compare what is left.
  const k = skeleton(t);
  if (k.length >= 5) {
    for (const s of SECTION_INDEX) if (k === s.skel) return s.key;
  }
  return null;
}

/** A decision block heading: the body as written (with period, if any) and the date, or bare (no body, no date). */
export type DecisionHeading = { bare: true } | { bare: false; body: string; date: string | null };

const DECISION_WORDS = DECISION_HEADING_WORDS.map(escapeRegExp).join("|");
const DECISION_WITH_BODY = new RegExp(
  `^(?:${DECISION_WORDS})\\s+(?:i|fra|truffet\\s+af|af)?\\s*(.+?)(?:\\s*[,-]?\\s+(?:den|d\\.)\\s*(${ANY_DATE_SOURCE}))?\\s*[.:]?$`,
  "iu",
);
const DECISION_BARE = new RegExp(`^(?:${DECISION_WORDS})\\s*:?$`, "iu");
/** "Økonomiudvalgets beslutning den 03-03-2025". */
const DECISION_GENITIVE = new RegExp(
  `^(\\p{Lu}.{2,80}?)s\\s+beslutning(?:\\s*[,-]?\\s+(?:den|d\\.)\\s*(${ANY_DATE_SOURCE}))?\\s*[.:]?$`,
  "u",
);

/** Reads "Beslutninger Byrådet 2018-2021 den 30-11-2020", "Beslutning i X den 08-03-2021" or a bare "Beslutning". */
export function decisionHeading(text: string): DecisionHeading | null {
  const t = text.trim();
  if (t.length > 160) return null;
  if (DECISION_BARE.test(t)) return { bare: true };
  const g = DECISION_GENITIVE.exec(t);
  if (
    g &&
    /(udvalg|råd|bestyrelse|repræsentation|magistrat|forum)/iu.test(g[1] ?? "") &&
    (g[1] ?? "").split(/\s+/).length <= 8
  ) {
    return { bare: false, body: (g[1] ?? "").trim(), date: g[2] ? findDate(g[2]) : null };
  }
  const m = DECISION_WITH_BODY.exec(t);
  if (!m) return null;
  const body = (m[1] ?? "").trim();
  const date = m[2] ? findDate(m[2]) : null;
  // A body is a name: it starts with a capital letter and is short; running text is not a heading.
  if (!/^[A-ZÆØÅ]/u.test(body) || body.split(/\s+/).length > 9 || /[.!?]$/.test(body)) return null;
  if (date === null && !/(udvalg|råd|bestyrelse|repræsentation|magistrat|forum|møde)/iu.test(body)) return null;
  return { bare: false, body, date };
}

/** "Lokalplan 123 (2024-0012345)" -> title and the case number written at its end. */
export function trailingCaseNumber(title: string): { title: string; caseNumber: string | null } {
  const m = /^(.*\S)\s*\(\s*(?:sagsnr\.?:?\s*)?([^()\s]{4,30})\s*\)$/iu.exec(title.trim());
  if (!m) return { title, caseNumber: null };
  const cn = caseNumber(m[2] ?? "");
  return cn ? { title: (m[1] ?? "").trim(), caseNumber: cn } : { title, caseNumber: null };
}

const CASE_LABEL = new RegExp(`^(?:${CASE_NUMBER_LABELS.map(escapeRegExp).join("|")})\\s*:?\\s*`, "iu");

/** The case (journal) number on a line of its own ("20/8896", "Sagsnr.: EMN-2024-001234"), or null. */
export function caseNumber(text: string): string | null {
  const t = text.trim().replace(CASE_LABEL, "").replace(/[.;]$/, "").trim();
  if (t.length > 40) return null;
  return CASE_NUMBER_PATTERNS.some((p) => p.test(t)) ? t : null;
}

const labelled = (labels: readonly string[]) =>
  new RegExp(`^(?:${labels.map(escapeRegExp).join("|")})\\s*:\\s*(.+)$`, "iu");
const HISTORY_BODY = labelled(HISTORY_LABELS.body);
const HISTORY_DATE = labelled(HISTORY_LABELS.date);
const HISTORY_ITEM = labelled(HISTORY_LABELS.item);

/** A line of a `Sagsforløb` entry: "Udvalg: X", "Dato: 08-03-2021", "Punktnummer: 4". */
export function historyLine(text: string): { body: string } | { date: string } | { item: string } | null {
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

/** Splits "Social- og Beskæftigelsesudvalget 2018-2021" into the name and the election period. */
export function splitPeriod(name: string): { name: string; period: string | null } {
  const m = /^(.*?)[\s,]*\(?(\d{4})\s*[-–]\s*(\d{4})\)?$/u.exec(name.trim());
  if (!m || (m[1] ?? "").trim() === "") return { name: name.trim(), period: null };
  return { name: (m[1] ?? "").trim(), period: `${m[2]}-${m[3]}` };
}
