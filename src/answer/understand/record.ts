// Reads record questions: a party's or member's votes across meetings, split votes, votes against one's own
// party, how often a member was absent. An ordered table of phrasing rules (first match wins), each with a real
// question; single-vote questions ("How did Ø vote on Integrationsrådet?") match none and keep the vote answer.
import type { Position } from "../../domain/index.ts";
import { foldPhrase } from "../../search/index.ts";
import { type DateMention, MONTHS } from "./dates.ts";
import type { Understanding } from "./understand.ts";

export type RecordKind =
  /** Where the subject stood in every recorded vote that matches. */
  | "positions"
  /** Votes where someone voted against or abstained. */
  | "split"
  /** Members who voted otherwise than their own party. */
  | "dissent"
  /** How often a member was absent. */
  | "absence";

export interface RecordRule {
  kind: RecordKind;
  /** A real question the rule is for. */
  example: string;
  /** Matched against the lower-cased question. */
  pattern: RegExp;
  /** True when the rule needs a party or member named. */
  needsSubject: boolean;
  /** True when the rule needs a period named ("in 2024", "since May"): over one day it asks about one meeting. */
  needsPeriod?: boolean;
}

const b = (alternatives: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, "u");

export const RECORD_RULES: readonly RecordRule[] = [
  {
    kind: "dissent",
    example: "Who voted against their own party?",
    pattern: b(
      "against (?:their|his|her|its) (?:own )?party|differently from (?:their|his|her) (?:own )?party|broke (?:ranks )?with (?:their|his|her) (?:own )?party|against the party line|imod (?:sit|sin|sine|deres) (?:eget |egne )?parti(?:er)?|imod (?:sit|deres) (?:eget )?partis?|imod partilinjen|imod partiets (?:linje|flertal)|brød med (?:sit|sin|deres) (?:eget )?parti|anderledes end (?:sit|deres) (?:eget )?parti",
    ),
    needsSubject: false,
  },
  {
    kind: "absence",
    example: "How often was Marlene Harpsøe absent?",
    pattern: b(
      "how (?:often|many times|many meetings) (?:\\S+ ){0,6}?(?:absent|missing|away|missed|miss)|absence record|attendance record|hvor (?:ofte|mange gange|mange møder) (?:\\S+ ){0,6}?(?:fraværende|fravær|afbud|meldt afbud|manglede|ikke (?:med|til stede|mødt))|fremmøde(?:t)? (?:i|på|over)" +
        // "When was Marlene Harpsøe absent?", "Hvornår har Marlene Harpsøe haft afbud?", "Which meetings did X miss?":
        // every absence of the member, not the latest meeting's attendance.
        "|when (?:was|were|has|have|did) (?:\\S+ ){1,6}?(?:been )?(?:absent|away|missing|miss)|which meetings (?:did|has|have) (?:\\S+ ){1,6}?(?:miss|missed|been absent)|hvornår (?:var|har|havde|meldte|blev) (?:\\S+ ){1,6}?(?:været )?(?:fraværende|fravær|afbud|væk|ikke (?:med|til stede|mødt))|hvilke møder (?:var|har|missede|manglede) (?:\\S+ ){1,6}?(?:fraværende|afbud|missede|manglede|været fraværende)",
    ),
    needsSubject: true,
  },
  {
    // Everyone's absences over a period: "Who was absent from Økonomiudvalget in 2024?" (on one day, one meeting's
    // attendance answers).
    kind: "absence",
    example: "Hvem var fraværende i Økonomiudvalget i 2024?",
    pattern: b(
      "who (?:was|were|has been|have been) (?:absent|away|missing)|who missed|who sent apologies|hvem (?:var|har været) (?:fraværende|fraværet|væk)|hvem (?:har )?meldte? afbud|hvem manglede",
    ),
    needsSubject: false,
    needsPeriod: true,
  },
  {
    kind: "split",
    example: "Which votes were split in Byrådet in 2024?",
    pattern: b(
      "split votes?|votes? (?:that )?(?:were|was) (?:split|divided|contested)|divided votes?|contested votes?|not unanimous|delte afstemninger|afstemninger(?:ne)? (?:der )?(?:var|blev) (?:delte|uenige|splittede)|splittede afstemninger|kampafstemning(?:er)?|ikke enstemmig(?:e|t)?|uenige afstemninger",
    ),
    needsSubject: false,
  },
  {
    kind: "positions",
    example: "How has Ø voted on budgets since 2022?",
    pattern: b(
      "(?:has|have) (?:\\S+ ){0,6}?voted|(?:har|havde) (?:\\S+ ){0,6}?stemt|voting record|vote record|stemmeafgivning(?:en)?|(?:how|hvor) (?:often|many times|ofte|mange gange) (?:\\S+ ){0,6}?(?:vote|voted|stemte|stemt|stemmer)|all (?:the |their |his |her )?votes|every vote|alle (?:de |deres |hans |hendes )?afstemninger",
    ),
    needsSubject: true,
  },
];

/** The position a record question narrows to ("hvornår har V stemt imod"), or null for all. */
const POSITION_WORDS: readonly { position: Position; pattern: RegExp }[] = [
  {
    position: "against",
    pattern: b("(?:voted|vote|votes|stemt|stemte|stemme|stemmer) (?:\\S+ ){0,2}?(?:against|imod)|against|imod"),
  },
  { position: "abstain", pattern: b("abstain|abstained|abstentions?|undlod|undladt|undlader|hverken for eller imod") },
  {
    position: "for",
    pattern: b("(?:voted|vote|votes|stemt|stemte|stemme|stemmer) (?:\\S+ ){0,2}?for(?! or)|in favou?r"),
  },
];

/** A month's name that a date's span may begin with ("since April 2024"). */
const MONTH = `(?:${Object.values(MONTHS).flat().join("|")})\\.?\\s+`;
/** Words that open a period running up to today: "since 2022", "siden 2022", "since April 2024". */
const SINCE = new RegExp(`(?:since|siden|efter|after|from|fra)\\s+(?:${MONTH})?$`, "iu");
const UNTIL = new RegExp(`(?:before|until|før|inden|indtil|til)\\s+(?:${MONTH})?$`, "iu");

export interface RecordQuestion {
  kind: RecordKind;
  /** The position asked about, when narrowed. */
  position: Position | null;
  /** ISO bounds of the period asked about (inclusive), null when open. */
  from: string | null;
  to: string | null;
  /** The rule that matched, for tests and notes. */
  rule: RecordRule;
}

/** Reads a question already understood as a record question, or null when it is not one. */
export function understandRecord(u: Understanding, today: string): RecordQuestion | null {
  const lower = foldPhrase(u.question);
  const subject = Boolean(u.party || u.member);
  const period = u.dates.some((d) => d.kind === "period");
  const rule = RECORD_RULES.find(
    (r) => r.pattern.test(lower) && (!r.needsSubject || subject) && (!r.needsPeriod || period),
  );
  if (!rule) return null;
  // "Who voted against their own party?" says "against" about the party, not a position asked for.
  const position =
    rule.kind === "positions" ? (POSITION_WORDS.find((w) => w.pattern.test(lower))?.position ?? null) : null;
  const { from, to } = periodOf(u.question, u.dates, today);
  return { kind: rule.kind, position, from, to, rule };
}

/** The period of the question: a named period or day, stretched to today after "since". */
function periodOf(
  question: string,
  dates: readonly DateMention[],
  today: string,
): { from: string | null; to: string | null } {
  const range: { from: string | null; to: string | null } = { from: null, to: null };
  for (const d of dates) {
    if (d.kind === "latest") continue;
    const start = d.kind === "period" ? d.from : isoDay(d);
    const end = d.kind === "period" ? d.to : isoDay(d);
    if (start === null || end === null) continue;
    // The words just before the date, and any preposition the date's own span begins with ("since 2022").
    const lead = `${question.slice(Math.max(0, d.start - 12), d.start)}${question.slice(d.start, d.end).replace(/\d[\s\S]*$/u, "")}`;
    if (SINCE.test(lead)) {
      range.from = start;
      range.to = today;
    } else if (UNTIL.test(lead)) {
      range.to = end;
    } else {
      range.from = range.from === null || start < range.from ? start : range.from;
      range.to = range.to === null || end > range.to ? end : range.to;
    }
  }
  return range;
}

function isoDay(d: DateMention): string | null {
  if (d.kind !== "day" || d.year === null) return null;
  return `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}
