// Reads "Kommende sager" tables: a header row naming the columns, then rows (tab- or space-separated) until the table ends.

import type { UpcomingItem } from "../../domain/index.ts";
import { pushAll } from "../arrays.ts";
import { isoDate, normaliseNumericDate } from "../dates.ts";
import { UPCOMING_COLUMNS, YEAR_PARTS } from "../lexicon.ts";
import type { Line } from "../line.ts";
import { collapseSpaces, eachMatch } from "../text-scan.ts";

type Role = keyof typeof UPCOMING_COLUMNS;

/** The role of a header cell, or null. */
function columnRole(cell: string): Role | null {
  const c = cell.trim().toLowerCase().replace(/[:.]$/, "");
  if (c === "") return null;
  for (const role of ["title", "responsible", "when"] as const) if (UPCOMING_COLUMNS[role].includes(c)) return role;
  return null;
}

/** A cell of a row and the column it starts at. */
interface Cell {
  text: string;
  at: number;
}

/**
 * The cells of a table line: tab-separated (PDF text layers, markdown tables), or, as "pdftotext -layout" writes
 * tables, separated by runs of three or more spaces; null when the line has no cell separator.
 */
/** A cell of a space-separated table: words with at most two spaces between them. */
const CELL_RUN = /\S+(?: {1,2}\S+)*/g;

function cellsOf(text: string): Cell[] | null {
  if (text.includes("\t")) return text.split("\t").map((t, at) => ({ text: t.trim(), at }));
  if (!/\S {3,}\S/.test(text)) return null;
  return [...eachMatch(CELL_RUN, text)].map((m) => ({ text: m[0], at: m.index ?? 0 }));
}

/** Column roles of a header row, or null when the line is not a table header. */
function headerRoles(text: string): (Role | null)[] | null {
  const cells = cellsOf(text);
  if (!cells) return null;
  const roles = cells.map((c) => columnRole(c.text));
  const titles = roles.filter((r) => r === "title").length;
  const others = roles.filter((r) => r === "responsible" || r === "when").length;
  return titles === 1 && others >= 1 ? roles : null;
}

/**
 * A row's cells in the header's columns. Tab-separated cells keep their places; space-aligned cells go to the
 * header column they start under (an empty cell leaves only a wider gap).
 */
function rowCells(text: string, header: readonly Cell[]): string[] | null {
  const cells = cellsOf(text);
  if (!cells) return null;
  if (text.includes("\t")) return cells.map((c) => c.text);
  const out = header.map(() => "");
  for (const c of cells) {
    let column = 0;
    header.forEach((h, k) => {
      if (h.at <= c.at + 2) column = k;
    });
    out[column] = out[column] === "" ? c.text : `${out[column]} ${c.text}`;
  }
  return out;
}

/** `when` as written, spaces tidied and numeric dates normalised ("10-02- 2021" -> "10-02-2021"). */
export function normaliseWhen(text: string): string | null {
  const t = collapseSpaces(text).trim();
  if (t === "" || /^[-–]$/.test(t)) return null;
  return normaliseNumericDate(t) ?? t;
}

function whenDetails(when: string | null): Pick<UpcomingItem, "date" | "period"> {
  if (when === null) return { date: null, period: null };
  const d = /^(\d{2})-(\d{2})-(\d{4})$/.exec(when);
  if (d) return { date: isoDate(Number(d[1]), Number(d[2]), Number(d[3])), period: null };
  const p = /^(\p{L}+)\s+(\d{4})$/u.exec(when);
  const part = p ? YEAR_PARTS[(p[1] ?? "").toLowerCase()] : undefined;
  if (p && part) return { date: null, period: { part, year: Number(p[2]) } };
  return { date: null, period: null };
}

interface Row {
  title: string;
  responsible: string;
  when: string;
  /** Set once a later line continued the row (its cells are tidied then). */
  continued?: boolean;
}

/** A row whose title starts in lower case, or whose "Primo" waits for its year, continues the row above. */
function continues(previous: Row, row: Row): boolean {
  if (/^\p{Ll}/u.test(row.title)) return true;
  return /^(?:primo|medio|ultimo)$/iu.test(previous.when.trim()) && /^\d{4}$/.test(row.when.trim());
}

/** Joins a continued cell; only the new part is tidied, so a row continued many times costs its length, not its square. */
const join = (a: string, b: string) => {
  const tail = collapseSpaces(b).trim();
  if (tail === "") return a;
  return a === "" ? tail : `${a} ${tail}`;
};

/** Every row of every upcoming-items table in the lines, attributed to `item`. */
export function readUpcoming(lines: readonly Line[], item: number): UpcomingItem[] {
  const rows: Row[] = [];
  for (let i = 0; i < lines.length; i++) {
    const roles = headerRoles(lines[i]?.text ?? "");
    if (!roles) continue;
    const index = (role: Role, fallback: number) => {
      const k = roles.indexOf(role);
      return k >= 0 ? k : fallback;
    };
    const ti = index("title", 0);
    const ri = index("responsible", 1);
    const wi = index("when", Math.max(ti, ri) + 1);
    const header = cellsOf(lines[i]?.text ?? "") ?? [];
    const table: Row[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const text = lines[j]?.text ?? "";
      if (text.trim() === "") continue;
      // The table ends at the first line that is not a row (no cell separator) or is another table's header.
      const cells = headerRoles(text) ? null : rowCells(text, header);
      if (!cells) break;
      const row: Row = { title: cells[ti] ?? "", responsible: cells[ri] ?? "", when: cells[wi] ?? "" };
      const previous = table[table.length - 1];
      if (previous && (row.title === "" || continues(previous, row))) {
        if (!previous.continued) {
          previous.continued = true;
          previous.title = join("", previous.title);
          previous.responsible = join("", previous.responsible);
          previous.when = join("", previous.when);
        }
        previous.title = join(previous.title, row.title);
        previous.responsible = join(previous.responsible, row.responsible);
        previous.when = join(previous.when, row.when);
        continue;
      }
      if (row.title !== "") table.push(row);
    }
    pushAll(rows, table);
    i = j - 1;
  }
  return rows.map((r) => {
    const when = normaliseWhen(r.when);
    return {
      title: r.title,
      responsible: r.responsible === "" ? null : r.responsible,
      when,
      ...whenDetails(when),
      item,
    };
  });
}
