// The local search backend: today's compact index (loaded from index-data/) behind the SearchBackend interface.
import type { Meeting, Vote } from "../domain/index.ts";
import { buildVoteRecords, type VoteRecords, voteRecordsOf } from "../records/vote-records.ts";
import { type Corpus, checkQuery, type SearchBackend, type SearchFilters, type SearchHit } from "./backend.ts";
import { citationUrl } from "./citation-url.ts";
import type { ItemRef, LoadedIndex } from "./load-index.ts";

// Names compare case aside; Danish letters stay apart (the "da" collation orders æ, ø, å as letters of their own).
const collator = new Intl.Collator("da", { sensitivity: "accent" });
const sameName = (a: string, b: string) => collator.compare(a, b) === 0;

const corpora = new WeakMap<LoadedIndex, Corpus>();

/** The corpus of a loaded index (built once per index): its meetings, sources.json's names and links, its records. */
export function corpusOf(index: LoadedIndex): Corpus {
  let corpus = corpora.get(index);
  if (!corpus) {
    let records: VoteRecords | null = index.records ?? null;
    corpus = {
      meetings: index.meetings,
      municipalityOf(position) {
        const m = index.meetings[position];
        const name = index.manifest.inputs[position]?.name ?? m?.source ?? "";
        return index.sources[name]?.municipality ?? m?.municipality ?? null;
      },
      linkOf: (position, item, publicBaseUrl) => citationUrl(index, position, item, publicBaseUrl),
      // An index written before the records table (or a hand-made test index) gets one built from its meetings.
      get records() {
        records ??= voteRecordsOf(buildVoteRecords(index.meetings));
        return records;
      },
    };
    corpora.set(index, corpus);
  }
  return corpus;
}

export function localSearchBackend(index: LoadedIndex): SearchBackend {
  const { meetings } = index;
  const positions = new Map(meetings.map((m, i) => [m.id, i]));
  const itemCount = index.itemCount ?? meetings.reduce((n, m) => n + m.items.length, 0);

  /** The meeting-level part of the filters (municipality, body, dates), memoised per query. */
  const meetingTest = (filters: SearchFilters) => {
    const memo = new Map<number, boolean>();
    const ids = filters.meetings ? new Set(filters.meetings) : null;
    return (position: number): boolean => {
      let fits = memo.get(position);
      if (fits === undefined) {
        const m = meetings[position];
        fits =
          m !== undefined &&
          (!ids || ids.has(m.id)) &&
          (!filters.municipality || (m.municipality !== null && sameName(m.municipality, filters.municipality))) &&
          (!filters.bodies || filters.bodies.some((b) => sameName(b, m.committee))) &&
          (!filters.from || m.date >= filters.from) &&
          (!filters.to || m.date <= filters.to);
        memo.set(position, fits);
      }
      return fits;
    };
  };
  const votedBy = (vote: Vote, party: string) =>
    [...vote.for, ...vote.against, ...vote.abstain].some((e) => e.party !== null && sameName(e.party, party));
  const itemTest = (filters: SearchFilters) => {
    const meetingFits = meetingTest(filters);
    return (ref: ItemRef): boolean => {
      if (!meetingFits(ref.meeting)) return false;
      const m = meetings[ref.meeting] as Meeting;
      if (filters.caseNumber && m.items.find((i) => i.number === ref.item)?.caseNumber !== filters.caseNumber) {
        return false;
      }
      const party = filters.party;
      return !party || m.votes.some((v) => v.item === ref.item && votedBy(v, party));
    };
  };
  const idOf = (position: number) => (meetings[position] as Meeting).id;

  return {
    name: "local",
    async search(query) {
      const q = checkQuery(query);
      const words = q.terms.join(" ");
      const { filters } = q;
      const any = Object.keys(filters).length > 0;
      if (q.target === "items") {
        const fits = itemTest(filters);
        return index
          .searchItems(words, { limit: q.limit, fuzzy: q.fuzzy, ...(any ? { filter: fits } : {}) })
          .map((h): SearchHit => ({ meeting: idOf(h.meeting), number: h.item, score: h.score, terms: h.terms }));
      }
      if (q.target === "votes") {
        const fits = itemTest({ ...filters, party: undefined });
        const party = filters.party;
        // The index filters votes by their item; a party is checked on each vote after, over every match.
        const limit = party ? Math.max(q.limit, index.manifest.counts.votes) : q.limit;
        const hits = index
          .searchVotes(words, { limit, ...(any ? { filter: fits } : {}) })
          .filter((h) => {
            const v = meetings[h.meeting]?.votes[h.vote];
            return v !== undefined && (!party || votedBy(v, party));
          })
          .slice(0, q.limit);
        return hits.map(
          (h): SearchHit => ({
            meeting: idOf(h.meeting),
            number: meetings[h.meeting]?.votes[h.vote]?.item ?? 0,
            score: h.score,
            terms: [],
            vote: h.vote,
          }),
        );
      }
      // Upcoming rows are few (a list per committee meeting): filtered after the search.
      const fits = itemTest(filters);
      const all = index.searchUpcoming(words, {
        limit: any ? Math.max(q.limit, index.manifest.counts.upcoming) : q.limit,
      });
      return all
        .filter((h) => !any || fits({ meeting: h.meeting, item: meetings[h.meeting]?.upcoming[h.row]?.item ?? 0 }))
        .slice(0, q.limit)
        .map(
          (h): SearchHit => ({
            meeting: idOf(h.meeting),
            number: meetings[h.meeting]?.upcoming[h.row]?.item ?? 0,
            score: h.score,
            terms: [],
            row: h.row,
          }),
        );
    },
    async documentFrequency(term) {
      return index.documentFrequency?.(term) ?? 0;
    },
    async meetings(ids) {
      return ids.flatMap((id) => {
        const at = positions.get(id);
        return at === undefined ? [] : [meetings[at] as Meeting];
      });
    },
    async corpus() {
      return corpusOf(index);
    },
    async stats() {
      return { meetings: meetings.length, items: itemCount };
    },
  };
}
