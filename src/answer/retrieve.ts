// Finds the meetings and items a question is about: hard filters from its entities, then topic coverage for ranking.
import type { Meeting } from "../domain/index.ts";
import type { LoadedIndex } from "../search/index.ts";
import { municipalityOf } from "./cite.ts";
import type { Corpus, ItemDoc } from "./corpus.ts";
import { type PreparedTopic, prepareTopic, scoreTopic, type TopicScore } from "./match.ts";
import { dateMatches, MONTHS } from "./understand/dates.ts";
import type { Understanding } from "./understand/understand.ts";

/** Retrieval thresholds in one place. */
export const RETRIEVAL = {
  /** An item answers a topic when it covers at least this share of the topic's weight. */
  minCoverage: 0.6,
  /** Items scoring at least this share of the best one are answers too. */
  closeToBest: 0.9,
  /** A vote question's items must score this share of the best item on the topic, votes or not. */
  minShareOfBestForVotes: 0.5,
  /** At most this many items answer one question. */
  maxAnswers: 3,
  /** Closest items offered when nothing answers. */
  maxSuggestions: 3,
  /** A suggestion must cover at least this share of the topic. */
  minSuggestionCoverage: 0.25,
  /** Weight of the search index's BM25 score (normalised to the best hit): it only orders near-ties. */
  bm25Nudge: 0.05,
} as const;

export interface RankedItem {
  doc: ItemDoc;
  score: number;
  coverage: number;
  matched: number[];
}

export interface Retrieval {
  index: LoadedIndex;
  corpus: Corpus;
  u: Understanding;
  prepared: PreparedTopic;
  /** ISO date the question is asked on: "the last meeting" is the newest held by then. */
  today: string;
  /** Search-index scores by "meeting#item", computed on first use. */
  bm25: Map<string, number> | null;
  /** Topic scores per item, computed once per question (composers rank several times with other filters). */
  scores: Map<ItemDoc, TopicScore>;
}

export function createRetrieval(index: LoadedIndex, corpus: Corpus, u: Understanding, today: string): Retrieval {
  return {
    index,
    corpus,
    u,
    prepared: prepareTopic(u.topic, corpus.df, corpus.docs.length),
    today,
    bm25: null,
    scores: new Map(),
  };
}

/**
 * The search index's BM25 scores for the topic (every alternative and compound), normalised to the best hit.
 * Term frequency tells apart items that cover a topic equally: the one that discusses it at length comes first.
 */
function bm25Of(r: Retrieval): Map<string, number> {
  if (r.bm25) return r.bm25;
  const words = [
    ...r.u.topic.concepts.flatMap((c) => c.alternatives),
    ...r.u.topic.compounds.flatMap((c) => c.alternatives),
  ];
  const scores = new Map<string, number>();
  if (words.length > 0) {
    const hits = r.index.searchItems(words.join(" "), { limit: 200 });
    const best = Math.max(0, ...hits.map((h) => h.score));
    if (best > 0) for (const h of hits) scores.set(`${h.meeting}#${h.item}`, h.score / best);
  }
  r.bm25 = scores;
  return scores;
}

const same = (a: string, b: string) => a.localeCompare(b, "da", { sensitivity: "base" }) === 0;

/** Meetings that fit the question's municipality, committee and date (a body also fits by its decision blocks). */
export function meetingFits(
  r: Retrieval,
  m: Meeting,
  options: { bodiesByBlocks?: boolean; ignoreDates?: boolean } = {},
): boolean {
  const { u } = r;
  if (u.municipality) {
    const mun = municipalityOf(r.index, r.index.meetings.indexOf(m));
    if (!mun || !same(mun, u.municipality)) return false;
  }
  if (u.bodies.length > 0) {
    const bodies = [
      m.committee,
      ...(options.bodiesByBlocks ? m.items.flatMap((i) => i.decisions.map((d) => d.body)) : []),
    ];
    if (!u.bodies.some((b) => bodies.some((x) => same(x, b)))) return false;
  }
  for (const d of options.ignoreDates ? [] : u.dates) {
    if (d.kind === "latest") continue;
    const dates = [m.date, ...(options.bodiesByBlocks ? m.items.flatMap((i) => i.decisions.map((x) => x.date)) : [])];
    if (!dates.some((x) => dateMatches(d, x))) {
      // "in 2016" also fits an item about 2016 discussed earlier: checked per item below.
      if (d.kind !== "period") return false;
    }
  }
  return true;
}

/** Indexes of the meetings the question points at, newest first; "the last meeting" keeps the newest only. */
export function findMeetings(r: Retrieval): number[] {
  const { u, index } = r;
  const fits = index.meetings
    .map((m, i) => ({ m, i }))
    .filter(({ m }) => meetingFits(r, m) && u.dates.every((d) => d.kind !== "period" || dateMatches(d, m.date)))
    .sort((a, b) => b.m.date.localeCompare(a.m.date));
  if (u.dates.some((d) => d.kind === "latest")) {
    // The newest meeting held by today; an agenda for a later meeting is not "the last meeting".
    const held = fits.filter((x) => x.m.date <= r.today);
    return (held.length > 0 ? held : fits).slice(0, 1).map((x) => x.i);
  }
  return fits.map((x) => x.i);
}

/**
 * True when a title names the period itself: "in 2016" fits "Budget 2016" decided in 2015, "in February 2021" fits
 * "Månedlig afrapportering - Februar 2021" reported in April.
 */
export function titleNamesPeriod(title: string, from: string, to: string): boolean {
  const year = from.slice(0, 4);
  if (to.slice(0, 4) !== year || !title.includes(year)) return false;
  if (from.endsWith("-01-01") && to.endsWith("-12-31")) return true;
  const month = Number(from.slice(5, 7));
  if (to.slice(5, 7) !== from.slice(5, 7)) return false;
  const names = MONTHS[month] ?? [];
  return names.some((n) => n.length > 3 && title.toLowerCase().includes(n));
}

/** True when an item fits the question's date filters: its meeting, one of its decision blocks, or its title year. */
function itemFitsDates(r: Retrieval, doc: ItemDoc, meeting: Meeting): boolean {
  for (const d of r.u.dates) {
    if (d.kind === "latest") continue;
    const dates = [meeting.date, ...doc.item.decisions.map((x) => x.date)];
    if (dates.some((x) => dateMatches(d, x))) continue;
    if (d.kind === "period" && titleNamesPeriod(doc.item.title, d.from, d.to)) continue;
    return false;
  }
  return true;
}

/**
 * Items that fit the question's filters, best first. With a topic, items are ranked by how fully they cover it;
 * without one, newest meeting first and in agenda order.
 */
export function rankItems(r: Retrieval, accept: (doc: ItemDoc) => boolean = () => true): RankedItem[] {
  const { u, corpus } = r;
  let latestMeeting: number | null = null;
  if (u.dates.some((d) => d.kind === "latest")) latestMeeting = findMeetings(r)[0] ?? -1;
  const ranked: RankedItem[] = [];
  for (const doc of corpus.docs) {
    const meeting = corpus.meetings[doc.meeting];
    if (!meeting || doc.item.closed) continue;
    if (latestMeeting !== null && doc.meeting !== latestMeeting) continue;
    if (u.item !== null && doc.item.number !== u.item) continue;
    if (u.caseNumber && doc.item.caseNumber !== u.caseNumber) continue;
    if (!meetingFits(r, meeting, { bodiesByBlocks: true }) || !itemFitsDates(r, doc, meeting)) continue;
    if (!accept(doc)) continue;
    let s = r.scores.get(doc);
    if (!s) {
      s = scoreTopic(r.prepared, doc);
      r.scores.set(doc, s);
    }
    const nudge = s.coverage > 0 ? RETRIEVAL.bm25Nudge * (bm25Of(r).get(`${doc.meeting}#${doc.item.number}`) ?? 0) : 0;
    ranked.push({ doc, score: s.score + nudge, coverage: s.coverage, matched: s.matched });
  }
  return ranked.sort(
    (a, b) =>
      b.score - a.score ||
      (corpus.meetings[b.doc.meeting]?.date ?? "").localeCompare(corpus.meetings[a.doc.meeting]?.date ?? "") ||
      a.doc.item.number - b.doc.item.number,
  );
}

/** True when the question names a topic to match (not only a meeting, an item or a subject). */
export function hasTopic(r: Retrieval): boolean {
  return r.prepared.concepts.length > 0;
}

/** The items that answer: covering the topic well and close to the best; all fitting items when there is no topic. */
export function answeringItems(
  r: Retrieval,
  ranked: readonly RankedItem[],
  max: number = RETRIEVAL.maxAnswers,
): RankedItem[] {
  if (!hasTopic(r)) return ranked.slice(0, max);
  const good = ranked.filter((x) => x.coverage >= RETRIEVAL.minCoverage);
  const best = good[0];
  if (!best) return [];
  return good.filter((x) => x.score >= best.score * RETRIEVAL.closeToBest).slice(0, max);
}

/** Closest items when nothing answers: partial matches, offered as suggestions, never as claims. */
export function suggestionsFrom(ranked: readonly RankedItem[]): RankedItem[] {
  return ranked.filter((x) => x.coverage >= RETRIEVAL.minSuggestionCoverage).slice(0, RETRIEVAL.maxSuggestions);
}
