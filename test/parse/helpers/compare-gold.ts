// Test helper: compares a parsed Meeting with a gold annotation on the fields ../shared/eval/score-parse.mjs checks.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Meeting } from "../../../src/domain/index.ts";

export const GOLD_DIR = join(import.meta.dirname, "..", "..", "fixtures", "parse", "gold");
export const MINUTES_DIR = join(import.meta.dirname, "..", "..", "..", "index-data", "minutes");
export const SAMPLES = [
  "000_ba4137c0fa87d1a0",
  "001_03a16291dcfa58af",
  "002_534a32807c77aecb",
  "004_20b463e75ca2ba74",
] as const;

interface GoldEntry {
  name: string | null;
  party: string | null;
  count?: number;
}
interface GoldVote {
  item: number;
  body: string;
  date: string;
  outcome: string;
  for: GoldEntry[];
  against: GoldEntry[];
  abstain: GoldEntry[];
  counts: { for: number; against: number; abstain: number } | null;
}
export interface Gold {
  source: string;
  documentType: string;
  municipality: string;
  committee: string;
  date: string;
  startTime: string | null;
  location: string | null;
  participants: string[];
  absent: string[];
  items: {
    number: number;
    title: string;
    kind: string | null;
    closed: boolean;
    caseNumber: string | null;
    page: number | null;
    decisions: { body: string; date: string }[];
  }[];
  votes: GoldVote[];
  upcoming: { title: string; when: string | null }[];
}

export function loadGold(sample: string): Gold {
  return JSON.parse(readFileSync(join(GOLD_DIR, `${sample}.gold.json`), "utf8")) as Gold;
}

const norm = (s: unknown) => (s == null ? null : String(s).replace(/\s+/g, " ").trim());
const low = (s: unknown) => norm(s)?.toLowerCase() ?? null;
const who = (v: GoldEntry) => `${v.party ?? "?"}:${v.name == null ? "" : low(v.name)}:${v.count ?? ""}`;
const whoSet = (list: readonly GoldEntry[]) => JSON.stringify(list.map(who).sort());

/** The checks that fail, as readable lines; empty when the meeting matches the gold. */
export function goldFailures(got: Meeting, gold: Gold, options: { pages?: boolean } = {}): string[] {
  const fails: string[] = [];
  const check = (what: string, ok: boolean, detail = "") => {
    if (!ok) fails.push(`${what}${detail ? ` — ${detail}` : ""}`);
  };
  for (const f of ["documentType", "municipality", "committee", "date", "startTime", "location"] as const) {
    check(
      `meeting.${f}`,
      low(got[f]) === low(gold[f]),
      `got ${JSON.stringify(got[f])}, want ${JSON.stringify(gold[f])}`,
    );
  }
  check(
    "participants",
    JSON.stringify(got.participants.map(low)) === JSON.stringify(gold.participants.map(low)),
    JSON.stringify(got.participants),
  );
  check(
    "absent",
    JSON.stringify(got.absent.map(low).sort()) === JSON.stringify(gold.absent.map(low).sort()),
    JSON.stringify(got.absent),
  );
  check("items.count", got.items.length === gold.items.length, `got ${got.items.length}`);
  for (const gi of gold.items) {
    const it = got.items.find((i) => i.number === gi.number);
    if (!it) {
      check(`item ${gi.number} present`, false);
      continue;
    }
    check(`item ${gi.number}.title`, low(it.title) === low(gi.title), `got ${JSON.stringify(it.title)}`);
    check(`item ${gi.number}.kind`, it.kind === gi.kind, `got ${it.kind}`);
    check(`item ${gi.number}.closed`, it.closed === gi.closed);
    check(`item ${gi.number}.caseNumber`, norm(it.caseNumber) === norm(gi.caseNumber), `got ${it.caseNumber}`);
    if (options.pages !== false) check(`item ${gi.number}.page`, it.page === gi.page, `got ${it.page}`);
    const dk = (d: { body: string; date: string }) => `${low(d.body)}@${d.date}`;
    check(
      `item ${gi.number}.decisions`,
      JSON.stringify(it.decisions.map(dk)) === JSON.stringify(gi.decisions.map(dk)),
      JSON.stringify(it.decisions.map(dk)),
    );
  }
  const used = new Set<number>();
  for (const gv of gold.votes) {
    const idx = findGoldVote(got.votes, gv, used);
    const tag = `vote item ${gv.item} ${gv.body} ${gv.date}`;
    if (idx < 0) {
      check(tag, false, "no parsed vote with the same sides");
      continue;
    }
    used.add(idx);
    const v = got.votes[idx];
    check(`${tag}.outcome`, v?.outcome === gv.outcome, `got ${v?.outcome}`);
    if (gv.counts)
      check(
        `${tag}.counts`,
        JSON.stringify(v?.counts ?? null) === JSON.stringify(gv.counts),
        JSON.stringify(v?.counts),
      );
  }
  check("votes.noExtra", got.votes.length === gold.votes.length, `got ${got.votes.length}`);
  const up = got.upcoming.map((u) => `${low(u.title)}|${low(u.when)}`);
  for (const gu of gold.upcoming) check(`upcoming ${gu.title}`, up.includes(`${low(gu.title)}|${low(gu.when)}`));
  check("upcoming.noExtra", up.length === gold.upcoming.length, `got ${up.length}`);
  return fails;
}

export const VARIANTS_DIR = join(import.meta.dirname, "..", "..", "fixtures", "parse", "variants");
/** Minutes written by a later helper who had not seen the variant questions: a check the parser was not tuned to. */
export const HELDOUT_DIR = join(import.meta.dirname, "..", "..", "fixtures", "parse", "heldout");

/** An expected-output file for a variant fixture: the SCHEMA fields, with the ones the scorer leaves out. */
export interface VariantGold extends Gold {
  committeeRaw: string;
  substitutes: { name: string; party: string | null; for: string | null }[];
  votes: (GoldVote & { proposedBy: { name?: string | null; party?: string | null } | null })[];
  referredToCouncil: { item: number; by: GoldEntry[] }[];
  upcoming: { title: string; responsible: string | null; when: string | null }[];
}

/**
 * The checks of `goldFailures` plus the SCHEMA fields the scorer does not check: committeeRaw, substitutes,
 * referrals, each upcoming row's responsible, and each vote's proposer.
 */
export function variantFailures(got: Meeting, gold: VariantGold): string[] {
  const fails = goldFailures(got, gold);
  const check = (what: string, ok: boolean, detail = "") => {
    if (!ok) fails.push(`${what}${detail ? ` — ${detail}` : ""}`);
  };
  check("committeeRaw", low(got.committeeRaw) === low(gold.committeeRaw), JSON.stringify(got.committeeRaw));
  const sub = (s: { name: string; party: string | null; for: string | null }) =>
    `${low(s.name)}|${s.party ?? ""}|${low(s.for) ?? ""}`;
  check(
    "substitutes",
    JSON.stringify(got.substitutes.map(sub).sort()) === JSON.stringify(gold.substitutes.map(sub).sort()),
    JSON.stringify(got.substitutes),
  );
  const ref = (r: { item: number; by: readonly GoldEntry[] }) => `${r.item}:${whoSet(r.by)}`;
  check(
    "referredToCouncil",
    JSON.stringify(got.referredToCouncil.map(ref).sort()) === JSON.stringify(gold.referredToCouncil.map(ref).sort()),
    JSON.stringify(got.referredToCouncil),
  );
  for (const gu of gold.upcoming) {
    const row = got.upcoming.find((u) => low(u.title) === low(gu.title));
    check(`upcoming ${gu.title}.responsible`, low(row?.responsible) === low(gu.responsible), `got ${row?.responsible}`);
  }
  const proposer = (p: { name?: string | null; party?: string | null } | null) =>
    p ? `${low(p.name ?? null) ?? ""}|${p.party ?? ""}` : "none";
  const used = new Set<number>();
  for (const gv of gold.votes) {
    const idx = findGoldVote(got.votes, gv, used);
    if (idx < 0) continue;
    used.add(idx);
    const v = got.votes[idx];
    check(
      `vote item ${gv.item} ${gv.body} ${gv.date}.proposedBy`,
      proposer(v?.proposedBy ?? null) === proposer(gv.proposedBy),
      JSON.stringify(v?.proposedBy),
    );
  }
  return fails;
}

/** The first parsed vote not yet used with the gold vote's item, body, date and the same members on each side. */
function findGoldVote(votes: Meeting["votes"], gv: GoldVote, used: ReadonlySet<number>): number {
  return votes.findIndex(
    (v, i) =>
      !used.has(i) &&
      v.item === gv.item &&
      low(v.body) === low(gv.body) &&
      v.date === gv.date &&
      whoSet(v.for) === whoSet(gv.for) &&
      whoSet(v.against) === whoSet(gv.against) &&
      whoSet(v.abstain) === whoSet(gv.abstain),
  );
}
