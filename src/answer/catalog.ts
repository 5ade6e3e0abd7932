// The indexed meetings' structured facts, gathered once per index: meetings by date, committee, body and place, lists, votes by subject.
import { caseKey } from "../domain/case-number.ts";
import type { AgendaItem, Meeting } from "../domain/index.ts";
import type { Corpus, ItemRef } from "../search/index.ts";
import { sameName } from "./positions.ts";

/**
 * Small maps from a meeting's facts to meeting indexes, so a question's committee, date or place narrows the
 * meetings without reading every meeting, and never any item's text. The maps' lists hold meeting indexes in
 * index order.
 */
export interface Catalog {
  meetings: readonly Meeting[];
  /** The position in `meetings` of the meeting with this id (Meeting.id), as search hits name it. */
  positionOf(id: string): number | undefined;
  /** Agenda items in the index. */
  itemCount: number;
  /** Each meeting's municipality (sources.json overrides what the minutes say). */
  municipality: readonly (string | null)[];
  /** Meeting indexes, newest first; meetings of one day in index order. */
  newestFirst: readonly number[];
  /** Position of each meeting in `newestFirst`. */
  rank: Int32Array;
  byMunicipality: ReadonlyMap<string, number[]>;
  byCommittee: ReadonlyMap<string, number[]>;
  /** By the committee and by every body that decided one of the meeting's items. */
  byBody: ReadonlyMap<string, number[]>;
  /** By the meeting's date. */
  byDate: ReadonlyMap<string, number[]>;
  /** By the meeting's date and the dates of its items' decision blocks. */
  byAnyDate: ReadonlyMap<string, number[]>;
  /** Meetings with a "Kommende sager" list, per municipality and committee. */
  upcomingLists: readonly UpcomingLists[];
  /** Agendas (dagsordener), oldest first; one day in index order. */
  agendas: readonly number[];
  /** The item of a meeting by its number. */
  item(meeting: number, number: number): AgendaItem | undefined;
  /** The position in meetings[meeting].items of the item with this number, or -1. */
  itemIndex(meeting: number, number: number): number;
  /** Items with this case number in any spelling (see caseKey), in index order (the map is built on first use). */
  itemsWithCaseNumber(caseNumber: string): readonly ItemRef[];
  /** Items with a recorded vote naming the party (by letter) or member, in index order (built on first use). */
  itemsWithVotesNaming(subject: { kind: "party" | "member"; key: string }): ItemRef[];
}

/** The lists of one municipality's committee: meetings oldest first, and the lowest index among the first k. */
export interface UpcomingLists {
  municipality: string | null;
  committee: string;
  meetings: number[];
  /** lowestIndex[k]: the lowest meeting index among meetings[0..k]. */
  lowestIndex: number[];
}

const catalogs = new WeakMap<Corpus, Catalog>();

/** The catalog of an index's corpus, built once per corpus. */
export function catalogOf(corpus: Corpus): Catalog {
  let catalog = catalogs.get(corpus);
  if (!catalog) {
    catalog = buildCatalog(corpus);
    catalogs.set(corpus, catalog);
  }
  return catalog;
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

export function buildCatalog(corpus: Corpus): Catalog {
  const { meetings } = corpus;
  const municipality = withSiteMunicipalities(
    meetings,
    meetings.map((_, i) => corpus.municipalityOf(i)),
  );
  const byMunicipality = new Map<string, number[]>();
  const byCommittee = new Map<string, number[]>();
  const byBody = new Map<string, number[]>();
  const byDate = new Map<string, number[]>();
  const byAnyDate = new Map<string, number[]>();
  const lists = new Map<string, UpcomingLists>();
  let itemCount = 0;
  meetings.forEach((m, i) => {
    itemCount += m.items.length;
    const place = municipality[i] ?? null;
    if (place) push(byMunicipality, place, i);
    push(byCommittee, m.committee, i);
    push(byBody, m.committee, i);
    push(byDate, m.date, i);
    push(byAnyDate, m.date, i);
    for (const item of m.items) {
      for (const d of item.decisions) {
        // Most blocks are the committee's own, on the meeting's day: already listed.
        if (d.body !== m.committee) push(byBody, d.body, i);
        if (d.date !== m.date) push(byAnyDate, d.date, i);
      }
    }
    if (m.upcoming.length > 0) {
      const key = `${place ?? ""}|${m.committee}`;
      let entry = lists.get(key);
      if (!entry) {
        entry = { municipality: place, committee: m.committee, meetings: [], lowestIndex: [] };
        lists.set(key, entry);
      }
      entry.meetings.push(i);
    }
  });
  // push() keeps one entry per meeting only when repeats are adjacent: block bodies and dates repeat across items.
  for (const map of [byBody, byAnyDate]) for (const [k, list] of map) map.set(k, [...new Set(list)].sort(byNumber));
  const byDateThenIndex = (a: number, b: number) =>
    (meetings[a]?.date ?? "").localeCompare(meetings[b]?.date ?? "") || a - b;
  for (const entry of lists.values()) {
    entry.meetings.sort(byDateThenIndex);
    let lowest = Number.POSITIVE_INFINITY;
    entry.lowestIndex = entry.meetings.map((i) => {
      lowest = Math.min(lowest, i);
      return lowest;
    });
  }
  const newestFirst = meetings
    .map((_, i) => i)
    .sort((a, b) => (meetings[b]?.date ?? "").localeCompare(meetings[a]?.date ?? "") || a - b);
  const rank = new Int32Array(meetings.length);
  newestFirst.forEach((m, r) => {
    rank[m] = r;
  });
  const agendas = meetings
    .map((m, i) => (m.documentType === "dagsorden" ? i : -1))
    .filter((i) => i >= 0)
    .sort(byDateThenIndex);

  const itemIndex = (meeting: number, number: number): number => {
    const items = meetings[meeting]?.items;
    if (!items) return -1;
    // Items are numbered 1, 2, 3… in agenda order almost always: look there first.
    return items[number - 1]?.number === number ? number - 1 : items.findIndex((x) => x.number === number);
  };
  const item = (meeting: number, number: number): AgendaItem | undefined =>
    meetings[meeting]?.items[itemIndex(meeting, number)];

  let caseNumbers: Map<string, ItemRef[]> | null = null;
  let voters: { byParty: Map<string, ItemRef[]>; byName: Map<string, ItemRef[]> } | null = null;
  const votersOf = () => {
    const byParty = new Map<string, ItemRef[]>();
    const byName = new Map<string, ItemRef[]>();
    const add = (map: Map<string, ItemRef[]>, key: string, ref: ItemRef) => {
      const list = map.get(key);
      const last = list?.[list.length - 1];
      if (!list) map.set(key, [ref]);
      else if (last?.meeting !== ref.meeting || last.item !== ref.item) list.push(ref);
    };
    meetings.forEach((m, meeting) => {
      for (const v of m.votes) {
        const ref = { meeting, item: v.item };
        for (const e of [...v.for, ...v.against, ...v.abstain]) {
          if (e.party) add(byParty, e.party, ref);
          if (e.name) add(byName, e.name, ref);
        }
      }
    });
    return { byParty, byName };
  };

  const positions = new Map(meetings.map((m, i) => [m.id, i]));
  return {
    meetings,
    positionOf: (id) => positions.get(id),
    itemCount,
    municipality,
    newestFirst,
    rank,
    byMunicipality,
    byCommittee,
    byBody,
    byDate,
    byAnyDate,
    upcomingLists: [...lists.values()],
    agendas,
    item,
    itemIndex,
    itemsWithCaseNumber(caseNumber) {
      if (!caseNumbers) {
        const map = new Map<string, ItemRef[]>();
        meetings.forEach((m, meeting) => {
          for (const it of m.items) {
            const key = caseKey(it.caseNumber);
            if (!key) continue;
            const list = map.get(key);
            if (list) list.push({ meeting, item: it.number });
            else map.set(key, [{ meeting, item: it.number }]);
          }
        });
        caseNumbers = map;
      }
      return caseNumbers.get(caseKey(caseNumber) ?? "") ?? [];
    },
    itemsWithVotesNaming(subject) {
      voters ??= votersOf();
      if (subject.kind === "party") return uniqueRefs(voters.byParty.get(subject.key) ?? []);
      // Names are compared loosely (glued or split spellings): every spelling that matches the asked name counts.
      const refs: ItemRef[] = [];
      for (const [name, list] of voters.byName) if (sameName(name, subject.key)) refs.push(...list);
      return uniqueRefs(refs);
    },
  };
}

const byNumber = (a: number, b: number) => a - b;

/** Refs without repeats, in index order (meeting, then item number). */
export function uniqueRefs(refs: readonly ItemRef[]): ItemRef[] {
  const seen = new Set<string>();
  const out: ItemRef[] = [];
  for (const r of refs) {
    const key = `${r.meeting}#${r.item}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(r);
  }
  return out.sort((a, b) => a.meeting - b.meeting || a.item - b.item);
}

/** The host of a meeting's official URL ("dagsordener.greve.dk"), or null. */
function siteOf(m: Meeting): string | null {
  try {
    return m.sourceRef.url ? new URL(m.sourceRef.url).host.toLowerCase() : null;
  } catch {
    return null;
  }
}

/**
 * A meeting whose text names no municipality takes the one of the other meetings published on the same site,
 * when they all name the same one (a short Greve agenda without "Greve Kommune" in it is still Greve's).
 */
export function withSiteMunicipalities(
  meetings: readonly Meeting[],
  known: readonly (string | null)[],
): (string | null)[] {
  const bySite = new Map<string, Set<string>>();
  meetings.forEach((m, i) => {
    const site = siteOf(m);
    const place = known[i];
    if (!site || !place) return;
    const set = bySite.get(site) ?? new Set<string>();
    set.add(place);
    bySite.set(site, set);
  });
  return meetings.map((m, i) => {
    if (known[i]) return known[i] ?? null;
    const site = siteOf(m);
    const places = site ? bySite.get(site) : undefined;
    return places && places.size === 1 ? ([...places][0] ?? null) : null;
  });
}
