// Reads a question into what the engine needs: language, intent and entities (party, member, body, place, dates, item, topic).
import { findCaseNumbers } from "../../domain/case-number.ts";
import type { ConversationContext, Intent, Language } from "../../domain/index.ts";
import { type BodyMention, findBodies, findKindNotIndexed, findUnknownBody } from "./body.ts";
import { hiddenWords, stripChatMarkup } from "./chat-markup.ts";
import { type DateMention, findDates, isoOf } from "./dates.ts";
import {
  activitySpans,
  chairSpans,
  closedItemsSpans,
  detectIntent,
  meetingsListSpans,
  whoProposedSpans,
} from "./intent.ts";
import { findItemNumbers } from "./item-number.ts";
import { detectLanguage } from "./language.ts";
import type { Lexicon, RosterMember } from "./lexicon.ts";
import { findMembers } from "./member.ts";
import { findMunicipalities, placeNames } from "./municipality.ts";
import { findParties } from "./party.ts";
import { ASKS_ALL_SUBJECTS, FOLLOW_UP_OPENERS, FOLLOW_UP_POINTERS } from "./stop-words.ts";
import { normalizeQuestion, type Span } from "./tokens.ts";
import { extractTopic, type Topic } from "./topic.ts";

export interface Understanding {
  /** The question as asked. */
  question: string;
  language: Language;
  intent: Intent;
  /** True when the question's own words named the intent (not inferred from a subject or the conversation). */
  intentExplicit: boolean;
  /** Party letter asked about. */
  party: string | null;
  member: RosterMember | null;
  /** Bodies named, most specific first. */
  bodies: string[];
  /**
   * True when the bodies were named only by their kind ("Kommunalbestyrelsen", "the council"): every indexed body of
   * that kind is meant, and none of them may be the one the asker had in mind.
   */
  bodiesByKind?: boolean;
  /** A body the question named that no indexed meeting has ("Teknisk Udvalg", "Borgerrepræsentationen"). */
  unknownBody: string | null;
  municipality: string | null;
  dates: DateMention[];
  item: number | null;
  caseNumber: string | null;
  topic: Topic;
  /** True when the question leaned on the previous one ("and Venstre?"). */
  followUp: boolean;
  /** A source question asking for a body's meetings ("Hvornår holdt udvalget møde?"), not one meeting. */
  listsMeetings: boolean;
  /** Only items treated behind closed doors are asked about ("Hvilke punkter var lukkede?"). */
  closedItems: boolean;
}

/** Reads one question; `context` is what the previous answer in the conversation was about. */
export function understand(
  rawQuestion: string,
  lexicon: Lexicon,
  options: { today: string; context?: ConversationContext | null; daysAsTopic?: boolean },
): Understanding {
  const question = normalizeQuestion(stripChatMarkup(rawQuestion));
  const language = detectLanguage(question);
  const claimed: Span[] = [];
  const claim = <T extends Span>(xs: T[]): T[] => {
    const kept = xs.filter((x) => !claimed.some((c) => x.start < c.end && c.start < x.end));
    claimed.push(...kept);
    return kept;
  };

  const dates = claim(meetingDates(question, lexicon, options.today, options.daysAsTopic ?? false));
  const items = claim(findItemNumbers(question));
  const caseMatch = claim(findCaseNumbers(question))[0] ?? null;
  const places = placeNames(lexicon.municipalities).map((p) => p.written);
  const bodyMentions = claim(findBodies(question, lexicon.bodies, places));
  // "Hvad besluttede byrådet …?" over minutes that hold no council: that body is asked about, and it is not indexed.
  const kindNotIndexed = bodyMentions.length === 0 ? findKindNotIndexed(question, lexicon.bodies) : null;
  const municipalities = claim(findMunicipalities(question, lexicon.municipalities));
  // Names before party letters: "Allan Berg Mortensen (Ø)" is the member, and his letter only confirms it.
  let members = claim(findMembers(question, lexicon.members, claimed));
  const parties = claim(findParties(question, language, lexicon.partyLetters, places));
  const firstMember = members[0];
  const firstParty = parties[0];
  if (firstMember && firstParty && firstParty.start < firstMember.start) {
    // "Did SF vote for the election of Steen Ørskov Larsen?": the party asked about comes first; the member
    // named later is what the vote was on, so the name is topic.
    const span = firstMember;
    claimed.splice(claimed.indexOf(span), 1);
    members = [];
  }
  const hidden = hiddenWords(rawQuestion);
  const topic = extractTopic(question, claimed, language, hidden);
  const municipality = municipalities[0]?.municipality ?? null;
  const bodies = narrowToMunicipality(bodyMentions, municipality, lexicon);

  const member = members[0]?.member ?? null;
  let party = parties[0]?.letter ?? (member ? null : null);
  const detected = detectIntent(question, { hasSubject: Boolean(member || party) });
  let intent = detected.intent;
  // Words of the request itself are never a topic: "Hvilke møder har udvalget holdt?" (a body's meetings),
  // "Hvilke punkter var lukkede?" (the closed items, whatever their titles), and in a search the activity verbs
  // ("sagt", "proposed"). "What did Charlotte Munch ask about?" is a search scoped to the person or group: the
  // answer quotes what names them (the minutes write "Charlotte Munch (V) spurgte til …").
  const meetingSpans = detected.intent === "source" ? meetingsListSpans(question) : [];
  const meetingsAsked = meetingSpans.length > 0;
  const closedSpans = closedItemsSpans(question);
  const searching = detected.intent === "search" && detected.explicit;
  const requestSpans = [
    ...meetingSpans,
    ...closedSpans,
    ...(searching ? activitySpans(question) : []),
    ...(detected.intent === "attendance" ? chairSpans(question) : []),
    ...(detected.intent === "decision" ? whoProposedSpans(question) : []),
  ];
  // The member or party of a scoped search is a filter on what is quoted (compose/search.ts), not a topic word.
  let merged: Topic =
    requestSpans.length > 0 ? extractTopic(question, [...claimed, ...requestSpans], language, hidden) : topic;
  let followUp = false;
  let item = items[0]?.item ?? null;
  let bodyList = bodies;
  let dateList = dates;
  let memberOut = member;

  const ctx = options.context;
  if (ctx) {
    const opener = FOLLOW_UP_OPENERS.some((re) => re.test(question));
    const bare = topic.concepts.length === 0;
    // "how many votes did it get in Byrådet?", "link to it": a pronoun points back even when a body or day is named.
    const pointsBack = FOLLOW_UP_POINTERS.some((re) => re.test(question));
    // Its own meeting, item or case makes a question stand alone unless it opens like a follow-up ("and on …?").
    const anchored =
      dates.length > 0 || items.length > 0 || caseMatch !== null || bodies.length > 0 || municipalities.length > 0;
    const leans = opener || (bare && (!anchored || pointsBack));
    // A question naming its own kind of answer ("Hvilke partier stemte for?") keeps that kind, on the old topic.
    if (leans && (!detected.explicit || bare)) {
      followUp = true;
      if (!detected.explicit) intent = ctx.intent;
      if (bare && ctx.topic) merged = extractTopic(ctx.topic, [], language);
      // Keep where the previous question looked unless this one says otherwise.
      // A new day or committee is a new meeting: the old meeting's other half does not carry over.
      if (bodyList.length === 0 && !kindNotIndexed && dateList.length === 0 && ctx.committee)
        bodyList = [ctx.committee];
      if (dateList.length === 0 && bodies.length === 0 && ctx.date) dateList = [dayMention(ctx.date)];
      if (item === null && ctx.item !== null && bare) item = ctx.item;
      // A new subject replaces the old one; without one, the old subject stays.
      if (!member && !party && !ASKS_ALL_SUBJECTS.some((re) => re.test(question))) {
        party = ctx.party;
        if (ctx.member)
          memberOut = lexicon.members.find((m) => m.name === ctx.member) ?? { name: ctx.member, party: null };
      }
    }
  }

  return {
    question: rawQuestion,
    language,
    intent,
    intentExplicit: detected.explicit,
    party,
    member: memberOut,
    bodies: [...new Set(bodyList)],
    bodiesByKind: bodyList === bodies && bodyMentions.length > 0 && bodyMentions.every((b) => b.how === "generic"),
    unknownBody: bodyList.length === 0 ? (kindNotIndexed ?? findUnknownBody(question, claimed)?.name ?? null) : null,
    municipality,
    dates: dateList,
    item,
    caseNumber: caseMatch?.caseNumber.raw ?? null,
    topic: merged,
    followUp,
    listsMeetings: meetingsAsked && !followUp,
    closedItems: closedSpans.length > 0,
  };
}

/**
 * The dates of the question that point at meetings. A day on which nothing in the index happened (no meeting,
 * decision or vote) is part of a title when the question asks about a topic ("budgetopfølgningen pr. 30. september
 * 2024"): it is left to the topic. Questions about a meeting itself (a link, who attended, what is coming) keep it,
 * so the answer can say there was no meeting that day. `daysAsTopic` leaves every day to the topic (see
 * `dayMayBeTopic`).
 */
function meetingDates(question: string, lexicon: Lexicon, today: string, daysAsTopic: boolean): DateMention[] {
  const all = findDates(question, today);
  const asksForMeeting = ["source", "attendance", "upcoming"].includes(
    detectIntent(question, { hasSubject: false }).intent,
  );
  if (asksForMeeting || lexicon.dates.size === 0) return all;
  return all.filter(
    (d) => d.kind !== "day" || d.year === null || (!daysAsTopic && lexicon.dates.has(isoOf(d.year, d.month, d.day))),
  );
}

/** Words that make a day the day of a meeting: "mødet 1. juni 2022", "the meeting on …", "byrådsmødet". */
const MEETING_CUE = /(?<![\p{L}])(?:meetings?|\p{L}*møde(?:t|r|rne)?)(?![\p{L}])/iu;

/**
 * True when the question's day, read as a meeting day, may instead be part of its topic ("Folkeafstemning 1. juni
 * 2022": the title "Folkeafstemning den 1. juni 2022", although a committee also met that day): a topic question with
 * a dated day and no word tying the day to a meeting (the word meeting; a body named that met that day, as
 * `bodyMetOn` tells). Tried when the meeting reading finds nothing.
 */
export function dayMayBeTopic(
  u: Understanding,
  bodyMetOn: (body: string, day: string) => boolean = () => true,
): boolean {
  if (u.followUp || u.topic.concepts.length === 0) return false;
  if (!["search", "decision", "vote"].includes(u.intent)) return false;
  if (MEETING_CUE.test(u.question)) return false;
  const days = u.dates.flatMap((d) => (d.kind === "day" && d.year !== null ? [isoOf(d.year, d.month, d.day)] : []));
  // A body named ("What did Økonomiudvalget decide about Folkeafstemning den 1. juni 2022?") ties the day to its
  // meeting only when it met that day.
  if (u.bodies.some((b) => days.some((day) => bodyMetOn(b, day)))) return false;
  return days.length > 0;
}

/** Bodies of the named municipality, when a generic word ("byrådet") stood for the councils of several. */
function narrowToMunicipality(
  mentions: readonly BodyMention[],
  municipality: string | null,
  lexicon: Lexicon,
): string[] {
  const names = mentions.map((b) => b.body);
  if (!municipality) return names;
  const local = names.filter((b) => lexicon.bodyMunicipalities.get(b)?.has(municipality) ?? true);
  return local.length > 0 ? local : names;
}

function dayMention(iso: string): DateMention {
  const [y, m, d] = iso.split("-").map(Number);
  return { kind: "day", year: y ?? null, month: m ?? 1, day: d ?? 1, start: 0, end: 0 };
}

/** The one exact day the question names, as ISO, when it names one with a year. */
export function exactDay(u: Understanding): string | null {
  const d = u.dates.find((x) => x.kind === "day" && x.year !== null);
  return d && d.kind === "day" && d.year !== null ? isoOf(d.year, d.month, d.day) : null;
}

/** What the answer to this question was about, for the next question in the conversation. */
export function contextOf(u: Understanding): ConversationContext {
  return {
    intent: u.intent,
    topic: u.topic.text || null,
    party: u.party,
    member: u.member?.name ?? null,
    committee: u.bodies[0] ?? null,
    date: exactDay(u),
    item: u.item,
  };
}
