// Renders an Answer's facts as the text a person reads in the console, in the answer's language, every claim cited.
// A pure function of the facts; the chat renderers read the same facts (and these lines by role), never this text.
import type { Answer, AnswerVote, Citation, Fact, FactKind, Language } from "../domain/index.ts";
import { POSITIONS, partyName } from "../domain/index.ts";
import { REASON_TAIL } from "../parse/lexicon.ts";
import { oneLine } from "./excerpt.ts";
import { formatDate, formatList, formatPeriod, MESSAGES, type Messages } from "./messages.ts";
import { sameName } from "./positions.ts";

export { formatDate } from "./messages.ts";

/** An answer before its text is rendered. */
export type AnswerFacts = Answer extends infer A ? (A extends unknown ? Omit<A, "text"> : never) : never;

/** One line of the rendered answer and what it is, so chat renderers can pick lines by role, not by pattern. */
export interface Line {
  text: string;
  /** lead: the plain sentence(s) that answer; fact: one fact's line; note: what the facts leave out; source: a citation. */
  role: "lead" | "heading" | "fact" | "note" | "suggestion" | "source";
  /** The fact kind the line renders, when it renders one. */
  fact?: FactKind;
}

type Of<K extends FactKind> = Extract<Fact, { kind: K }>;
const factsOf = <K extends FactKind>(a: AnswerFacts, kind: K): Of<K>[] =>
  a.facts.filter((f): f is Of<K> => f.kind === kind);

export const itemWord = (language: Language) => MESSAGES[language].item;

const ref = (i: number) => `[${i + 1}]`;
const quote = (s: string) => `"${s}"`;

/** "Social- og Beskæftigelsesudvalget, 9 December 2020, item 12 "Title"". */
export function citationLabel(c: Citation, language: Language, withTitle = true): string {
  const parts = [c.committee, formatDate(c.meetingDate, language)];
  if (c.item !== null) parts.push(`${itemWord(language)} ${c.item}${withTitle && c.title ? ` ${quote(c.title)}` : ""}`);
  return parts.join(", ");
}

/** "item 12 "Title" (Social- og Beskæftigelsesudvalget, 9 December 2020)", or the meeting when no item is cited. */
export function itemLabel(c: Citation, language: Language): string {
  const where = `${c.committee}, ${formatDate(c.meetingDate, language)}`;
  if (c.item === null) return MESSAGES[language].theMeeting(where);
  return `${itemWord(language)} ${c.item}${c.title ? ` ${quote(c.title)}` : ""} (${where})`;
}

function whenText(when: string | null, M: Messages): string {
  if (!when) return M.noDate;
  const part = /^(primo|medio|ultimo)\b/i.exec(when)?.[1]?.toLowerCase() as keyof Messages["period"] | undefined;
  return part ? `${when} (${M.period[part]})` : when;
}

/** "Socialdemokratiet (A)", "the Red-Green Alliance (Enhedslisten, Ø)". */
export function partyWithLetter(letter: string, language: Language): string {
  const name = partyName(letter, language);
  return name.endsWith(")") ? `${name.slice(0, -1)}, ${letter})` : `${name} (${letter})`;
}

function subjectText(a: AnswerFacts): string {
  const s = a.subject;
  if (!s) return MESSAGES[a.language].theParties;
  if (s.kind === "member") return s.party ? `${s.name} (${s.party})` : s.name;
  return s.party ? partyWithLetter(s.party, a.language) : s.name;
}

/** "2016", "februar 2021", or "1. januar 2021 – 30. juni 2021". */
export const periodText = formatPeriod;

/** A day as the core writes it; "--MM-DD" (asked without a year) as day/month. */
function dayText(d: string, L: Language): string {
  return d.startsWith("--") ? `${Number(d.slice(5))}/${Number(d.slice(2, 4))}` : formatDate(d, L);
}

/** What the question was read as asking for, as the not-found answers say it. */
function whatWasSearched(a: AnswerFacts): string {
  const L = a.language;
  const M = MESSAGES[L];
  const s = a.searched;
  if (!s) return M.yourQuestion;
  const parts: string[] = [];
  if (s.closedItems) parts.push(M.closedItems);
  if (s.topic) parts.push(quote(s.topic));
  if (s.bodies.length) parts.push(s.bodies.join(", "));
  if (s.unknownBody) parts.push(s.unknownBody);
  if (s.municipality) parts.push(s.municipality);
  for (const d of s.dates) {
    if (d === "latest") parts.push(M.latestMeeting);
    else if (typeof d === "string") parts.push(dayText(d, L));
    else parts.push(formatPeriod(d.from, d.to, L));
  }
  if (s.item !== null) parts.push(`${M.item} ${s.item}`);
  return parts.join(", ") || M.yourQuestion;
}

/** A party's split vote as one position: "stemte delt (For: Claus Jensen; Imod: Torben Hoffmann)"; null if not split. */
export function splitText(v: AnswerVote | Omit<AnswerVote, "citation">, L: Language): string | null {
  if (!v.split) return null;
  const M = MESSAGES[L];
  const sides = POSITIONS.flatMap((k) =>
    v.split?.[k]?.length ? [`${M.sideLabels[k]}: ${formatList(v.split[k] ?? [], L)}`] : [],
  );
  return M.splitPosition(sides.join("; "));
}

function voteLine(f: Of<"vote">, a: AnswerFacts): string {
  const L = a.language;
  const M = MESSAGES[L];
  const v = f.vote;
  let position = v.position ? M.position[v.position] : M.positionNone;
  if (v.position && v.positionBasis === "party") position += M.asParty;
  const split = splitText(v, L);
  if (split) position = split;
  else if (v.position && v.positionBasis === "party-members" && v.members.length > 0)
    position += M.partyMembers(formatList(v.members, L));
  const counts = v.counts ? `, ${M.counts(v.counts)}` : "";
  const who = a.subject ? `${subjectText(a)} ${position}` : "";
  const motion = L === "da" ? quote(v.motion) : `motion: ${quote(v.motion)}`;
  const head = `${v.body}, ${formatDate(v.date, L)}`;
  let sides = "";
  if (!a.subject && f.sides) {
    const parts = POSITIONS.map((k) =>
      f.sides?.[k].length ? `${M.sideLabels[k]}: ${formatList(f.sides[k], L)}` : "",
    ).filter(Boolean);
    sides = parts.length ? ` ${parts.join("; ")}.` : "";
  }
  // A vote whose sentence gives its reason ("… stemte imod, da …", "… med bemærkning om, at …") is quoted: the reason
  // is often what was asked ("Hvorfor stemte Ø imod?") and is read nowhere else.
  const said = f.quote?.replace(/\s+/g, " ").trim() ?? "";
  const reason =
    said && REASON_TAIL.test(said) && !v.motion.includes(said) ? ` ${M.voteReason}: ${quote(oneLine(said, 300))}` : "";
  return `- ${head}: ${who ? `${who} – ` : ""}${motion} – ${M.outcome[v.outcome]}${counts}.${sides}${reason} ${ref(f.citation)}`;
}

/** The plain first sentence of a decision block, when its outcomes are known. */
function decisionLead(f: Of<"decision">, L: Language): string | null {
  if (f.outcomes.length === 0) return null;
  const M = MESSAGES[L];
  return M.decisionLead(f.body, formatList(f.outcomes.map(M.outcomePart), L));
}

function renderVotes(a: AnswerFacts): Line[] {
  const L = a.language;
  const M = MESSAGES[L];
  const lines: Line[] = [];
  const votes = factsOf(a, "vote");
  const byCitation = new Map<number, Of<"vote">[]>();
  for (const v of votes) byCitation.set(v.citation, [...(byCitation.get(v.citation) ?? []), v]);
  const subject = subjectText(a);
  // Named in none of the votes: said once, first, and the votes are listed without it.
  const notIn = a.facts.find((f) => f.kind === "subject-not-in-votes");
  if (notIn) lines.push({ text: M.notInVotes(subject), role: "lead", fact: notIn.kind });
  const lineOf = (v: Of<"vote">) => voteLine(v, notIn ? { ...a, subject: null } : a);
  for (const [ci, list] of byCitation) {
    const c = a.citations[ci];
    if (!c) continue;
    lines.push({ text: M.votesUnder(`${itemLabel(c, L)} ${ref(ci)}`), role: "heading", fact: "vote" });
    for (const v of list) lines.push({ text: lineOf(v), role: "fact", fact: "vote" });
  }
  for (const f of a.facts) {
    if (f.kind === "votes-without-subject")
      lines.push({ text: M.otherVotes(f.count, subject), role: "note", fact: f.kind });
  }
  // The item's decisions without a split vote belong to the answer too: a member's positions are not one-sided.
  const decisionLine = (d: Of<"decision">, cite: boolean): Line => {
    const lead = decisionLead(d, L);
    return {
      text: `- ${d.body}, ${formatDate(d.date, L)}: ${lead ? `${lead} ` : ""}${quote(d.quote)}${cite ? ` ${ref(d.citation)}` : ""}`,
      role: "fact",
      fact: "decision",
    };
  };
  const decisions = factsOf(a, "decision");
  for (const d of decisions.filter((x) => byCitation.has(x.citation))) lines.push(decisionLine(d, true));
  // An answering item whose votes are reported under the voting body's own meeting (its later treatment of the case,
  // "Økonomiudvalget anbefaler …"): its decisions under its own heading, so that every source cited is shown.
  lines.push(
    ...underItemHeadings(
      a,
      decisions.filter((x) => !byCitation.has(x.citation)),
      (d) => decisionLine(d, false),
    ),
  );
  lines.push(...renderUnreadVotes(a));
  return lines;
}

/** Decisions grouped under a heading per cited item ("Det blev besluttet under punkt 7 … [1]:"), in their order. */
function underItemHeadings(
  a: AnswerFacts,
  decisions: readonly Of<"decision">[],
  line: (d: Of<"decision">) => Line,
): Line[] {
  const L = a.language;
  const lines: Line[] = [];
  let last = -1;
  for (const d of decisions) {
    const c = a.citations[d.citation];
    if (!c) continue;
    if (d.citation !== last) {
      lines.push({
        text: MESSAGES[L].decisionsUnder(`${itemLabel(c, L)} ${ref(d.citation)}`),
        role: "heading",
        fact: "decision",
      });
      last = d.citation;
    }
    lines.push(line(d));
  }
  return lines;
}

function renderUnreadVotes(a: AnswerFacts): Line[] {
  const L = a.language;
  return factsOf(a, "unread-vote").map((f) => ({
    text: `${MESSAGES[L].unreadVote(f.body, formatDate(f.date, L))} ${quote(f.quote)} ${ref(f.citation)}`,
    role: "fact" as const,
    fact: "unread-vote" as const,
  }));
}

function renderDecisions(a: AnswerFacts): Line[] {
  const L = a.language;
  const M = MESSAGES[L];
  const lines: Line[] = [];
  // Who put the item's proposal forward, as the item names them, before what was decided on it.
  for (const p of factsOf(a, "item-proposers")) {
    const c = a.citations[p.citation];
    if (!c) continue;
    lines.push({
      text: `${M.proposedBy(itemLabel(c, L), formatList(p.by, L))}: ${quote(p.quote)} ${ref(p.citation)}`,
      role: "lead",
      fact: "item-proposers",
    });
  }
  const decisions = factsOf(a, "decision");
  // The plain sentences first: what was settled, by whom, with the count. Over a whole meeting's items (more than
  // two), each item's sentence stands with its own decision instead.
  const overview = new Set(decisions.map((d) => d.citation)).size > 2;
  const leads = overview ? [] : decisions.map((d) => decisionLead(d, L)).filter((x): x is string => x !== null);
  if (leads.length > 0) lines.push({ text: [...new Set(leads)].slice(0, 3).join(" "), role: "lead", fact: "decision" });
  lines.push(
    ...underItemHeadings(a, decisions, (x) => {
      const lead = overview ? decisionLead(x, L) : null;
      return {
        text: `- ${x.body}, ${formatDate(x.date, L)}: ${lead ? `${lead} ` : ""}${quote(x.quote)}`,
        role: "fact",
        fact: "decision",
      };
    }),
  );
  lines.push(...renderUnreadVotes(a));
  return lines;
}

function renderUpcoming(a: AnswerFacts): Line[] {
  const L = a.language;
  const M = MESSAGES[L];
  const lines: Line[] = [];
  const single = Boolean(a.searched?.topic);
  const listOf = (citation: number) => {
    const c = a.citations[citation];
    return c ? `${formatDate(c.meetingDate, L)}, ${M.item} ${c.item} ${ref(citation)}` : "";
  };
  const rows = factsOf(a, "upcoming");
  const agendas = factsOf(a, "agenda-items");
  if (single) {
    for (const x of rows)
      lines.push({
        text: M.upcomingSingle(quote(x.row.title), whenText(x.row.when, M), x.row.committee, listOf(x.citation)),
        role: "fact",
        fact: "upcoming",
      });
    for (const ag of agendas)
      for (const item of ag.items)
        lines.push({
          text: M.agendaSingle(quote(item.title), ag.committee, formatDate(ag.date, L), item.number, ref(ag.citation)),
          role: "fact",
          fact: "agenda-items",
        });
  } else {
    for (const list of factsOf(a, "upcoming-list")) {
      const heading = list.plannedFor
        ? M.plannedHeading(formatDate(list.plannedFor, L), list.committee, listOf(list.citation))
        : M.upcomingHeading(list.committee, listOf(list.citation));
      lines.push({ text: heading, role: "heading", fact: "upcoming" });
      const undated: string[] = [];
      for (const x of rows.filter((r) => r.citation === list.citation)) {
        if (x.row.bucket === "undated") undated.push(x.row.title);
        else if (x.row.bucket === "ongoing")
          lines.push({ text: `- ${M.ongoing} (${x.row.when}): ${x.row.title}`, role: "fact", fact: "upcoming" });
        else lines.push({ text: `- ${whenText(x.row.when, M)}: ${x.row.title}`, role: "fact", fact: "upcoming" });
      }
      if (undated.length) lines.push({ text: `${M.undated}: ${undated.join("; ")}.`, role: "fact", fact: "upcoming" });
    }
    for (const ag of agendas) {
      lines.push({
        text: M.agendaHeading(ag.committee, formatDate(ag.date, L), ref(ag.citation)),
        role: "heading",
        fact: "agenda-items",
      });
      for (const item of ag.items)
        lines.push({ text: `- ${M.item} ${item.number}: ${item.title}`, role: "fact", fact: "agenda-items" });
    }
  }
  for (const f of a.facts) {
    if (f.kind === "upcoming-past") lines.push({ text: M.upcomingPast(f.count), role: "note", fact: f.kind });
    if (f.kind === "upcoming-stale")
      lines.push({ text: M.upcomingStale(f.committee, formatDate(f.date, L), f.count), role: "note", fact: f.kind });
    if (f.kind === "latest-treatment") {
      const c = a.citations[f.citation];
      const item = c ? `${M.item} ${c.item}${c.title ? ` ${quote(c.title)}` : ""} ${ref(f.citation)}` : "";
      lines.push({
        text: M.latestTreatment(f.topic, f.body, formatDate(f.date, L), item, quote(f.quote)),
        role: "fact",
        fact: f.kind,
      });
    }
    if (f.kind === "upcoming-passed")
      lines.push({
        text: M.upcomingPassed(quote(f.title), whenText(f.when, M), listOf(f.citation)),
        role: "note",
        fact: f.kind,
      });
    if (f.kind === "no-next-agenda")
      lines.push({
        text: M.noNextAgenda(f.committee, formatDate(f.date, L), ref(f.citation)),
        role: "note",
        fact: f.kind,
      });
  }
  return lines;
}

function renderSource(a: AnswerFacts): Line[] {
  const L = a.language;
  const M = MESSAGES[L];
  const lines: Line[] = [];
  for (const f of factsOf(a, "source")) {
    const c = a.citations[f.citation];
    if (!c) continue;
    const link = c.url ?? M.noLink;
    const date = formatDate(c.meetingDate, L);
    lines.push({
      text:
        c.item === null
          ? M.sourceMeeting(c.committee, date, link)
          : M.sourceItem(c.item, c.title ? quote(c.title) : "", c.committee, date, c.page, link),
      role: "fact",
      fact: "source",
    });
  }
  return lines;
}

function renderAttendance(a: AnswerFacts): Line[] {
  const L = a.language;
  const M = MESSAGES[L];
  const f = factsOf(a, "attendance")[0];
  const c = f ? a.citations[f.citation] : undefined;
  if (!f || !c) return [];
  const at = f.attendance;
  const lines: Line[] = [
    { text: M.attendanceHeading(c.committee, formatDate(c.meetingDate, L), ref(f.citation)), role: "heading" },
  ];
  const items = (n: readonly number[]) => formatList(n.map(String), L);
  for (const n of factsOf(a, "member-attendance")) {
    const at = n.item ?? null;
    const text =
      at !== null && n.status === "absent"
        ? M.memberAbsentAtItem(n.name, at)
        : at !== null && n.status === "present"
          ? M.memberPresentAtItem(n.name, at)
          : n.status === "partly-absent" && n.items?.length
            ? M.memberPartlyAbsent(n.name, items(n.items), n.items.length > 1)
            : M.memberStatus[n.status](n.name);
    lines.push({ text, role: "lead", fact: "member-attendance" });
    // The sentence that records an absence for some items, quoted with its source.
    if (n.quote && (n.status === "partly-absent" || (at !== null && n.items?.includes(at))))
      lines.push({ text: `${quote(n.quote)} ${ref(f.citation)}`, role: "fact", fact: "member-attendance" });
  }
  // The header's list of members can include those marked absent ("Lene Lindberg (Fravær)") or those a substitute
  // sat in for: they did not attend.
  const attended = at.participants.filter(
    (p) => !at.absent.some((x) => sameName(x, p)) && !at.substitutes.some((s) => s.for !== null && sameName(s.for, p)),
  );
  const push = (text: string) => lines.push({ text, role: "fact", fact: "attendance" });
  // The roles the header names, each quoting its words: "Sekretær: Mie Helene Andresen («Sekretær Mie …») [1]".
  for (const r of at.roles ?? [])
    push(`${M.role[r.role]}: ${r.name}${r.party ? ` (${r.party})` : ""} – ${quote(r.quote)} ${ref(f.citation)}`);
  const away = factsOf(a, "treatment-absence");
  if (attended.length) push(M.attended(formatList(attended, L)));
  else if (at.participants.length === 0) push(M.noParticipants);
  const item = at.item ?? null;
  if (item !== null) push(at.absent.length ? M.absentAtItem(item, formatList(at.absent, L)) : M.noAbsentAtItem(item));
  else if (at.absent.length) push(M.absent(formatList(at.absent, L)));
  else if (away.length === 0) push(at.partial?.length ? M.noAbsentWhole : M.noAbsent);
  // A member's own quoted absence stands in the lead already.
  const quoted = factsOf(a, "member-attendance").filter((n) => n.quote);
  for (const p of (at.partial ?? []).filter((p) => !quoted.some((n) => sameName(n.name, p.name)))) {
    const who = `${p.name}${p.party ? ` (${p.party})` : ""}`;
    push(
      `${
        p.items.length > 0
          ? M.partialAbsent(who, items(p.items), p.items.length > 1, quote(p.quote))
          : M.partialAbsentTime(who, p.from ?? null, p.until ?? null, quote(p.quote))
      } ${ref(f.citation)}`,
    );
  }
  for (const s of at.substitutes) push(M.substitute(`${s.name}${s.party ? ` (${s.party})` : ""}`, s.for));
  const awayItem = away[0] ? a.citations[away[0].citation]?.item : null;
  if (awayItem) push(M.awayFromTreatment(awayItem));
  for (const x of away) push(`- ${x.body}, ${formatDate(x.date, L)}: ${quote(x.quote)} ${ref(x.citation)}`);
  return lines;
}

function renderPassages(a: AnswerFacts): Line[] {
  const L = a.language;
  const M = MESSAGES[L];
  // A search scoped to a member or party names them: "… about 'flygtninge' (Dansk Folkeparti (O))".
  const scoped = a.subject ? subjectText(a) : null;
  const about = a.searched?.topic
    ? `${quote(a.searched.topic)}${scoped ? ` (${scoped})` : ""}`
    : (scoped ?? whatWasSearched(a));
  const lines: Line[] = [];
  // Asked who was elected or appointed: the people the decisions name, before the passages that say so.
  for (const f of factsOf(a, "appointments"))
    lines.push({
      text: `${M.appointed(formatList(f.people, L), f.role, f.to)} ${ref(f.citation)}`,
      role: "lead",
      fact: "appointments",
    });
  lines.push({ text: M.passagesAbout(about), role: "heading", fact: "passage" });
  for (const f of factsOf(a, "passage")) {
    const c = a.citations[f.citation];
    if (!c) continue;
    lines.push({
      text: `- ${citationLabel(c, L)}${f.quote ? `: ${quote(f.quote)}` : ""} ${ref(f.citation)}`,
      role: "fact",
      fact: "passage",
    });
  }
  return lines;
}

function renderNotFound(a: AnswerFacts): Line[] {
  const L = a.language;
  const M = MESSAGES[L];
  const what = whatWasSearched(a);
  const lines: Line[] = [];
  const lead = (text: string) => lines.push({ text, role: "lead" });
  const noPlan = factsOf(a, "no-plan-on-day")[0];
  if (a.searched?.unknownBody && a.coverage) {
    lead(M.unknownBody(a.searched.unknownBody, formatList(a.coverage.bodies, L)));
  } else if (noPlan) {
    const where = [...(a.searched?.bodies ?? []), a.searched?.municipality ?? ""].filter(Boolean).join(", ");
    lead(M.noPlanOnDay(dayText(noPlan.day, L), where));
    const near = (d: string | null) => (d ? formatDate(d, L) : null);
    lines.push({ text: M.nearestPlans(near(noPlan.before), near(noPlan.after)), role: "note", fact: noPlan.kind });
  } else if (a.facts.some((f) => f.kind === "no-meeting")) lead(M.noMeeting(what));
  else if (a.intent === "vote") lead(M.noVoteFound(what, subjectText(a)));
  else if (a.intent === "upcoming" && !a.searched?.topic && (a.searched?.bodies.length ?? 0) > 0)
    // "Hvad er på vej i Kultur- og Fritidsudvalget?": no topic was searched for, the body's lists and agendas were.
    lead(M.noUpcomingIn(formatList(a.searched?.bodies ?? [], L)));
  else if (a.intent === "upcoming") lead(M.noUpcoming(what));
  else lead(M.nothingFound(what));
  for (const f of factsOf(a, "no-next-agenda"))
    lines.push({
      text: M.noNextAgenda(f.committee, formatDate(f.date, L), ref(f.citation)),
      role: "note",
      fact: f.kind,
    });
  for (const f of factsOf(a, "upcoming-stale"))
    lines.push({ text: M.upcomingStale(f.committee, formatDate(f.date, L), f.count), role: "note", fact: f.kind });
  for (const f of factsOf(a, "no-item"))
    lines.push({
      text: M.noItem(f.committee, formatDate(f.date, L), f.item, f.url ?? ""),
      role: "note",
      fact: "no-item",
    });
  if (a.suggestions.length) {
    lines.push({ text: M.closestItems, role: "suggestion" });
    for (const s of a.suggestions)
      lines.push({
        text: `- ${s.committee}, ${formatDate(s.meetingDate, L)}, ${M.item} ${s.item} ${quote(s.title)}${s.url ? ` – ${s.url}` : ""}`,
        role: "suggestion",
      });
  }
  if (a.coverage && !a.searched?.unknownBody) lines.push({ text: M.coverage(a.coverage), role: "note" });
  return lines;
}

function renderNoRecordedVote(a: AnswerFacts, f: Of<"no-recorded-vote">): Line[] {
  const L = a.language;
  const M = MESSAGES[L];
  const items = f.citations
    .map((i) => a.citations[i])
    .filter((c): c is Citation => Boolean(c))
    .map((c) => citationLabel(c, L, false));
  const topic = quote(a.searched?.topic ?? "");
  return [
    { text: M.noRecordedVote(topic, subjectText(a), formatList(items, L)), role: "lead", fact: "no-recorded-vote" },
    ...renderDecisions(a).map((l) => (l.role === "lead" ? { ...l, role: "fact" as const } : l)),
  ];
}

/** Help for a question the engine could not place: examples, and what the index covers when known. */
export function helpText(language: Language, coverage: Answer["coverage"] = null): string {
  const M = MESSAGES[language];
  return [M.helpIntro, ...M.helpExamples.map((e) => `- ${e}`), ...(coverage ? ["", M.coverage(coverage)] : [])].join(
    "\n",
  );
}

/** The sources block: one line per citation with its link. */
function renderSources(a: AnswerFacts): Line[] {
  if (a.citations.length === 0) return [];
  const L = a.language;
  return [
    { text: `${MESSAGES[L].sources}:`, role: "source" },
    ...a.citations.map((c, i) => ({
      text: `${ref(i)} ${citationLabel(c, L)}${c.url ? ` – ${c.url}` : ""}`,
      role: "source" as const,
    })),
  ];
}

/** Notes every answer may carry: a corrected typo, what the minutes do not say, more to see. */
function renderCommonNotes(a: AnswerFacts): { before: Line[]; after: Line[] } {
  const M = MESSAGES[a.language];
  const before: Line[] = [];
  const after: Line[] = [];
  for (const f of a.facts) {
    if (f.kind === "did-you-mean") before.push({ text: M.didYouMean(f.asked, f.read), role: "note", fact: f.kind });
    if (f.kind === "not-in-bodies")
      before.push({ text: M.notInBodies(formatList(f.bodies, a.language)), role: "note", fact: f.kind });
    if (f.kind === "not-stated") before.push({ text: M.notStated[f.what], role: "lead", fact: f.kind });
    if (f.kind === "more") after.push({ text: `${M.more(f.count, f.of)}. ${M.moreHint}`, role: "note", fact: f.kind });
  }
  return { before, after };
}

/** The answer's lines, each with its role: the console prints them all; chat renderers pick by role and fact. */
export function renderLines(a: AnswerFacts): Line[] {
  let body: Line[];
  const noVote = factsOf(a, "no-recorded-vote")[0];
  const nothingMore = factsOf(a, "nothing-more")[0];
  if (nothingMore)
    return [{ text: MESSAGES[a.language].nothingMore(nothingMore.after), role: "lead", fact: nothingMore.kind }];
  if (a.status === "clarify") body = [{ text: helpText(a.language, a.coverage), role: "lead" }];
  else if (noVote) body = renderNoRecordedVote(a, noVote);
  else if (a.status === "not_found") body = renderNotFound(a);
  else {
    const byIntent: Record<Answer["intent"], (x: AnswerFacts) => Line[]> = {
      vote: renderVotes,
      decision: renderDecisions,
      upcoming: renderUpcoming,
      source: renderSource,
      attendance: renderAttendance,
      search: renderPassages,
    };
    body = byIntent[a.intent](a);
  }
  const notes = renderCommonNotes(a);
  // A "not stated" line answers the exact question: it follows what was found.
  const first = (l: Line) => l.fact === "did-you-mean" || l.fact === "not-in-bodies";
  const leadFirst = notes.before.filter(first);
  const afterFound = notes.before.filter((l) => !first(l));
  const sources = a.intent === "source" ? [] : renderSources(a);
  return [
    ...leadFirst,
    ...body,
    ...afterFound,
    ...notes.after,
    ...(sources.length ? [{ text: "", role: "source" as const }, ...sources] : []),
  ];
}

/** The console text of an answer: every line, in order. */
export function renderText(a: AnswerFacts): string {
  return renderLines(a)
    .map((l) => l.text)
    .join("\n")
    .trim();
}

/** A vote as the chat renderers show it in a compact line (kept here so the words come from one catalog). */
export function votePositionWord(a: Pick<Answer, "language" | "subject">, v: AnswerVote): string | null {
  const M = MESSAGES[a.language];
  if (v.position) return M.positionShort[v.position];
  return a.subject ? M.positionShort.unknown : null;
}
