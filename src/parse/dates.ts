// Reads the date and time shapes minutes use ("09-12-2020", "9. december 2020", "30.04.18", "2024-12-12", "kl. 18:00") as ISO values.
import { MONTHS } from "./lexicon.ts";

const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|");

/** A numeric date: 09-12-2020, 9.12.2020, 09/12/2020, 30.04.18, with stray spaces around the separators. */
export const NUMERIC_DATE = /(?<!\d)(\d{1,2})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{4}|\d{2})(?!\d)/u;
/** A written date: 9. december 2020, 09. dec. 2020, 3 marts 2025. */
export const WRITTEN_DATE = new RegExp(`(?<!\\d)(\\d{1,2})\\.?\\s+(${MONTH_NAMES})\\.?\\s+(\\d{4})(?!\\d)`, "iu");
/** A date with the month first: "October 8, 2025", "April 3, 2019" (English pages of some systems). */
export const MONTH_FIRST_DATE = new RegExp(
  `(?<![\\p{L}])(${MONTH_NAMES})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})(?!\\d)`,
  "iu",
);
/** An ISO date: 2024-12-12 (some systems print dates so). */
export const ISO_DATE = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/u;
/** Any kind of date, as one regex source (no flags) for building larger patterns. */
export const ANY_DATE_SOURCE = `(?:${NUMERIC_DATE.source}|${WRITTEN_DATE.source}|${ISO_DATE.source}|${MONTH_FIRST_DATE.source})`;

/** YYYY-MM-DD from day, month, year; null when the parts are not a real date. */
export function isoDate(day: number, month: number, year: number): string | null {
  const y = year < 100 ? 2000 + year : year;
  if (month < 1 || month > 12 || day < 1 || day > 31 || y < 1900 || y > 2200) return null;
  const d = new Date(Date.UTC(y, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return `${String(y).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The first date in the text as ISO, numeric or written; null when there is none. */
export function findDate(text: string): string | null {
  const n = NUMERIC_DATE.exec(text);
  const w = WRITTEN_DATE.exec(text);
  const i = ISO_DATE.exec(text);
  const candidates: { index: number; iso: string | null }[] = [];
  if (n) candidates.push({ index: n.index, iso: isoDate(Number(n[1]), Number(n[2]), Number(n[3])) });
  if (i) candidates.push({ index: i.index, iso: isoDate(Number(i[3]), Number(i[2]), Number(i[1])) });
  if (w)
    candidates.push({
      index: w.index,
      iso: isoDate(Number(w[1]), MONTHS[(w[2] ?? "").toLowerCase()] ?? 0, Number(w[3])),
    });
  const f = MONTH_FIRST_DATE.exec(text);
  if (f)
    candidates.push({
      index: f.index,
      iso: isoDate(Number(f[2]), MONTHS[(f[1] ?? "").toLowerCase()] ?? 0, Number(f[3])),
    });
  candidates.sort((a, b) => a.index - b.index);
  return candidates.find((c) => c.iso !== null)?.iso ?? null;
}

/** A start time "kl. 18:00" / "kl. 8.30" / "18:00" as HH:MM; null when there is none. */
export function findTime(text: string): string | null {
  const m = /\bkl\.?\s*(\d{1,2})[:.](\d{2})\b/iu.exec(text) ?? /(?<![\d.:-])(\d{1,2}):(\d{2})(?![\d:])/u.exec(text);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59) return null;
  return `${String(h).padStart(2, "0")}:${String(min).padStart(2, "0")}`;
}

/** A numeric date as written ("10-02- 2021") normalised to DD-MM-YYYY; null when it is not one. */
export function normaliseNumericDate(text: string): string | null {
  const m = /^(\d{1,2})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{4})$/u.exec(text.trim());
  if (!m) return null;
  return `${(m[1] ?? "").padStart(2, "0")}-${(m[2] ?? "").padStart(2, "0")}-${m[3]}`;
}
