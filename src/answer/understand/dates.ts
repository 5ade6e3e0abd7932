// Reads dates and periods from a question: 09-12-2020, 9/12-20, 9. december 2020, December 9, 2020, "i 2016", "last meeting".
import type { Span } from "./tokens.ts";

export type DateMention =
  /** One day; `year` null when the question leaves it out ("den 9. december"). */
  | (Span & { kind: "day"; year: number | null; month: number; day: number })
  /** A stretch of time, inclusive ISO bounds ("i 2016", "in March 2021", "last year"). */
  | (Span & { kind: "period"; from: string; to: string })
  /** "the last meeting", "seneste møde". */
  | (Span & { kind: "latest" });

/** Month names and abbreviations, Danish and English, by month number. */
export const MONTHS: Record<number, readonly string[]> = {
  1: ["januar", "january", "jan"],
  2: ["februar", "february", "feb"],
  3: ["marts", "march", "mar"],
  4: ["april", "apr"],
  5: ["maj", "may"],
  6: ["juni", "june", "jun"],
  7: ["juli", "july", "jul"],
  8: ["august", "aug"],
  9: ["september", "sept", "sep"],
  10: ["oktober", "october", "okt", "oct"],
  11: ["november", "nov"],
  12: ["december", "dec"],
};

const monthByName = new Map<string, number>(
  Object.entries(MONTHS).flatMap(([n, names]) => names.map((name) => [name, Number(n)] as const)),
);
const MONTH = `(${[...monthByName.keys()].sort((a, b) => b.length - a.length).join("|")})\\.?`;
const DAY = "(\\d{1,2})(?:\\.|st|nd|rd|th)?";
const YEAR = "((?:19|20)\\d{2})";
const NB = "(?<![\\p{L}\\p{N}])";
const NA = "(?![\\p{L}\\p{N}])";

/** Prepositions that make a bare year a period to search in, not part of a title ("i 2016" vs "plan for 2021"). */
export const YEAR_PREPOSITIONS = ["i", "in", "during", "under", "fra", "from", "since", "siden", "året", "year", "år"];

/** Words before a month named alone ("i februar", "in February"). */
export const MONTH_PREPOSITIONS = ["i", "in", "during", "til"];

/** The year whose `month` lies nearest the month of `today` (ties go ahead). */
function nearestYearOf(month: number, today: string): number {
  const y = Number(today.slice(0, 4));
  const now = Number(today.slice(5, 7));
  const ahead = (month - now + 12) % 12;
  return ahead <= 6 ? (month >= now ? y : y + 1) : month <= now ? y : y - 1;
}

/** Phrases for the newest meeting. */
export const LATEST_PHRASES = [
  "the last meeting",
  "the latest meeting",
  "the most recent meeting",
  "last meeting",
  "latest meeting",
  "most recent meeting",
  "seneste møde",
  "sidste møde",
  "det seneste møde",
  "det sidste møde",
  "forrige møde",
  "seneste referat",
  "sidste referat",
  "latest minutes",
  "last minutes",
  // "Hvornår mødtes udvalget sidst?", "When did the committee last meet?": only the last words are the date's, so
  // the body named between them stays free to be read as the body.
  "(?<=mødtes (?:[\\p{L}-]+ ){0,6}?)sidst",
  "(?<=holdt (?:[\\p{L}-]+ ){0,6}?)møde sidst",
  "(?<=holdt (?:[\\p{L}-]+ ){0,6}?)sidst møde",
  // "When did SBU meet last?"
  "(?<=(?:meet|met) )last",
  "last met",
  "last meet",
];

/** Relative years: offset from the year of `today`. */
export const RELATIVE_YEARS: readonly { phrase: string; offset: number }[] = [
  { phrase: "last year", offset: -1 },
  { phrase: "sidste år", offset: -1 },
  { phrase: "i fjor", offset: -1 },
  { phrase: "this year", offset: 0 },
  { phrase: "i år", offset: 0 },
];

/** Relative days, weeks and months: a unit and its offset from the one holding `today` (weeks start on Monday). */
export const RELATIVE_PERIODS: readonly { phrase: string; unit: "day" | "week" | "month"; offset: number }[] = [
  { phrase: "i dag", unit: "day", offset: 0 },
  { phrase: "today", unit: "day", offset: 0 },
  { phrase: "i går", unit: "day", offset: -1 },
  { phrase: "yesterday", unit: "day", offset: -1 },
  { phrase: "i morgen", unit: "day", offset: 1 },
  { phrase: "tomorrow", unit: "day", offset: 1 },
  { phrase: "(?:i )?denne uge", unit: "week", offset: 0 },
  { phrase: "this week", unit: "week", offset: 0 },
  { phrase: "(?:i )?sidste uge", unit: "week", offset: -1 },
  { phrase: "(?:i )?forrige uge", unit: "week", offset: -1 },
  { phrase: "last week", unit: "week", offset: -1 },
  { phrase: "(?:i )?næste uge", unit: "week", offset: 1 },
  { phrase: "(?:i )?(?:den )?kommende uge", unit: "week", offset: 1 },
  { phrase: "next week", unit: "week", offset: 1 },
  { phrase: "(?:i )?denne måned", unit: "month", offset: 0 },
  { phrase: "this month", unit: "month", offset: 0 },
  { phrase: "(?:i )?sidste måned", unit: "month", offset: -1 },
  { phrase: "last month", unit: "month", offset: -1 },
  { phrase: "(?:i )?næste måned", unit: "month", offset: 1 },
  { phrase: "next month", unit: "month", offset: 1 },
];

/** The first and last day (ISO) of the day, week or month `offset` units from the one holding `today`. */
export function relativePeriod(
  today: string,
  unit: "day" | "week" | "month",
  offset: number,
): { from: string; to: string } {
  const [y, m, d] = today.split("-").map(Number) as [number, number, number];
  const iso = (t: Date) => t.toISOString().slice(0, 10);
  if (unit === "month") {
    const first = new Date(Date.UTC(y, m - 1 + offset, 1));
    const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0));
    return { from: iso(first), to: iso(last) };
  }
  const base = new Date(Date.UTC(y, m - 1, d));
  if (unit === "day") {
    const day = new Date(base.getTime() + offset * 86_400_000);
    return { from: iso(day), to: iso(day) };
  }
  const monday = new Date(base.getTime() - ((base.getUTCDay() + 6) % 7) * 86_400_000 + offset * 7 * 86_400_000);
  return { from: iso(monday), to: iso(new Date(monday.getTime() + 6 * 86_400_000)) };
}

const pad = (n: number) => String(n).padStart(2, "0");
export const isoOf = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const validDay = (y: number | null, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= lastDay(y ?? 2000, m);

// The patterns are the same for every question: compile each once.
const patterns = new Map<string, RegExp>();
function compiled(pattern: string): RegExp {
  let re = patterns.get(pattern);
  if (!re) {
    re = new RegExp(pattern, "giu");
    patterns.set(pattern, re);
  }
  return re;
}

/** The full year of a two-digit year, read near `today` (ISO): "20" is 2020, "98" is 1998. */
function centuryOf(yy: number, today: string): number {
  const now = Number(today.slice(0, 4));
  const year = Math.floor(now / 100) * 100 + yy;
  return year > now + 1 ? year - 100 : year;
}

/** Every date or period the question names, in order; `today` (ISO) anchors relative periods. */
export function findDates(question: string, today: string): DateMention[] {
  const found: DateMention[] = [];
  const free = (s: number, e: number) => !found.some((f) => s < f.end && f.start < e);
  const add = (m: DateMention) => {
    if (free(m.start, m.end)) found.push(m);
  };
  const each = (pattern: string, fn: (m: RegExpMatchArray, start: number, end: number) => DateMention | null) => {
    for (const m of question.matchAll(compiled(pattern))) {
      const start = m.index ?? 0;
      const mention = fn(m, start, start + m[0].length);
      if (mention) add(mention);
    }
  };
  const day = (start: number, end: number, y: number | null, mo: number, d: number): DateMention | null =>
    validDay(y, mo, d) ? { kind: "day", year: y, month: mo, day: d, start, end } : null;

  // 2020-12-09
  each(`${NB}${YEAR}-(\\d{2})-(\\d{2})${NA}`, (m, s, e) => day(s, e, Number(m[1]), Number(m[2]), Number(m[3])));
  // 2020/12/09, 2020.12.09
  each(`${NB}${YEAR}[./](\\d{1,2})[./](\\d{1,2})${NA}`, (m, s, e) =>
    day(s, e, Number(m[1]), Number(m[2]), Number(m[3])),
  );
  // 09-12-2020, 9.12.2020, 9/12-2020, 9/12/2020
  each(`${NB}(\\d{1,2})\\s?[-./]\\s?(\\d{1,2})\\s?[-./]\\s?${YEAR}${NA}`, (m, s, e) =>
    day(s, e, Number(m[3]), Number(m[2]), Number(m[1])),
  );
  // 9/12 2020, 9.12 2020
  each(`${NB}(\\d{1,2})[./](\\d{1,2})\\s+${YEAR}${NA}`, (m, s, e) =>
    day(s, e, Number(m[3]), Number(m[2]), Number(m[1])),
  );
  // 9/12-20, 09.12.20, 9-12-20: a two-digit year is of this century unless that lies after next year
  each(`${NB}(\\d{1,2})[-./](\\d{1,2})[-./](\\d{2})(?![\\p{L}\\p{N}./-])`, (m, s, e) =>
    day(s, e, centuryOf(Number(m[3]), today), Number(m[2]), Number(m[1])),
  );
  // 9. december 2020, 9 Dec 2020, 9th of December, 2020
  each(`${NB}${DAY}\\s*(?:of\\s+)?${MONTH}(?:\\s*,?\\s*${YEAR})?${NA}`, (m, s, e) =>
    day(s, e, m[3] ? Number(m[3]) : null, monthByName.get((m[2] ?? "").toLowerCase()) ?? 0, Number(m[1])),
  );
  // December 9, 2020
  each(`${NB}${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?${NA}`, (m, s, e) =>
    day(s, e, m[3] ? Number(m[3]) : null, monthByName.get((m[1] ?? "").toLowerCase()) ?? 0, Number(m[2])),
  );
  // December 2020, marts 2021: the month
  each(`${NB}${MONTH}\\s+${YEAR}${NA}`, (m, s, e) => {
    const mo = monthByName.get((m[1] ?? "").toLowerCase()) ?? 0;
    const y = Number(m[2]);
    return { kind: "period", from: isoOf(y, mo, 1), to: isoOf(y, mo, lastDay(y, mo)), start: s, end: e };
  });
  // i 2016, in 2016, during 2016
  each(`${NB}(?:${YEAR_PREPOSITIONS.join("|")})\\s+${YEAR}${NA}`, (m, s, e) => {
    const y = Number(m[1]);
    return { kind: "period", from: isoOf(y, 1, 1), to: isoOf(y, 12, 31), start: s, end: e };
  });
  // "i februar", "in February": a month named alone is its occurrence nearest today (February asked in January is
  // next month; March asked in May was two months ago). Only after a preposition: "may" and "Maj" are also words.
  each(`${NB}(?:${MONTH_PREPOSITIONS.join("|")})\\s+${MONTH}${NA}`, (m, s, e) => {
    const mo = monthByName.get((m[1] ?? "").toLowerCase()) ?? 0;
    const y = nearestYearOf(mo, today);
    const at = s + m[0].toLowerCase().lastIndexOf((m[1] ?? "").toLowerCase());
    return { kind: "period", from: isoOf(y, mo, 1), to: isoOf(y, mo, lastDay(y, mo)), start: at, end: e };
  });
  for (const phrase of LATEST_PHRASES)
    each(`${NB}${phrase}${NA}`, (_m, s, e) => ({ kind: "latest", start: s, end: e }));
  const thisYear = Number(today.slice(0, 4));
  for (const r of RELATIVE_YEARS) {
    each(`${NB}${r.phrase}${NA}`, (_m, s, e) => {
      const y = thisYear + r.offset;
      return { kind: "period", from: isoOf(y, 1, 1), to: isoOf(y, 12, 31), start: s, end: e };
    });
  }
  for (const r of RELATIVE_PERIODS) {
    each(`${NB}${r.phrase}${NA}`, (_m, s, e) => ({
      kind: "period",
      ...relativePeriod(today, r.unit, r.offset),
      start: s,
      end: e,
    }));
  }
  return found.sort((a, b) => a.start - b.start);
}

/** True when an ISO date lies in the mention (a day without a year matches that day in any year). */
export function dateMatches(mention: DateMention, iso: string): boolean {
  if (mention.kind === "latest") return true;
  if (mention.kind === "period") return iso >= mention.from && iso <= mention.to;
  const [y, m, d] = iso.split("-").map(Number);
  return (mention.year === null || mention.year === y) && mention.month === m && mention.day === d;
}
