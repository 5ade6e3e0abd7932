// Renders an Answer's structured parts as the text a person reads, in the question's language, every claim cited.
import type { AnswerVote, Citation, Language, Position } from "../domain/index.ts";
import { partyName } from "../domain/index.ts";
import type { Draft, Note } from "./compose/draft.ts";
import { sameName } from "./positions.ts";
import { MONTHS } from "./understand/dates.ts";
import type { Understanding } from "./understand/understand.ts";

const DA_MONTHS = Object.values(MONTHS).map((names) => names[0] ?? "");
const EN_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "9. december 2020" / "9 December 2020". */
export function formatDate(iso: string, language: Language): string {
  const [y, m, d] = iso.split("-").map(Number);
  if (!y || !m || !d) return iso;
  return language === "da" ? `${d}. ${DA_MONTHS[m - 1]} ${y}` : `${d} ${EN_MONTHS[m - 1]} ${y}`;
}

export const itemWord = (language: Language) => (language === "da" ? "punkt" : "item");

const POSITION_TEXT: Record<Language, Record<Position | "none", string>> = {
  da: { for: "stemte for", against: "stemte imod", abstain: "undlod at stemme", none: "er ikke nævnt i afstemningen" },
  en: { for: "voted for", against: "voted against", abstain: "abstained", none: "is not named in this vote" },
};
const OUTCOME_TEXT: Record<Language, Record<AnswerVote["outcome"], string>> = {
  da: { adopted: "vedtaget", rejected: "forkastet" },
  en: { adopted: "adopted", rejected: "rejected" },
};
const PERIOD_TEXT: Record<Language, Record<string, string>> = {
  da: { primo: "først på året", medio: "midt på året", ultimo: "sidst på året" },
  en: { primo: "early in the year", medio: "mid-year", ultimo: "late in the year" },
};

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
  if (c.item === null) return language === "da" ? `mødet (${where})` : `the meeting (${where})`;
  return `${itemWord(language)} ${c.item}${c.title ? ` ${quote(c.title)}` : ""} (${where})`;
}

function list(names: readonly string[], language: Language): string {
  if (names.length <= 1) return names.join("");
  const and = language === "da" ? "og" : "and";
  return `${names.slice(0, -1).join(", ")} ${and} ${names[names.length - 1]}`;
}

function whenText(when: string | null, language: Language): string {
  if (!when) return language === "da" ? "uden dato" : "no date set";
  const part = /^(primo|medio|ultimo)\b/i.exec(when)?.[1]?.toLowerCase();
  return part ? `${when} (${PERIOD_TEXT[language][part]})` : when;
}

function subjectText(d: Draft, u: Understanding): string {
  if (!d.subject) return u.language === "da" ? "partierne" : "the parties";
  if (d.subject.kind === "member") return d.subject.party ? `${d.subject.name} (${d.subject.party})` : d.subject.name;
  return d.subject.party ? partyWithLetter(d.subject.party, u.language) : d.subject.name;
}

/** "Socialdemokratiet (A)", "the Red-Green Alliance (Enhedslisten, Ø)". */
export function partyWithLetter(letter: string, language: Language): string {
  const name = partyName(letter, language);
  return name.endsWith(")") ? `${name.slice(0, -1)}, ${letter})` : `${name} (${letter})`;
}

/** "2016", "februar 2021", or "1. januar 2021 – 30. juni 2021". */
export function periodText(from: string, to: string, language: Language): string {
  const [fy, fm, fd] = from.split("-").map(Number);
  const [ty, tm] = to.split("-").map(Number);
  if (fy === ty && fm === 1 && fd === 1 && to.endsWith("-12-31")) return String(fy);
  if (fy === ty && fm === tm && fd === 1 && fm) {
    const month = language === "da" ? DA_MONTHS[fm - 1] : EN_MONTHS[fm - 1];
    return `${month} ${fy}`;
  }
  return `${formatDate(from, language)} – ${formatDate(to, language)}`;
}

function whatWasSearched(u: Understanding): string {
  const parts: string[] = [];
  if (u.topic.text) parts.push(quote(u.topic.text));
  if (u.bodies.length) parts.push(u.bodies.join(", "));
  if (u.municipality) parts.push(u.municipality);
  for (const d of u.dates) {
    if (d.kind === "day")
      parts.push(
        d.year
          ? formatDate(`${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`, u.language)
          : `${d.day}/${d.month}`,
      );
    else if (d.kind === "period") parts.push(periodText(d.from, d.to, u.language));
    else parts.push(u.language === "da" ? "seneste møde" : "the latest meeting");
  }
  if (u.item !== null) parts.push(`${itemWord(u.language)} ${u.item}`);
  return parts.join(", ") || (u.language === "da" ? "dit spørgsmål" : "your question");
}

function sidesText(d: Draft, index: number, language: Language): string {
  const n = d.notes.find(
    (x): x is Extract<Note, { kind: "vote-sides" }> => x.kind === "vote-sides" && x.vote === index,
  );
  if (!n) return "";
  const labels = language === "da" ? ["For", "Imod", "Undlod"] : ["For", "Against", "Abstained"];
  const parts = [n.for, n.against, n.abstain]
    .map((names, k) => (names.length ? `${labels[k]}: ${list(names, language)}` : ""))
    .filter(Boolean);
  return parts.length ? ` ${parts.join("; ")}.` : "";
}

function voteLine(v: AnswerVote, d: Draft, u: Understanding): string {
  const L = u.language;
  let position = POSITION_TEXT[L][v.position ?? "none"];
  if (v.position && v.positionBasis === "party") position += L === "da" ? " (partiets stemmer)" : " (as a party)";
  if (v.position && v.positionBasis === "party-members" && v.members.length > 0) {
    position += L === "da" ? ` (partiets medlemmer: ${list(v.members, L)})` : ` (party members: ${list(v.members, L)})`;
  }
  const counts = v.counts
    ? L === "da"
      ? `, ${v.counts.for} for, ${v.counts.against} imod, ${v.counts.abstain} undlod`
      : `, ${v.counts.for} for, ${v.counts.against} against, ${v.counts.abstain} abstained`
    : "";
  const who = d.subject ? `${subjectText(d, u)} ${position}` : "";
  const motion = L === "da" ? quote(v.motion) : `motion: ${quote(v.motion)}`;
  const head = `${v.body}, ${formatDate(v.date, L)}`;
  const sides = d.subject ? "" : sidesText(d, d.votes.indexOf(v), L);
  return `- ${head}: ${who ? `${who} – ` : ""}${motion} – ${OUTCOME_TEXT[L][v.outcome]}${counts}.${sides} ${ref(v.citation)}`;
}

function renderVotes(d: Draft, u: Understanding): string[] {
  const L = u.language;
  const lines: string[] = [];
  const byCitation = new Map<number, AnswerVote[]>();
  for (const v of d.votes) byCitation.set(v.citation, [...(byCitation.get(v.citation) ?? []), v]);
  const subject = subjectText(d, u);
  for (const [ci, votes] of byCitation) {
    const c = d.citations[ci];
    if (!c) continue;
    lines.push(
      L === "da"
        ? `Der er disse afstemninger under ${itemLabel(c, L)} ${ref(ci)}:`
        : `Votes under ${itemLabel(c, L)} ${ref(ci)}:`,
    );
    for (const v of votes) lines.push(voteLine(v, d, u));
  }
  for (const n of d.notes) {
    if (n.kind === "votes-without-subject") {
      lines.push(
        L === "da"
          ? `${n.count === 1 ? "Én anden afstemning" : `${n.count} andre afstemninger`} under samme punkt nævner ikke ${subject}.`
          : `${n.count === 1 ? "One other vote" : `${n.count} other votes`} on the same item ${n.count === 1 ? "does" : "do"} not name ${subject}.`,
      );
    }
    if (n.kind === "subject-not-in-votes") {
      lines.push(
        L === "da"
          ? `${subject} er ikke nævnt i nogen af afstemningerne, så referatet siger ikke, hvordan de stemte.`
          : `${subject} is not named in any of these votes, so the minutes do not say how they voted.`,
      );
    }
  }
  return lines;
}

function renderDecisions(d: Draft, u: Understanding): string[] {
  const L = u.language;
  const lines: string[] = [];
  let last = -1;
  for (const x of d.decisions) {
    const c = d.citations[x.citation];
    if (!c) continue;
    if (x.citation !== last) {
      lines.push(
        L === "da"
          ? `Det blev besluttet under ${itemLabel(c, L)} ${ref(x.citation)}:`
          : `Decisions under ${itemLabel(c, L)} ${ref(x.citation)}:`,
      );
      last = x.citation;
    }
    lines.push(`- ${x.body}, ${formatDate(x.date, L)}: ${quote(x.text)}`);
  }
  return lines;
}

function renderUpcoming(d: Draft, u: Understanding): string[] {
  const L = u.language;
  const lines: string[] = [];
  const single = u.topic.concepts.length > 0;
  const lists = d.notes.filter((n): n is Extract<Note, { kind: "upcoming-list" }> => n.kind === "upcoming-list");
  const listOf = (citation: number) => {
    const c = d.citations[citation];
    return c ? `${formatDate(c.meetingDate, L)}, ${itemWord(L)} ${c.item} ${ref(citation)}` : "";
  };
  const agendas = d.notes.filter((n): n is Extract<Note, { kind: "agenda-items" }> => n.kind === "agenda-items");
  if (single) {
    for (const x of d.upcoming) {
      lines.push(
        L === "da"
          ? `${quote(x.title)} skal behandles ${whenText(x.when, L)} i ${x.committee} ifølge listen over kommende sager i referatet fra ${listOf(x.citation)}.`
          : `${quote(x.title)} is planned for ${whenText(x.when, L)} in ${x.committee}, according to the list of upcoming items in the minutes of ${listOf(x.citation)}.`,
      );
    }
    for (const a of agendas) {
      for (const item of a.items) {
        lines.push(
          L === "da"
            ? `${quote(item.title)} er på dagsordenen for mødet i ${a.committee} den ${formatDate(a.date, L)}, punkt ${item.number} ${ref(a.citation)}.`
            : `${quote(item.title)} is on the agenda of the meeting of ${a.committee} on ${formatDate(a.date, L)}, item ${item.number} ${ref(a.citation)}.`,
        );
      }
    }
  } else {
    for (const list of lists) {
      lines.push(
        L === "da"
          ? `Disse sager er på vej i ${list.committee} ifølge listen over kommende sager i referatet fra ${listOf(list.citation)}:`
          : `Coming up in ${list.committee}, from the list of upcoming items in the minutes of ${listOf(list.citation)}:`,
      );
      const rows = d.upcoming.filter((x) => x.citation === list.citation);
      const undated: string[] = [];
      for (const x of rows) {
        if (x.bucket === "undated") undated.push(x.title);
        else if (x.bucket === "ongoing") lines.push(`- ${L === "da" ? "Løbende" : "Ongoing"} (${x.when}): ${x.title}`);
        else lines.push(`- ${whenText(x.when, L)}: ${x.title}`);
      }
      if (undated.length) lines.push(`${L === "da" ? "Uden dato" : "Not yet dated"}: ${undated.join("; ")}.`);
    }
    for (const a of agendas) {
      lines.push(
        L === "da"
          ? `På dagsordenen for mødet i ${a.committee} den ${formatDate(a.date, L)} ${ref(a.citation)}:`
          : `On the agenda of the meeting of ${a.committee} on ${formatDate(a.date, L)} ${ref(a.citation)}:`,
      );
      for (const item of a.items) lines.push(`- ${itemWord(L)} ${item.number}: ${item.title}`);
    }
  }
  for (const n of d.notes) {
    if (n.kind === "upcoming-past") {
      lines.push(
        L === "da"
          ? `${n.count} sager på listen var planlagt før i dag og er udeladt.`
          : `${n.count} items on the list were due before today and are left out.`,
      );
    }
    if (n.kind === "upcoming-passed") {
      lines.push(
        L === "da"
          ? `${quote(n.title)} var planlagt til ${whenText(n.when, L)} ifølge listen i referatet fra ${listOf(n.citation)}; det tidspunkt er passeret.`
          : `${quote(n.title)} was planned for ${whenText(n.when, L)} according to the list in the minutes of ${listOf(n.citation)}; that time has passed.`,
      );
    }
  }
  return lines;
}

function renderSource(d: Draft, u: Understanding): string[] {
  const L = u.language;
  const lines: string[] = [];
  for (const m of d.matches) {
    const c = d.citations[m.citation];
    if (!c) continue;
    const link = c.url ?? (L === "da" ? "(intet link til kilden)" : "(no link to the source)");
    if (c.item === null) {
      lines.push(
        L === "da"
          ? `Referatet fra mødet i ${c.committee} den ${formatDate(c.meetingDate, L)}: ${link}`
          : `The minutes of the meeting of ${c.committee} on ${formatDate(c.meetingDate, L)}: ${link}`,
      );
    } else {
      lines.push(
        L === "da"
          ? `Punkt ${c.item} ${c.title ? quote(c.title) : ""} fra mødet i ${c.committee} den ${formatDate(c.meetingDate, L)}${c.page ? ` (side ${c.page})` : ""}: ${link}`
          : `Item ${c.item} ${c.title ? quote(c.title) : ""} of the meeting of ${c.committee} on ${formatDate(c.meetingDate, L)}${c.page ? ` (page ${c.page})` : ""}: ${link}`,
      );
    }
  }
  return lines;
}

function renderAttendance(d: Draft, u: Understanding): string[] {
  const L = u.language;
  const a = d.attendance;
  const c = a ? d.citations[a.citation] : undefined;
  if (!a || !c) return [];
  const lines = [
    L === "da"
      ? `Mødet i ${c.committee} den ${formatDate(c.meetingDate, L)} ${ref(a.citation)}:`
      : `The meeting of ${c.committee} on ${formatDate(c.meetingDate, L)} ${ref(a.citation)}:`,
  ];
  // The header's list of members can include those marked absent ("Lene Lindberg (Fravær)") or those a substitute
  // sat in for: they did not attend.
  const attended = a.participants.filter(
    (p) => !a.absent.some((x) => sameName(x, p)) && !a.substitutes.some((s) => s.for !== null && sameName(s.for, p)),
  );
  if (attended.length) lines.push(L === "da" ? `Deltog: ${list(attended, L)}.` : `Attended: ${list(attended, L)}.`);
  else if (a.participants.length === 0)
    lines.push(
      L === "da" ? "Referatet har ingen liste over mødedeltagere." : "The minutes give no list of participants.",
    );
  if (a.absent.length) lines.push(L === "da" ? `Fraværende: ${list(a.absent, L)}.` : `Absent: ${list(a.absent, L)}.`);
  else lines.push(L === "da" ? "Ingen er noteret som fraværende." : "No one is recorded as absent.");
  for (const n of d.notes) {
    if (n.kind !== "member-attendance") continue;
    const said: Record<typeof n.status, [string, string]> = {
      present: [`${n.name} deltog i mødet.`, `${n.name} attended the meeting.`],
      absent: [`${n.name} var fraværende.`, `${n.name} was absent.`],
      substitute: [`${n.name} var med som stedfortræder.`, `${n.name} attended as a substitute.`],
      replaced: [
        `${n.name} deltog ikke: en stedfortræder var mødt i stedet.`,
        `${n.name} did not attend: a substitute sat in instead.`,
      ],
      unlisted: [
        `${n.name} er ikke nævnt i referatets liste over deltagere eller fraværende.`,
        `${n.name} is not named in the minutes' lists of participants or absent members.`,
      ],
    };
    lines.splice(1, 0, said[n.status][L === "da" ? 0 : 1]);
  }
  for (const s of a.substitutes) {
    const who = `${s.name}${s.party ? ` (${s.party})` : ""}`;
    lines.push(
      L === "da"
        ? `${who} var stedfortræder${s.for ? ` for ${s.for}` : ""}.`
        : `${who} was a substitute${s.for ? ` for ${s.for}` : ""}.`,
    );
  }
  return lines;
}

function renderMatches(d: Draft, u: Understanding): string[] {
  const L = u.language;
  const about = u.topic.text ? quote(u.topic.text) : whatWasSearched(u);
  const lines = [L === "da" ? `Det fandt jeg i referaterne om ${about}:` : `What the minutes say about ${about}:`];
  for (const m of d.matches) {
    const c = d.citations[m.citation];
    if (!c) continue;
    lines.push(`- ${citationLabel(c, L)}${m.quote ? `: ${quote(m.quote)}` : ""} ${ref(m.citation)}`);
  }
  return lines;
}

function renderNotFound(d: Draft, u: Understanding): string[] {
  const L = u.language;
  const what = whatWasSearched(u);
  const lines: string[] = [];
  if (d.notes.some((n) => n.kind === "no-meeting")) {
    lines.push(
      L === "da"
        ? `Jeg fandt intet møde i de indekserede referater for ${what}.`
        : `I found no meeting in the indexed minutes for ${what}.`,
    );
  } else if (u.intent === "vote" && d.decisions.length === 0) {
    const subject = d.subject ? subjectText(d, u) : L === "da" ? "partierne" : "the parties";
    lines.push(
      L === "da"
        ? `Jeg har søgt i referaterne efter ${what} og fandt ingen registreret afstemning, hvor ${subject} stemte om det.`
        : `I searched the minutes for ${what} and found no recorded vote in which ${subject} voted on it.`,
    );
  } else if (u.intent === "upcoming") {
    lines.push(
      L === "da"
        ? `Jeg har søgt i de nyeste lister over kommende sager og kommende dagsordener efter ${what} og fandt ingen sådan sag.`
        : `I searched the newest lists of upcoming items and future agendas for ${what} and found no such item.`,
    );
  } else {
    lines.push(
      L === "da"
        ? `Jeg har søgt i referaterne efter ${what} og fandt ikke noget, der svarer på det.`
        : `I searched the minutes for ${what} and found no record that answers this.`,
    );
  }
  for (const n of d.notes) {
    if (n.kind === "no-item") {
      const c = d.citations[n.citation];
      if (c) {
        lines.push(
          L === "da"
            ? `Referatet fra ${c.committee} den ${formatDate(c.meetingDate, L)} har intet punkt ${n.item}: ${c.url ?? ""}`
            : `The minutes of ${c.committee} on ${formatDate(c.meetingDate, L)} have no item ${n.item}: ${c.url ?? ""}`,
        );
      }
    }
  }
  if (d.suggestions.length) {
    lines.push(L === "da" ? "Nærmeste punkter (ikke et svar):" : "Closest items (not an answer):");
    for (const s of d.suggestions) {
      lines.push(
        `- ${s.committee}, ${formatDate(s.meetingDate, L)}, ${itemWord(L)} ${s.item} ${quote(s.title)}${s.url ? ` – ${s.url}` : ""}`,
      );
    }
  }
  return lines;
}

function renderNoRecordedVote(d: Draft, u: Understanding, citations: readonly number[]): string[] {
  const L = u.language;
  const subject = d.subject ? subjectText(d, u) : L === "da" ? "partierne" : "the parties";
  const items = citations
    .map((i) => d.citations[i])
    .filter((c): c is Citation => Boolean(c))
    .map((c) => citationLabel(c, L, false));
  return [
    L === "da"
      ? `Referaterne har ingen afstemning om ${quote(u.topic.text)} med navngivne stemmer, så de siger ikke, hvordan ${subject} stemte (${list(items, L)}).`
      : `The minutes record no vote naming who stood where on ${quote(u.topic.text)}, so they do not say how ${subject} voted (${list(items, L)}).`,
    ...renderDecisions(d, u),
  ];
}

/** Help for a question the engine could not place. */
export function helpText(language: Language): string {
  return language === "da"
    ? [
        "Jeg svarer på spørgsmål om udvalgenes referater, fx:",
        "- Hvordan stemte Enhedslisten om Integrationsrådet?",
        "- Hvad besluttede udvalget om veteranpolitikken?",
        "- Hvad er på vej i Social- og Beskæftigelsesudvalget?",
        "- Hvem deltog i mødet den 8. marts 2021?",
        "- Giv mig et link til punkt 12 fra mødet den 09-12-2020",
      ].join("\n")
    : [
        "I answer questions about the committees' minutes, for example:",
        "- How did the Red-Green Alliance vote on Integrationsrådet?",
        "- What was decided about Vapnagaard?",
        "- What is coming up in Social- og Beskæftigelsesudvalget?",
        "- Who was absent from the meeting on 16 March 2016?",
        "- Link to item 12 of the meeting on 9 December 2020",
      ].join("\n");
}

/** The sources block: one line per citation with its link. */
function renderSources(d: Draft, u: Understanding): string[] {
  if (d.citations.length === 0) return [];
  const L = u.language;
  return [
    L === "da" ? "Kilder:" : "Sources:",
    ...d.citations.map((c, i) => `${ref(i)} ${citationLabel(c, L)}${c.url ? ` – ${c.url}` : ""}`),
  ];
}

export function renderText(d: Draft, u: Understanding): string {
  let body: string[];
  const noVote = d.notes.find((n): n is Extract<Note, { kind: "no-recorded-vote" }> => n.kind === "no-recorded-vote");
  if (d.status === "clarify") body = [helpText(u.language)];
  else if (noVote) body = renderNoRecordedVote(d, u, noVote.citations);
  else if (d.status === "not_found") body = renderNotFound(d, u);
  else {
    switch (u.intent) {
      case "vote":
        body = renderVotes(d, u);
        break;
      case "decision":
        body = renderDecisions(d, u);
        break;
      case "upcoming":
        body = renderUpcoming(d, u);
        break;
      case "source":
        body = renderSource(d, u);
        break;
      case "attendance":
        body = renderAttendance(d, u);
        break;
      case "search":
        body = renderMatches(d, u);
        break;
    }
  }
  const sources = u.intent === "source" ? [] : renderSources(d, u);
  return [...body, ...(sources.length ? ["", ...sources] : [])].join("\n").trim();
}
