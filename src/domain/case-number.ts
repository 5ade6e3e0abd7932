// Case (journal) numbers: the one place that knows their shapes, reads them from a line or a question, and
// normalises the spellings of one case ("24/46085", "24-046085", "EMN-2024-046085", "24/46085-12") to one key.
//
// Most Danish case systems number a case by year and a running number: ESDH systems write "24/46085" (2-digit
// year), Aarhus "EMN-2024-046085" (a prefix and a 4-digit year), Greve "24-046085" (zero-padded, sometimes with a
// register letter: "18-008490K"); some add the document's number ("24/46085-12"). Two spellings with the same
// year and running number are the same case within one municipality. KLE journal numbers ("00.01.00-A00-1-20")
// have no year/number form: they are compared as written, without spaces and case.

/** A case number as read: as written, its parts, and the key that is the same for every spelling of the case. */
export interface CaseNumber {
  /** As written (label and trailing punctuation removed). */
  raw: string;
  /** The case's year, 4 digits, when the shape has one. */
  year: number | null;
  /** The running number without leading zeros, with a register letter when written ("8490K"). */
  serial: string;
  /** A system prefix ("EMN", "S"), when written. */
  prefix: string | null;
  /** A document number after the case number ("24/46085-12" → 12), when written. */
  document: number | null;
  /** "24/46085": two-digit year and running number; for KLE numbers the folded text. */
  key: string;
}

interface Shape {
  /** A real-shaped example. */
  example: string;
  /** Anchored; named groups `prefix`, `year`, `serial`, `doc`, `kle`. */
  pattern: RegExp;
}

/** The shapes, most specific first. Year groups of 2 digits are 20xx (case systems postdate 2000). */
export const CASE_NUMBER_SHAPES: readonly Shape[] = [
  // ESDH: "20/8896", "2024/12345", "24/012345-12" (Aarhus adds the document's number)
  {
    example: "24/46085-12",
    pattern: /^(?<year>\d{2}|\d{4})\/(?<serial>\d{1,7}[A-ZÆØÅ]?)(?:-(?<doc>\d{1,4}))?$/u,
  },
  // "EMN-2024-046085", "SAG-2024-001234-3"
  {
    example: "EMN-2024-046085",
    pattern: /^(?<prefix>[A-ZÆØÅ]{2,6})-(?<year>\d{4})-(?<serial>\d{2,8})(?:-(?<doc>\d{1,4}))?$/u,
  },
  // "S-1234-21": prefix, number, 2-digit year
  { example: "S-1234-21", pattern: /^(?<prefix>[A-ZÆØÅ]{1,6})-(?<serial>\d{2,6})-(?<year>\d{2}|\d{4})$/u },
  // Greve: "24-046085", "18-008490K"; "2024-012345"
  { example: "24-046085", pattern: /^(?<year>\d{2}|\d{4})-(?<serial>\d{4,8}[A-ZÆØÅ]?)$/u },
  // KLE journal numbers: "00.01.00-A00-1-20", "82.02.00"
  { example: "00.01.00-A00-1-20", pattern: /^(?<kle>\d{2}\.\d{2}\.\d{2}(?:-[A-ZÆØÅ]\d{2}(?:-\d+-\d{2})?)?)$/u },
  // SBSYS-style "306-2009-600": office, year, serial
  { example: "306-2009-600", pattern: /^(?<office>\d{2,4})-(?<year>\d{4})-(?<serial>\d{1,8})$/u },
  // Other numbered shapes seen in minutes whose year cannot be read ("3/2021", "ABC-1234-56"): compared as written.
  {
    example: "3/2021",
    pattern: /^(?<other>\d{1,4}\/\d{1,7}(?:-\d{1,4})?|[A-ZÆØÅ]{2,6}-\d{4}-\d{2,8}|\d{4}-\d{4,8})$/u,
  },
];

/** Reads one case number written alone (no label); null when the text is not one. */
export function parseCaseNumber(text: string): CaseNumber | null {
  const raw = text.trim();
  if (raw.length === 0 || raw.length > 40) return null;
  for (const shape of CASE_NUMBER_SHAPES) {
    const g = shape.pattern.exec(raw)?.groups;
    if (!g) continue;
    const asWritten = g.kle ?? g.other;
    if (asWritten)
      return { raw, year: null, serial: asWritten, prefix: null, document: null, key: asWritten.toLowerCase() };
    const year = fullYear(g.year ?? "");
    const serial = (g.serial ?? "").replace(/^0+(?=\d)/, "");
    // "10-2024" is a month and a year, not a case.
    if (year === null || isMonthAndYear(g.year ?? "", g.serial ?? "")) continue;
    return {
      raw,
      year,
      serial,
      prefix: g.prefix ?? null,
      document: g.doc === undefined ? null : Number(g.doc),
      key: `${String(year % 100).padStart(2, "0")}/${serial}`,
    };
  }
  return null;
}

/** True when the text is a case number in one of the known shapes. */
export function isCaseNumber(text: string): boolean {
  return parseCaseNumber(text) !== null;
}

/** The key every spelling of the case shares ("EMN-2024-046085" → "24/46085"); null when not a case number. */
export function caseKey(text: string | null | undefined): string | null {
  return text ? (parseCaseNumber(text)?.key ?? null) : null;
}

/**
 * True when two written case numbers name the same case. Within one municipality only: give both
 * municipalities when known (null matches any, for a question that names none).
 */
export function sameCase(
  a: string | null | undefined,
  b: string | null | undefined,
  municipalities: { a?: string | null; b?: string | null } = {},
): boolean {
  const ka = caseKey(a);
  if (ka === null || ka !== caseKey(b)) return false;
  const ma = municipalities.a ?? null;
  const mb = municipalities.b ?? null;
  return ma === null || mb === null || ma.toLowerCase() === mb.toLowerCase();
}

/** A case number found in running text (a question, a sentence): where it stands and what it is. */
export interface CaseNumberMention {
  start: number;
  end: number;
  caseNumber: CaseNumber;
}

// Candidates in running text: digits and capitals joined by "/" and "-" (and KLE dots), not inside a longer word,
// a date ("09-12-2020") or a decimal number.
const CANDIDATE =
  /(?<![\p{L}\p{N}/.-])(?:[A-ZÆØÅ]{1,6}-\d{2,8}(?:-\d{1,6}){1,2}|\d{2,4}\/\d{1,7}[A-ZÆØÅ]?(?:-\d{1,4})?|\d{2,4}-\d{4,8}[A-ZÆØÅ]?|\d{2}\.\d{2}\.\d{2}(?:-[A-ZÆØÅ]\d{2}(?:-\d+-\d{2})?)?)(?![\p{L}\p{N}/]|[.-]\d)/gu;

/** The case numbers written in a text, in order. */
export function findCaseNumbers(text: string): CaseNumberMention[] {
  const found: CaseNumberMention[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const caseNumber = parseCaseNumber(m[0]);
    const start = m.index ?? 0;
    if (caseNumber && readsAsCase(caseNumber)) {
      found.push({ start, end: start + m[0].length, caseNumber });
    }
  }
  return found;
}

function fullYear(written: string): number | null {
  if (!/^\d{2}$|^\d{4}$/.test(written)) return null;
  const n = Number(written);
  if (written.length === 2) return 2000 + n;
  return n >= 1990 && n <= 2099 ? n : null;
}

/** "10-2024", "3/2021": a month and a year. */
function isMonthAndYear(first: string, second: string): boolean {
  const month = Number(first);
  return first.length <= 2 && month >= 1 && month <= 12 && /^(?:19|20)\d{2}$/.test(second);
}

/**
 * In running text only unmistakable case numbers count: a year and a running number of 3 digits or more, or a
 * full KLE number. "9/12", "10/2024" and "12.03.24" are dates there.
 */
function readsAsCase(cn: CaseNumber): boolean {
  // "2022-2025" is an election period.
  if (/^(?:19|20)\d{2}[-/](?:19|20)\d{2}$/.test(cn.raw)) return false;
  if (cn.year !== null) return /^\d{3,}/.test(cn.serial);
  return /^\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}/u.test(cn.raw);
}
