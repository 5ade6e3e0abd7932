// Attendance audit over the real Greve corpus (../shared/real/firstagenda/greve, FirstAgenda JSON): what the raw JSON
// says about who was away — (a) Moededeltagere's Absent/ParticipationCancelled flags, (b) "Fraværende:", "Afbud:",
// "Ikke til stede:" lines in each item's own decision (the Beslutning section; the whole text of an item with no
// headings), (e) ExternalAgendaItemAttendees (FirstAgenda's per-item attendance, Reason "Fraværende") — against what the
// parser reads (absentFromMeeting, partialAbsence). (c) The votes that name a member (the parser's votes at the
// meeting's date) win: nobody is expected absent from an item they voted on.
//
// Expected: absent from every item that records a decision -> absent from the meeting; from some -> partly absent
// from those items. Items with no decision text (Underskriftsark, a decision of ".") say nothing.
//
//   npx tsx bench/attendance-audit.ts [DIR] [--list]
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { absentFromMeeting, type Meeting } from "../src/domain/index.ts";
import { parseDocument } from "../src/ingest/index.ts";
import { readFirstAgendaJson } from "../src/sources/firstagenda/read-json.ts";

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith("--")) ?? join(import.meta.dirname, "../../shared/real/firstagenda/greve");
const list = args.includes("--list");
if (!existsSync(dir)) {
  console.error(`attendance audit: ${dir} is not there (the real Greve corpus lives in ../shared/real)`);
  process.exit(2);
}

/** An absence label in an item's own decision ("Fraværende: X", "Afbud fra X", "Ikke til stede: X"): the names follow. */
const ABSENCE_LABEL = /\b(?:fraværende|afbud|ikke til stede)\s*(?::|fra\b)/iu;
/** "X (A) var ikke til stede.": the name comes before. */
const NOT_PRESENT = /\b(?:var ikke til stede|var fraværende|deltog ikke)\b/iu;
/** A substitute named after the absentee ("(Stedfortræder: Y)") is not away. */
const SUBSTITUTE_NOTE = /\(?\s*(?:stedfortræder|suppleant)\b.*$/iu;
const key = (name: string) => name.toLowerCase().replace(/\s+/gu, " ").trim();

interface Evidence {
  name: string;
  flag: boolean;
  lines: Set<number>;
  ext: Set<number>;
  voted: Set<number>;
}

interface Row {
  file: string;
  name: string;
  expected: string;
  parsed: string;
  kind: string;
}

const rows: Row[] = [];
/** Members stated absent from an item whose vote names them: the vote wins; listed as the evidence set aside. */
const voteWins: string[] = [];
const sources = { flag: 0, lines: 0, ext: 0, linesOnly: 0, extOnly: 0, both: 0, votedWhileStated: 0 };
let meetings = 0;
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .sort()) {
  const bytes = readFileSync(join(dir, file));
  const raw = JSON.parse(bytes.toString("utf8"));
  if (raw?.Moede?.Afsluttet !== true) continue;
  meetings += 1;
  const doc = readFirstAgendaJson(raw, { file } as never);
  const meeting: Meeting = await parseDocument(new Uint8Array(bytes), file);
  const people = new Map<string, Evidence>();
  const person = (name: string) => {
    const k = key(name);
    const e = people.get(k) ?? { name, flag: false, lines: new Set(), ext: new Set(), voted: new Set() };
    people.set(k, e);
    return e;
  };
  for (const p of raw.Moede.Moededeltagere ?? []) {
    const name = String(p.Name)
      .replace(/\s*\(.*$/u, "")
      .trim();
    const e = person(name);
    if (p.Absent === true || p.ParticipationCancelled === true) e.flag = true;
  }
  const decided = new Set<number>();
  const all: number[] = [];
  for (const item of doc.items ?? []) {
    const n = item.number;
    if (n === null) continue;
    all.push(n);
    const rawItem = raw.Dagsordenpunkter.find((d: { Id: string }) => d.Id === item.id);
    for (const a of rawItem?.ExternalAgendaItemAttendees ?? []) person(String(a.Name).trim()).ext.add(n);
    // The item's own decision: the Beslutning section, or the whole text when the item has no headings.
    const headed = item.blocks.some((b) => b.role === "section-heading");
    let own = !headed;
    const text: string[] = [];
    for (const b of item.blocks) {
      if (b.role === "section-heading") {
        own = /^beslutning\b/iu.test(b.text);
        continue;
      }
      if (!own) continue;
      const line = b.text.trim();
      const label = ABSENCE_LABEL.exec(line);
      const named = label ? line.slice(label.index).replace(SUBSTITUTE_NOTE, "") : NOT_PRESENT.test(line) ? line : "";
      for (const e of people.values()) if (named.includes(e.name)) e.lines.add(n);
      text.push(label ? line.slice(0, label.index) : line);
    }
    if (/\p{L}/u.test(text.join(" "))) decided.add(n);
  }
  for (const v of meeting.votes) {
    if (v.date !== meeting.date) continue;
    for (const entry of [...v.for, ...v.against, ...v.abstain]) if (entry.name) person(entry.name).voted.add(v.item);
  }
  const scope = decided.size > 0 ? decided : new Set(all);
  const whole = new Set(absentFromMeeting(meeting).map(key));
  const partial = new Map((meeting.partialAbsence ?? []).map((p) => [key(p.name), p]));
  for (const [k, e] of people) {
    if (e.flag) sources.flag += 1;
    if (e.lines.size > 0) sources.lines += 1;
    if (e.ext.size > 0) sources.ext += 1;
    if (e.lines.size > 0 && e.ext.size === 0) sources.linesOnly += 1;
    if (e.ext.size > 0 && e.lines.size === 0) sources.extOnly += 1;
    if (e.ext.size > 0 && e.lines.size > 0) sources.both += 1;
    const stated = new Set<number>([...(e.flag ? scope : []), ...e.lines, ...e.ext]);
    const overruled = [...stated].filter((n) => e.voted.has(n));
    if (overruled.length > 0) {
      sources.votedWhileStated += 1;
      voteWins.push(`${file}\t${e.name}\tstated absent from items ${overruled.join(",")}, named in their votes`);
    }
    const away = [...stated].filter((n) => !e.voted.has(n)).sort((a, b) => a - b);
    const isWhole = away.length > 0 && [...scope].every((n) => away.includes(n));
    const expected = away.length === 0 ? "present" : isWhole ? "whole" : `items ${away.join(",")}`;
    const p = partial.get(k);
    const parsed = whole.has(k)
      ? "whole"
      : p
        ? p.items.length > 0
          ? `items ${p.items.join(",")}`
          : `time ${p.from ?? ""}-${p.until ?? ""}`
        : "present";
    // Absent (whole or partly) from an item they voted on: never right.
    const againstVote = (whole.has(k) && e.voted.size > 0) || (p?.items ?? []).some((n) => e.voted.has(n));
    if (expected === parsed && !againstVote) continue;
    const kind = againstVote
      ? "absent from an item voted on"
      : expected === "whole"
        ? parsed === "present"
          ? "whole absence missed"
          : "whole absence read as partial"
        : expected === "present"
          ? "absent, but nothing says so"
          : parsed === "whole"
            ? "partial absence read as whole"
            : parsed === "present"
              ? "partial absence missed"
              : "partial absence, other items";
    rows.push({ file, name: e.name, expected, parsed, kind });
  }
}

const byKind = new Map<string, number>();
for (const r of rows) byKind.set(r.kind, (byKind.get(r.kind) ?? 0) + 1);
console.log(
  `attendance audit: ${meetings} meetings; members with evidence of absence: flag ${sources.flag}, item lines ${sources.lines}, ExternalAgendaItemAttendees ${sources.ext} (lines only ${sources.linesOnly}, attendees only ${sources.extOnly}, both ${sources.both}); stated absent from an item they voted on: ${sources.votedWhileStated}`,
);
console.log(`disagreements: ${rows.length} members in ${new Set(rows.map((r) => r.file)).size} meetings`);
for (const [kind, n] of [...byKind].sort((a, b) => b[1] - a[1])) console.log(`  ${n}\t${kind}`);
if (list) for (const line of voteWins) console.log(`vote wins: ${line}`);
if (list)
  for (const r of rows) console.log(`${r.file}\t${r.name}\texpected ${r.expected}\tparsed ${r.parsed}\t(${r.kind})`);
