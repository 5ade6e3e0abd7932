// Finds the meetings and items a question is about: hard filters from its entities, candidates from the index, topic coverage for ranking.
import { sameCase } from "../domain/case-number.ts";
import type { AgendaItem, Meeting } from "../domain/index.ts";
import { bodyKey } from "../records/vote-records.ts";
import { linkingVariants } from "../search/compounds.ts";
import {
  analyze,
  foldPhrase,
  type ItemRef,
  type SearchBackend,
  type SearchHit,
  type SearchQuery,
} from "../search/index.ts";
import type { Catalog } from "./catalog.ts";
import { FIELD_WEIGHTS, type ItemDoc, itemDocOf } from "./item-doc.ts";
import {
  type PreparedTopic,
  prepareTopic,
  type Rarity,
  scoreTopic,
  type TermDoc,
  type TopicScore,
  topicDoc,
} from "./match.ts";
import { type DateMention, dateMatches, isoOf, MONTHS } from "./understand/dates.ts";
import type { Topic } from "./understand/topic.ts";
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
  /**
   * Added when the question holds an item's whole title, as written ("Budgetopfølgning 2 (2024)"): what orders items
   * whose words tie (a single digit is no indexed word, so "… 2" and "… 0" score alike). Titles shorter than
   * titleMinLength are too common a phrase to tell.
   */
  titleNudge: 0.05,
  titleMinLength: 12,
  /** Added for an item of a meeting of the body the question names (not only quoting that body's decision). */
  ownBodyNudge: 0.03,
  /** Callers read at most this many answers from a ranking (see rankItems). */
  maxRanked: 5,
} as const;

/**
 * How many items a question scores. Scoring reads an item's texts, so only candidates are scored: every item the
 * question's filters leave when they leave few, else the search index's best matches for the topic.
 */
export const CANDIDATES = {
  /** When the filters leave at most this many items, all of them are scored: what a full scan would rank. */
  exhaustive: 300,
  /**
   * Otherwise the index's best this many items for the topic's words within the filters are scored (without
   * filters, the nudging hits are). As many as nudge the ranking: among items that cover a common word equally,
   * the nudged ones rank first, so the answers are among them.
   */
  items: 200,
  /** A vote question also scores the items of the index's best this many votes on the topic. */
  votes: 60,
  /** The search hits whose BM25 score nudges the ranking (normalised to the best of them). */
  nudgeHits: 200,
  /** Without a topic, items are taken newest first until at least this many fit (whole days at a time). */
  newest: 20,
} as const;

export interface RankedItem {
  doc: ItemDoc;
  score: number;
  coverage: number;
  matched: number[];
}

/** An agenda item by meeting and position in meetings[meeting].items. */
interface ItemAt {
  meeting: number;
  index: number;
}

/** A search hit on an item, by meeting position in the catalog and item number. */
interface PositionHit extends ItemRef {
  score: number;
}

export interface Retrieval {
  /** The only way to the search index: queries are data (terms and filters), hits are ItemRefs. */
  backend: SearchBackend;
  catalog: Catalog;
  u: Understanding;
  prepared: PreparedTopic;
  /** Term rarity for the question's topic (every term of its concepts, asked of the backend once). */
  rarity: Rarity;
  /** ISO date the question is asked on: "the last meeting" is the newest held by then. */
  today: string;
  /** The search index's best hits for the topic, unfiltered (CANDIDATES.nudgeHits), searched on first use. */
  hits: Promise<PositionHit[]> | null;
  /** Their scores by "meeting#item", normalised to the best. */
  bm25: Promise<Map<string, number>> | null;
  /** The items a topic question scores (see CANDIDATES), computed on first use. */
  pool: Promise<ItemAt[]> | null;
  /** Item documents by "meeting:index", built on first use. */
  docs: Map<string, ItemDoc>;
  /** Topic scores per item, computed once per question (composers rank several times with other filters). */
  scores: Map<ItemDoc, TopicScore>;
}

/**
 * Term rarity for a topic from the search backend: the document frequency of every analysed term of its concepts,
 * asked once. prepareTopic of this topic, or of a topic made of some of its concepts, reads only these terms.
 */
export async function rarityOf(backend: SearchBackend, topic: Understanding["topic"]): Promise<Rarity> {
  const terms = [...new Set(topic.concepts.flatMap((c) => c.alternatives.flatMap((a) => analyze(a))))];
  const [counts, stats] = await Promise.all([
    Promise.all(terms.map((t) => backend.documentFrequency(t))),
    backend.stats(),
  ]);
  const df = new Map(terms.map((t, i) => [t, counts[i] as number]));
  return {
    documentFrequency(term) {
      const n = df.get(term);
      if (n === undefined) throw new Error(`rarity: "${term}" is not a term of the question's topic`);
      return n;
    },
    itemCount: stats.items,
  };
}

/**
 * The topic with its long words also standing for the forms the index holds with one linking letter more or fewer
 * ("havvindmølleparken" finds the title's "havvindemøllepark"): each such form is one more alternative of its
 * concept, for the search and for scoring alike.
 */
export async function withLinkingVariants(backend: SearchBackend, topic: Topic): Promise<Topic> {
  let changed = false;
  const concepts = await Promise.all(
    topic.concepts.map(async (c) => {
      const candidates: string[] = [];
      for (const alt of c.alternatives) {
        const terms = analyze(alt);
        if (terms.length !== 1) continue;
        for (const v of linkingVariants(terms[0] as string)) {
          if (!c.alternatives.includes(v) && analyze(v)[0] === v) candidates.push(v);
        }
      }
      if (candidates.length === 0) return c;
      const counts = await Promise.all(candidates.map((v) => backend.documentFrequency(v)));
      const held = [...new Set(candidates.filter((_, i) => (counts[i] ?? 0) > 0))];
      if (held.length === 0) return c;
      changed = true;
      return { ...c, alternatives: [...c.alternatives, ...held] };
    }),
  );
  return changed ? { ...topic, concepts } : topic;
}

export async function createRetrieval(
  backend: SearchBackend,
  catalog: Catalog,
  u: Understanding,
  today: string,
): Promise<Retrieval> {
  const rarity = await rarityOf(backend, u.topic);
  return {
    backend,
    catalog,
    u,
    prepared: prepareTopic(u.topic, rarity),
    rarity,
    today,
    hits: null,
    bm25: null,
    pool: null,
    docs: new Map(),
    scores: new Map(),
  };
}

/** The words the index is searched with: every alternative of every concept and compound. */
function topicTerms(r: Retrieval): string[] {
  return [...r.u.topic.concepts.flatMap((c) => c.alternatives), ...r.u.topic.compounds.flatMap((c) => c.alternatives)];
}

/** A backend hit as a position in the catalog (null when the catalog lacks its meeting). */
function positionOf(r: Retrieval, hit: SearchHit): PositionHit | null {
  const meeting = r.catalog.positionOf(hit.meeting);
  return meeting === undefined ? null : { meeting, item: hit.number, score: hit.score };
}

/** The most a query may ask for (SearchQuerySchema's limit). */
const MAX_LIMIT = 10_000;

/**
 * The best `want` hits of the query that pass `keep`, best first. The backend narrows by the data filters; what
 * they cannot say (an item's own number, decision dates, closed titles) is checked here, asking for more hits
 * until `want` pass or the backend has no more.
 */
async function searchWithin(
  r: Retrieval,
  query: SearchQuery,
  want: number,
  keep: (hit: PositionHit) => boolean,
): Promise<PositionHit[]> {
  for (let limit = want; ; limit = Math.min(limit * 4, MAX_LIMIT)) {
    const hits = await r.backend.search({ ...query, limit });
    const kept = hits.flatMap((h) => {
      const at = positionOf(r, h);
      return at && keep(at) ? [at] : [];
    });
    if (kept.length >= want || hits.length < limit || limit >= MAX_LIMIT) return kept.slice(0, want);
  }
}

/**
 * The search index's BM25 scores for the topic, normalised to the best hit. Term frequency tells apart items that
 * cover a topic equally: the one that discusses it at length comes first.
 */
function bm25Of(r: Retrieval): Promise<Map<string, number>> {
  r.bm25 ??= topicHits(r).then((hits) => {
    const scores = new Map<string, number>();
    const best = Math.max(0, ...hits.map((h) => h.score));
    if (best > 0) for (const h of hits) scores.set(`${h.meeting}#${h.item}`, h.score / best);
    return scores;
  });
  return r.bm25;
}

/** The search index's best items for the topic, with no filter. */
function topicHits(r: Retrieval): Promise<PositionHit[]> {
  if (!r.hits) {
    const terms = topicTerms(r);
    r.hits = terms.join(" ").trim()
      ? searchWithin(r, { target: "items", terms }, CANDIDATES.nudgeHits, () => true)
      : Promise.resolve([]);
  }
  return r.hits;
}

const collator = new Intl.Collator("da", { sensitivity: "base" });
/** Two names of one committee, body or place: case and accents aside. */
export const same = (a: string, b: string) => collator.compare(a, b) === 0;

/** The meeting lists of the map's keys that one of `wanted` names. */
function listsNamed(map: ReadonlyMap<string, number[]>, wanted: readonly string[]): number[][] {
  const lists: number[][] = [];
  for (const [key, list] of map) if (wanted.some((w) => same(key, w))) lists.push(list);
  return lists;
}

/** The meeting lists of the map's dates that fall in the mention. */
function listsOn(map: ReadonlyMap<string, number[]>, d: DateMention): number[][] {
  if (d.kind === "day" && d.year !== null) {
    const list = map.get(isoOf(d.year, d.month, d.day));
    return list ? [list] : [];
  }
  const lists: number[][] = [];
  for (const [date, list] of map) if (dateMatches(d, date)) lists.push(list);
  return lists;
}

export interface ScopeOptions {
  /** A body also fits by its decision blocks, a date by the blocks' dates. */
  bodiesByBlocks?: boolean;
  /** The question's dates do not narrow the meetings. */
  ignoreDates?: boolean;
  /** A period narrows to meetings held in it (else an item may fit it by a decision date or its title). */
  periodsByMeetingDate?: boolean;
}

/**
 * Indexes of the meetings that fit the question's municipality, committee and date, or null when none of them
 * narrows the meetings. Read from the catalog's maps, never by visiting every meeting.
 */
export function meetingScope(r: Retrieval, options: ScopeOptions = {}): Set<number> | null {
  const { u, catalog } = r;
  let scope: Set<number> | null = null;
  const narrow = (lists: readonly number[][]) => {
    const next = new Set<number>();
    for (const list of lists) for (const m of list) if (!scope || scope.has(m)) next.add(m);
    scope = next;
  };
  if (u.municipality) narrow(listsNamed(catalog.byMunicipality, [u.municipality]));
  if (u.bodies.length > 0) narrow(listsNamed(options.bodiesByBlocks ? catalog.byBody : catalog.byCommittee, u.bodies));
  for (const d of options.ignoreDates ? [] : u.dates) {
    if (d.kind === "latest") continue;
    // "in 2016" also fits an item about 2016 discussed earlier: checked per item.
    if (d.kind === "period" && !options.periodsByMeetingDate) continue;
    narrow(listsOn(options.bodiesByBlocks ? catalog.byAnyDate : catalog.byDate, d));
  }
  return scope;
}

/** True when the meeting is in the scope (null: every meeting is). */
export function inScope(scope: ReadonlySet<number> | null, meeting: number): boolean {
  return scope === null || scope.has(meeting);
}

/** The scope's meetings, newest first (one day in index order). */
function newestFirst(r: Retrieval, scope: ReadonlySet<number> | null): number[] {
  const { catalog } = r;
  if (scope === null) return [...catalog.newestFirst];
  return [...scope].sort((a, b) => (catalog.rank[a] as number) - (catalog.rank[b] as number));
}

/** Indexes of the meetings the question points at, newest first; "the last meeting" keeps the newest only. */
export function findMeetings(r: Retrieval): number[] {
  const { u, catalog } = r;
  const fits = newestFirst(r, meetingScope(r, { periodsByMeetingDate: true }));
  if (u.dates.some((d) => d.kind === "latest")) {
    // The newest meeting held by today; an agenda for a later meeting is not "the last meeting".
    const held = fits.find((m) => (catalog.meetings[m]?.date ?? "") <= r.today);
    const newest = held ?? fits[0];
    return newest === undefined ? [] : [newest];
  }
  return fits;
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
function itemFitsDates(r: Retrieval, item: AgendaItem, meeting: Meeting): boolean {
  for (const d of r.u.dates) {
    if (d.kind === "latest") continue;
    const dates = [meeting.date, ...item.decisions.map((x) => x.date)];
    if (dates.some((x) => dateMatches(d, x))) continue;
    if (d.kind === "period" && titleNamesPeriod(item.title, d.from, d.to)) continue;
    return false;
  }
  return true;
}

/** The title of a closed item that gives nothing away. */
export const UNTITLED_CLOSED = /^(?:lukket(?:\s+punkt)?|fortroligt?)?\s*[.:]?$/iu;

/** The question's filters on items: the meetings in scope, and a test of one item (never reading its texts). */
interface ItemFilter {
  scope: Set<number> | null;
  fits(meeting: number, item: AgendaItem): boolean;
}

function itemFilter(r: Retrieval): ItemFilter {
  const { u, catalog } = r;
  let scope = meetingScope(r, { bodiesByBlocks: true });
  if (u.dates.some((d) => d.kind === "latest")) {
    const latest = findMeetings(r)[0];
    scope = new Set(latest === undefined ? [] : [latest]);
  }
  return {
    scope,
    fits(meeting, item) {
      // A closed item titled only "Lukket" says nothing; one with its own title ("Salg af byggegrund i Espergærde")
      // is public by that title and answers a question about it. Asked for by its number or case number, even an
      // untitled one answers: that the item was closed is what the minutes say about it.
      const named = u.item === item.number || (u.caseNumber !== null && sameCase(u.caseNumber, item.caseNumber));
      // Asked for the closed items, every closed item answers, titled or not, and no open one.
      if (u.closedItems ? !item.closed : item.closed && UNTITLED_CLOSED.test(item.title.trim()) && !named) return false;
      if (!inScope(scope, meeting)) return false;
      if (u.item !== null && item.number !== u.item) return false;
      if (u.caseNumber && !sameCase(u.caseNumber, item.caseNumber)) return false;
      const m = catalog.meetings[meeting];
      return m !== undefined && itemFitsDates(r, item, m);
    },
  };
}

/** The items of these meetings that pass the filter, in index order. */
function itemsOf(r: Retrieval, meetings: Iterable<number>, filter: ItemFilter): ItemAt[] {
  const out: ItemAt[] = [];
  for (const meeting of meetings) {
    r.catalog.meetings[meeting]?.items.forEach((item, index) => {
      if (filter.fits(meeting, item)) out.push({ meeting, index });
    });
  }
  return out;
}

/** Item positions for refs (meeting, item number) that pass the filter, once each, in index order. */
function positionsOf(r: Retrieval, refs: Iterable<ItemRef>, filter: ItemFilter): ItemAt[] {
  const seen = new Set<string>();
  const out: ItemAt[] = [];
  for (const ref of refs) {
    const index = r.catalog.itemIndex(ref.meeting, ref.item);
    const item = r.catalog.meetings[ref.meeting]?.items[index];
    const key = `${ref.meeting}:${index}`;
    if (!item || seen.has(key) || !filter.fits(ref.meeting, item)) continue;
    seen.add(key);
    out.push({ meeting: ref.meeting, index });
  }
  return out.sort((a, b) => a.meeting - b.meeting || a.index - b.index);
}

/**
 * The items a topic question scores: all items the filters leave when they are few (or a case number names them),
 * else the search index's best matches for the topic within the filters, and for a vote question the items of
 * the best matching votes.
 */
function topicPool(r: Retrieval): Promise<ItemAt[]> {
  r.pool ??= searchPool(r);
  return r.pool;
}

async function searchPool(r: Retrieval): Promise<ItemAt[]> {
  const { u, catalog } = r;
  const filter = itemFilter(r);
  const total = filter.scope
    ? [...filter.scope].reduce((n, m) => n + (catalog.meetings[m]?.items.length ?? 0), 0)
    : catalog.itemCount;
  if (u.caseNumber) return positionsOf(r, catalog.itemsWithCaseNumber(u.caseNumber), filter);
  if (total <= CANDIDATES.exhaustive) {
    return itemsOf(r, filter.scope ? [...filter.scope].sort((a, b) => a - b) : catalog.meetings.keys(), filter);
  }
  const terms = topicTerms(r);
  const fits = (ref: ItemRef) => {
    const item = catalog.item(ref.meeting, ref.item);
    return item !== undefined && filter.fits(ref.meeting, item);
  };
  const narrowed = filter.scope !== null || u.item !== null || u.dates.length > 0;
  const filters = scopeFilters(r, filter.scope);
  // Without filters, the search that nudges the ranking gives the candidates too.
  const hits = !filters
    ? []
    : narrowed
      ? await searchWithin(r, { target: "items", terms, filters }, CANDIDATES.items, fits)
      : (await topicHits(r)).filter(fits);
  const refs: ItemRef[] = [...hits];
  if (u.intent === "vote" && filters) {
    // A vote hit names the item it is recorded under: the item's filters apply.
    refs.push(...(await searchWithin(r, { target: "votes", terms, filters }, CANDIDATES.votes, fits)));
  }
  return positionsOf(r, refs, filter);
}

/**
 * The question's meeting scope as search filters: the meetings by id (the catalog reads the question's
 * municipality, bodies and dates into them, decision blocks included); {} for every meeting, null for none.
 */
export function scopeFilters(r: Retrieval, scope: ReadonlySet<number> | null): { meetings?: string[] } | null {
  if (scope === null) return {};
  if (scope.size === 0) return null;
  const ids = [...scope]
    .sort((a, b) => a - b)
    .flatMap((m) => {
      const id = r.catalog.meetings[m]?.id;
      return id === undefined ? [] : [id];
    });
  return ids.length > 0 ? { meetings: ids } : null;
}

/**
 * Without a topic: the items that fit and pass `accept` (and are among `among`, when given), newest meeting first,
 * until at least CANDIDATES.newest (finishing the day): ranking puts the newest first, and callers take a few.
 */
function newestPool(r: Retrieval, accept: (doc: ItemDoc) => boolean, among?: readonly ItemRef[]): ItemAt[] {
  const filter = itemFilter(r);
  const { catalog } = r;
  if (r.u.caseNumber) return positionsOf(r, catalog.itemsWithCaseNumber(r.u.caseNumber), filter);
  // Item numbers allowed per meeting, when the items are given.
  let allowed: Map<number, Set<number>> | null = null;
  let meetings: Iterable<number>;
  if (among) {
    allowed = new Map();
    for (const ref of among) {
      if (!inScope(filter.scope, ref.meeting)) continue;
      const numbers = allowed.get(ref.meeting) ?? new Set<number>();
      numbers.add(ref.item);
      allowed.set(ref.meeting, numbers);
    }
    meetings = newestFirst(r, new Set(allowed.keys()));
  } else meetings = newestFirst(r, filter.scope);
  const out: ItemAt[] = [];
  let day: string | null = null;
  for (const meeting of meetings) {
    const m = catalog.meetings[meeting];
    if (!m) continue;
    if (out.length >= CANDIDATES.newest && m.date !== day) break;
    day = m.date;
    const numbers = allowed?.get(meeting);
    m.items.forEach((item, index) => {
      if (numbers && !numbers.has(item.number)) return;
      if (filter.fits(meeting, item) && accept(docAt(r, { meeting, index }))) out.push({ meeting, index });
    });
  }
  return out.sort((a, b) => a.meeting - b.meeting || a.index - b.index);
}

function docAt(r: Retrieval, at: ItemAt): ItemDoc {
  const key = `${at.meeting}:${at.index}`;
  let doc = r.docs.get(key);
  if (!doc) {
    doc = itemDocOf(r.catalog.meetings, at.meeting, at.index);
    r.docs.set(key, doc);
  }
  return doc;
}

export interface RankOptions {
  /** Rank only these items (those that fit the question's filters and pass `accept`). */
  among?: readonly ItemRef[];
}

/** The highest score an item can have: every concept matched exactly in its title, plus the largest nudge. */
const MAX_SCORE = 1 + RETRIEVAL.bm25Nudge + RETRIEVAL.titleNudge + RETRIEVAL.ownBodyNudge;

/**
 * Items that fit the question's filters, best first. With a topic, items are ranked by how fully they cover it;
 * without one, newest meeting first and in agenda order.
 *
 * With a topic, items are scored in order of the most they could score (1 plus their BM25 nudge), and scoring
 * stops once RETRIEVAL.maxRanked items that cover the topic (minCoverage) score more than any item left could:
 * the ranking is exact down to those, and items left out rank below them. Every caller reads at most that many
 * answers, or suggestions among them.
 */
export async function rankItems(
  r: Retrieval,
  accept: (doc: ItemDoc) => boolean = () => true,
  options: RankOptions = {},
): Promise<RankedItem[]> {
  const { catalog } = r;
  const topic = hasTopic(r);
  const pool = !topic
    ? newestPool(r, accept, options.among)
    : options.among
      ? positionsOf(r, options.among, itemFilter(r))
      : await topicPool(r);
  const bm25 = topic ? await bm25Of(r) : new Map<string, number>();
  // The longer the title found whole in the question, the more of the question it is ("Nyt placeringsforslag for …"
  // over "Placeringsforslag for …").
  const asked = ` ${plainWords(r.u.question)} `;
  const askedWords = asked.trim().split(" ").length;
  const titled = (doc: ItemDoc) => {
    // A title longer than the question cannot stand in it (checked before any folding: this runs for every candidate).
    if (doc.item.title.length > r.u.question.length) return 0;
    const title = titleWords(doc.item);
    if (title.length < RETRIEVAL.titleMinLength || !asked.includes(` ${title} `)) return 0;
    return title.split(" ").length / askedWords;
  };
  // "What did Kultur- og Fritidsudvalget decide about …": the committee's own meeting before another body's item that
  // quotes its decision (Økonomiudvalget's item on the same case, a week later).
  const askedBodies = new Set(r.u.bodies.map(bodyKey));
  const ownMeeting = new Map<number, boolean>();
  const ownBody = (doc: ItemDoc) => {
    if (askedBodies.size === 0) return false;
    let own = ownMeeting.get(doc.meeting);
    if (own === undefined) {
      own = askedBodies.has(bodyKey(catalog.meetings[doc.meeting]?.committee ?? ""));
      ownMeeting.set(doc.meeting, own);
    }
    return own;
  };
  const nudgeOf = (doc: ItemDoc) =>
    RETRIEVAL.bm25Nudge * (bm25.get(`${doc.meeting}#${doc.item.number}`) ?? 0) +
    RETRIEVAL.titleNudge * titled(doc) +
    (ownBody(doc) ? RETRIEVAL.ownBodyNudge : 0);
  // The most each item can score. With a topic, its short fields (title, decisions, votes, recommendation) are
  // scored first, which is cheap; its long case text, weighing FIELD_WEIGHTS.text, can add at most that much to
  // each concept, so the score is at most the short fields' score plus that weight (and never above 1).
  const entries: { doc: ItemDoc; nudge: number; bound: number; full: TermDoc | null }[] = [];
  for (const at of pool) {
    const doc = docAt(r, at);
    if (!accept(doc)) continue;
    if (!topic) {
      entries.push({ doc, nudge: 0, bound: MAX_SCORE, full: null });
      continue;
    }
    const nudge = nudgeOf(doc);
    const known = r.scores.get(doc);
    if (known) {
      entries.push({ doc, nudge, bound: known.score + nudge, full: null });
      continue;
    }
    const full = topicDoc(r.prepared, doc.fields);
    const head = scoreTopic(r.prepared, full, FIELD_WEIGHTS.text);
    entries.push({ doc, nudge, bound: Math.min(1, head.score + FIELD_WEIGHTS.text) + nudge, full });
  }
  // Stable: items of equal bound keep index order.
  entries.sort((a, b) => b.bound - a.bound);
  const ranked: RankedItem[] = [];
  // Scores of the best covering items so far, highest first, at most maxRanked.
  const best: number[] = [];
  for (const { doc, nudge, bound: most, full } of entries) {
    if (best.length >= RETRIEVAL.maxRanked && (best[best.length - 1] as number) > most) break;
    // An item that cannot come close to the best covering item is no answer (answeringItems keeps those within
    // closeToBest of it), and with an answer there are no suggestions: its long text is not read.
    if (topic && best.length > 0 && most < (best[0] as number) * RETRIEVAL.closeToBest) break;
    let s = r.scores.get(doc);
    if (!s) {
      s = scoreTopic(r.prepared, full ?? topicDoc(r.prepared, doc.fields));
      r.scores.set(doc, s);
    }
    const score = s.score + (s.coverage > 0 ? nudge : 0);
    ranked.push({ doc, score, coverage: s.coverage, matched: s.matched });
    if (topic && s.coverage >= RETRIEVAL.minCoverage) {
      best.push(score);
      best.sort((a, b) => b - a);
      if (best.length > RETRIEVAL.maxRanked) best.pop();
    }
  }
  return ranked.sort(
    (a, b) =>
      b.score - a.score ||
      (catalog.meetings[b.doc.meeting]?.date ?? "").localeCompare(catalog.meetings[a.doc.meeting]?.date ?? "") ||
      a.doc.item.number - b.doc.item.number ||
      a.doc.meeting - b.doc.meeting ||
      a.doc.index - b.doc.index,
  );
}

/** A text's words, folded, one space apart (punctuation dropped): how a question holds a title whole. */
function plainWords(text: string): string {
  return foldPhrase(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** True when the question holds the title whole (its words in order, case and punctuation aside). */
export function holdsTitle(question: string, title: string): boolean {
  const words = plainWords(title);
  return words.length >= RETRIEVAL.titleMinLength && ` ${plainWords(question)} `.includes(` ${words} `);
}

// An item's title in plainWords, once per item: rankItems asks it of every candidate of every question.
const TITLE_WORDS = new WeakMap<AgendaItem, string>();
function titleWords(item: AgendaItem): string {
  let words = TITLE_WORDS.get(item);
  if (words === undefined) {
    words = plainWords(item.title);
    TITLE_WORDS.set(item, words);
  }
  return words;
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
