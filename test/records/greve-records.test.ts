// Record answers over real Greve FirstAgenda minutes (test/fixtures/records/greve: 14 meetings from
// ../shared/real/firstagenda/greve with split votes across bodies and years), checked against counts the test
// computes itself from the parsed votes and attendance lists (absences from whole meetings and from some items) —
// not through src/records.
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAssistant } from "../../src/assistant.ts";
import type { Answer, Meeting, Position, Vote, VoteEntry } from "../../src/domain/index.ts";
import { buildIndex, parseFile } from "../../src/ingest/index.ts";
import { loadIndex } from "../../src/search/index.ts";

const DIR = join(import.meta.dirname, "../fixtures/records/greve");
const TODAY = "2025-12-31";
const POSITIONS: readonly Position[] = ["for", "against", "abstain"];

let meetings: Meeting[] = [];
let ask: (q: string) => Promise<Answer>;
/** Asks, then "more" until the list ends: the votes of every page. */
let listedVotes: (a: Answer) => Promise<Answer["votes"]>;
let out = "";

beforeAll(async () => {
  const files = (await readdir(DIR)).filter((f) => f.endsWith(".json")).sort();
  meetings = await Promise.all(files.map((f) => parseFile(join(DIR, f))));
  out = await mkdtemp(join(tmpdir(), "referat-greve-records-"));
  await buildIndex([DIR], { outDir: out });
  const assistant = createAssistant({ index: await loadIndex(out), publicBaseUrl: "https://referat.example" });
  ask = (q) => assistant.ask(q, { today: TODAY, context: null });
  listedVotes = async (first) => {
    const votes = [...first.votes];
    let a = first;
    while (a.facts.some((f) => f.kind === "more")) {
      a = await assistant.ask("more", { today: TODAY, context: a.context });
      votes.push(...a.votes);
    }
    return votes;
  };
}, 120_000);
afterAll(async () => {
  if (out) await rm(out, { recursive: true, force: true });
});

// ---- The test's own reading of the parsed votes --------------------------------------------------------------

const norm = (s: string) => s.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
/** "Byråd" and "Byrådet" are one body (the definite form is what the minutes' headings use). */
const bodyKey = (s: string) => norm(s).replace(/^byråd(?:et)?$/, "byrådet");

interface Row {
  name: string | null;
  party: string | null;
  position: Position;
}
interface Counted {
  vote: Vote;
  meeting: Meeting;
  rows: Row[];
  split: boolean;
}

function rowsOf(vote: Vote, meeting: Meeting): Row[] {
  const partyOf = (name: string) => meeting.members.find((m) => m.party && norm(m.name) === norm(name))?.party ?? null;
  return POSITIONS.flatMap((position) =>
    (vote[position] as VoteEntry[]).map((e) => ({
      name: e.name,
      party: e.party ?? (e.name ? partyOf(e.name) : null),
      position,
    })),
  );
}

/** Every vote once: the same body, day, case (or item title) and the same positions is one vote. */
function distinctVotes(): Counted[] {
  const seen = new Map<string, Counted>();
  for (const meeting of meetings) {
    for (const vote of meeting.votes) {
      const item = meeting.items.find((i) => i.number === vote.item);
      const rows = rowsOf(vote, meeting);
      const caseOrTitle = (item?.caseNumber ?? "").replace(/\D+/g, "-") || norm(item?.title ?? "");
      const sides = rows.map((r) => `${r.position}/${r.party}/${r.name ? norm(r.name) : ""}`).sort();
      const key = [bodyKey(vote.body), vote.date, caseOrTitle, vote.outcome, ...sides].join("|");
      if (!seen.has(key)) {
        const split = new Set(rows.map((r) => r.position)).size > 1;
        seen.set(key, { vote, meeting, rows, split });
      }
    }
  }
  return [...seen.values()];
}

/** A party's stand: its own entry, else the most common position of its named members (for, against, abstain on a tie). */
function standOf(rows: readonly Row[], party: string, except: string | null = null): Position | null {
  const own = rows.find((r) => r.name === null && r.party === party);
  if (own) return own.position;
  const members = rows.filter((r) => r.name !== null && r.party === party && r.name !== except);
  if (!members.length) return null;
  let best: Position = "for";
  for (const p of POSITIONS) {
    if (members.filter((r) => r.position === p).length > members.filter((r) => r.position === best).length) best = p;
  }
  return best;
}

const partiesVoting = () =>
  [...new Set(distinctVotes().flatMap((v) => v.rows.map((r) => r.party)))].filter((p): p is string => !!p).sort();

function tally(votes: readonly Counted[], party: string) {
  const counts = { for: 0, against: 0, abstain: 0 };
  let total = 0;
  for (const v of votes) {
    const stand = standOf(v.rows, party);
    if (!stand) continue;
    counts[stand] += 1;
    total += 1;
  }
  return { total, ...counts };
}

// ---- What the answer says -----------------------------------------------------------------------------------

/** The numbers of a record answer's summary line ("… in 12 recorded votes …: 8 for, 3 against, 1 abstained."). */
function summary(a: Answer) {
  const line = a.text.split("\n")[0] ?? "";
  const m =
    /(?:in|i) (\d+) (?:recorded votes?|registreret afstemning|registrerede afstemninger).*: (\d+) for, (\d+) (?:against|imod), (\d+) (?:abstained|undlod at stemme)\.$/u.exec(
      line,
    );
  if (!m) return { line, total: 0, for: 0, against: 0, abstain: 0 };
  return { line, total: Number(m[1]), for: Number(m[2]), against: Number(m[3]), abstain: Number(m[4]) };
}

const keyOf = (v: { body: string; date: string }) => `${bodyKey(v.body)} ${v.date}`;

describe("record answers over real Greve minutes agree with counts computed from the parsed votes", () => {
  it("the fixtures hold what the test needs: split votes in several bodies and years, absences", () => {
    const votes = distinctVotes();
    expect(meetings).toHaveLength(14);
    expect(new Set(votes.filter((v) => v.split).map((v) => bodyKey(v.vote.body))).size).toBeGreaterThanOrEqual(3);
    expect(new Set(votes.filter((v) => v.split).map((v) => v.vote.date.slice(0, 4))).size).toBeGreaterThanOrEqual(3);
    expect(meetings.some((m) => m.absent.length > 0)).toBe(true);
    expect(partiesVoting().length).toBeGreaterThanOrEqual(4);
  });

  it("How has <party> voted since 2022? — per party, for/against/abstained", async () => {
    for (const party of partiesVoting()) {
      const expected = tally(
        distinctVotes().filter((v) => v.vote.date >= "2022-01-01"),
        party,
      );
      const a = await ask(`How has ${party} voted since 2022?`);
      const got = summary(a);
      expect({ party, ...got, line: undefined }).toEqual({ party, ...expected, line: undefined });
      // The text and the facts show the same first page of the counted votes; "more" shows the rest.
      expect(a.text.split("\n").filter((l) => l.startsWith("- "))).toHaveLength(Math.min(10, expected.total));
      expect(a.votes).toHaveLength(Math.min(10, expected.total));
      expect(await listedVotes(a)).toHaveLength(expected.total);
    }
  });

  /** The votes since `from` whose item title, motion or vote text holds a word the pattern matches. */
  const votesSaying = (word: RegExp, from: string | null) =>
    distinctVotes().filter((v) => {
      const item = v.meeting.items.find((i) => i.number === v.vote.item);
      return (!from || v.vote.date >= from) && word.test(`${item?.title ?? ""} ${v.vote.motion} ${v.vote.text}`);
    });

  // The word itself and its inflections (budget, budgettet, budgetter); compounds (anlægsbudgetforslag) left out.
  // The minutes say "budget 2023-26" in some votes and "budgettet" (the definite form) in others.
  it("How has <party> voted on budgets since 2022? — votes whose item, motion or vote text says budget", async () => {
    const budgetVotes = votesSaying(/(?<!\p{L})budget(?:tet|ter|terne|s)?(?!\p{L})/iu, "2022-01-01");
    expect(budgetVotes.length).toBeGreaterThan(0);
    for (const party of partiesVoting()) {
      const expected = tally(budgetVotes, party);
      const a = await ask(`How has ${party} voted on budgets since 2022?`);
      const got = summary(a);
      expect({ party, ...got, line: undefined }).toEqual({ party, ...expected, line: undefined });
    }
  });

  // A topic word asked in another inflection than the minutes write it: the question's definite or plural form
  // against the base form, a definite plural or an indefinite plural in the votes. Each pattern is the word and
  // its inflections; compounds are left out (the fixtures' vote texts hold one: "skoleområdet").
  const INFLECTED: readonly { question: (party: string) => string; word: RegExp; from: string | null }[] = [
    {
      // The question's definite plural; the minutes write "budget" and "budgettet".
      question: (p) => `Hvordan har ${p} stemt om budgetterne siden 2022?`,
      word: /(?<!\p{L})budget(?:tet|ter|terne|s)?(?!\p{L})/iu,
      from: "2022-01-01",
    },
    {
      // The question's definite singular; the minutes write "idrætshallerne" and "Idrætshaller".
      question: (p) => `Hvordan har ${p} stemt om idrætshallen?`,
      word: /(?<!\p{L})idrætshal(?:len|ler|lerne|lens|s)?(?!\p{L})/iu,
      from: null,
    },
    {
      // The question's definite plural; the minutes write "Lokalplan" and "lokalplan".
      question: (p) => `Hvordan har ${p} stemt om lokalplanerne siden 2022?`,
      word: /(?<!\p{L})lokalplan(?:en|er|erne|ens|s)?(?!\p{L})/iu,
      from: "2022-01-01",
    },
    {
      // The question's definite plural; the minutes write "skoler", "skolen" and "Skole-" (a body's name in a title).
      question: (p) => `Hvordan har ${p} stemt om skolerne?`,
      word: /(?<!\p{L})skole(?:n|r|rne|ns|s)?(?!\p{L})/iu,
      from: null,
    },
  ];

  it("How has <party> voted on <topic>? — a topic word in another inflection than the minutes write it", async () => {
    for (const { question, word, from } of INFLECTED) {
      const votes = votesSaying(word, from);
      expect({ word: word.source, some: votes.length > 0 }).toEqual({ word: word.source, some: true });
      for (const party of partiesVoting()) {
        const expected = tally(votes, party);
        const q = question(party);
        const got = summary(await ask(q));
        if (expected.total === 0) {
          expect.soft({ q, total: got.total }).toEqual({ q, total: 0 });
          continue;
        }
        expect.soft({ q, ...got, line: undefined }).toEqual({ q, ...expected, line: undefined });
      }
    }
  });

  it("Hvornår har <parti> stemt imod i Økonomiudvalget? — the votes of that body where the party voted against", async () => {
    const inBody = distinctVotes().filter((v) => bodyKey(v.vote.body) === bodyKey("Økonomiudvalget"));
    expect(inBody.length).toBeGreaterThan(0);
    for (const party of partiesVoting()) {
      const expected = tally(inBody, party);
      const against = inBody.filter((v) => standOf(v.rows, party) === "against").map((v) => keyOf(v.vote));
      const a = await ask(`Hvornår har ${party} stemt imod i Økonomiudvalget?`);
      if (expected.total === 0) continue;
      const got = summary(a);
      expect({ party, ...got, line: undefined }).toEqual({ party, ...expected, line: undefined });
      expect({ party, listed: (await listedVotes(a)).map(keyOf).sort() }).toEqual({ party, listed: against.sort() });
    }
  });

  it("Which votes were split in <body> in <year>? — every body and year", async () => {
    const votes = distinctVotes();
    const bodies = [...new Set(votes.map((v) => v.vote.body))].filter((b) => b !== "Byråd");
    if (votes.some((v) => bodyKey(v.vote.body) === "byrådet")) bodies.push("Byrådet");
    for (const body of bodies) {
      for (const year of ["2022", "2023", "2024", "2025"]) {
        const expected = votes
          .filter((v) => v.split && bodyKey(v.vote.body) === bodyKey(body) && v.vote.date.startsWith(year))
          .map((v) => keyOf(v.vote))
          .sort();
        const a = await ask(`Which votes were split in ${body} in ${year}?`);
        expect({ body, year, listed: (await listedVotes(a)).map(keyOf).sort() }).toEqual({
          body,
          year,
          listed: expected,
        });
        const n = Number(/^(\d+) split/u.exec(a.text)?.[1] ?? 0);
        expect({ body, year, n }).toEqual({ body, year, n: expected.length });
      }
    }
  });

  it("Who voted against their own party? — members whose party stood elsewhere", async () => {
    const expected = distinctVotes()
      .filter((v) =>
        v.rows.some((r) => {
          if (!r.name || !r.party) return false;
          const stand = standOf(v.rows, r.party, r.name);
          return stand !== null && stand !== r.position;
        }),
      )
      .map((v) => keyOf(v.vote))
      .sort();
    const a = await ask("Who voted against their own party?");
    expect((await listedVotes(a)).map(keyOf).sort()).toEqual(expected);
  });

  it("How often was <member> absent? — meetings listing the member, those missed whole and those missed in part", async () => {
    const same = (a: string) => (b: string) => norm(a) === norm(b);
    /** The items of a meeting the member voted on at that meeting (votes quoted from other days do not count). */
    const votedAt = (m: Meeting, name: string) =>
      new Set(
        m.votes
          .filter(
            (v) =>
              v.date === m.date &&
              POSITIONS.some((p) => (v[p] as VoteEntry[]).some((e) => e.name && same(name)(e.name))),
          )
          .map((v) => v.item),
      );
    const partialOf = (m: Meeting, name: string) => (m.partialAbsence ?? []).filter((p) => same(name)(p.name));
    const names = [
      ...new Set(meetings.flatMap((m) => [...m.absent, ...(m.partialAbsence ?? []).map((p) => p.name)])),
    ].sort();
    expect(names.length).toBeGreaterThan(2);
    // The fixtures hold a member recorded absent who voted at the same meeting: absent from part of it only.
    expect(meetings.some((m) => m.absent.some((a) => votedAt(m, a).size > 0 && partialOf(m, a).length > 0))).toBe(true);
    for (const name of names) {
      const listing = meetings.filter((m) =>
        [...m.participants, ...m.absent, ...(m.partialAbsence ?? []).map((p) => p.name)].some(same(name)),
      );
      // Whole meeting: recorded absent, with no absence bounded to some items.
      const whole = meetings.filter((m) => m.absent.some(same(name)) && partialOf(m, name).length === 0);
      const partial = meetings
        .filter((m) => partialOf(m, name).length > 0)
        .map((m) => ({ m, items: [...new Set(partialOf(m, name).flatMap((p) => p.items))].sort((a, b) => a - b) }));
      // Never absent from an item the member voted on: not from a whole meeting they voted at, nor from such an item.
      for (const m of whole)
        expect({ name, date: m.date, voted: [...votedAt(m, name)] }).toEqual({ name, date: m.date, voted: [] });
      for (const { m, items } of partial) {
        expect({ name, date: m.date, voted: items.filter((n) => votedAt(m, name).has(n)) }).toEqual({
          name,
          date: m.date,
          voted: [],
        });
      }
      for (const language of ["en", "da"] as const) {
        const a = await ask(language === "en" ? `How often was ${name} absent?` : `Hvor ofte var ${name} fraværende?`);
        const head =
          language === "en"
            ? /list .+ at (\d+) meetings?\. (?:Absent from (?:(\d+) whole meetings?)?(?: and from )?(?:part of (\d+) meetings?)?|Not recorded)/u
            : /lister .+ ved (\d+) møder?\. (?:Fraværende fra (?:(\d+) (?:helt|hele) møder?)?(?: og fra )?(?:dele af (\d+) møder?)?|Ikke registreret)/u;
        const m = head.exec(a.text);
        const n = (s: string | undefined) => (s === undefined ? 0 : Number.parseInt(s, 10));
        expect({ name, language, listed: Number(m?.[1]), whole: n(m?.[2]), partial: n(m?.[3]) }).toEqual({
          name,
          language,
          listed: listing.length,
          whole: whole.length,
          partial: partial.length,
        });
        const cited = a.citations.map((c) => `${norm(c.committee)} ${c.meetingDate}`).sort();
        const missed = [...whole, ...partial.map((p) => p.m)].map((x) => `${norm(x.committee)} ${x.date}`).sort();
        expect({ name, cited }).toEqual({ name, cited: missed });
        // Each meeting missed in part is listed with its items ("items 4–6 and 9"), read back here as numbers.
        for (const { m: meeting, items } of partial) {
          const line = a.text
            .split("\n")
            .find((l) => l.startsWith(`- ${meeting.committee}, `) && /(items?|punkt) \d/u.test(l));
          const written = /(?:items?|punkt) ([\d–, andog]+?):/u.exec(line ?? "")?.[1] ?? "";
          const read = written
            .split(/,|\band\b|\bog\b/u)
            .map((x) => x.trim())
            .filter(Boolean)
            .flatMap((r) => {
              const [from, to] = r.split("–").map(Number);
              return to === undefined
                ? [from]
                : Array.from({ length: (to as number) - (from as number) + 1 }, (_, k) => (from as number) + k);
            });
          expect({ name, date: meeting.date, items: read }).toEqual({ name, date: meeting.date, items });
        }
      }
    }
  });
});
