// The indexed minutes seen item by item as analysed term sets per field, for scoring how fully an item covers a topic.
import type { AgendaItem, Meeting } from "../domain/index.ts";
import { analyze, type LoadedIndex } from "../search/index.ts";
import { type TermSet, termSet } from "./term-set.ts";

/** Where a word stands in an item, and how much a match there says about the item being on the topic. */
export const FIELD_WEIGHTS = {
  title: 1,
  decisions: 0.85,
  votes: 0.85,
  recommendation: 0.7,
  text: 0.55,
} as const;
export type ItemField = keyof typeof FIELD_WEIGHTS;

export interface TermDoc {
  fields: { weight: number; terms: TermSet }[];
}

export interface ItemDoc extends TermDoc {
  meeting: number;
  /** Index into meetings[meeting].items. */
  index: number;
  item: AgendaItem;
}

export interface Corpus {
  meetings: readonly Meeting[];
  docs: readonly ItemDoc[];
  /** Number of items holding each term (any field). */
  df: ReadonlyMap<string, number>;
  /** The item doc for a meeting index and item number. */
  doc(meeting: number, item: number): ItemDoc | undefined;
}

const corpora = new WeakMap<LoadedIndex, Corpus>();

/** The corpus of an index, built once per loaded index. */
export function corpusOf(index: LoadedIndex): Corpus {
  let corpus = corpora.get(index);
  if (!corpus) {
    corpus = buildCorpus(index.meetings);
    corpora.set(index, corpus);
  }
  return corpus;
}

export function buildCorpus(meetings: readonly Meeting[]): Corpus {
  const docs: ItemDoc[] = [];
  const df = new Map<string, number>();
  const byKey = new Map<string, ItemDoc>();
  meetings.forEach((meeting, m) => {
    meeting.items.forEach((item, i) => {
      const votes = meeting.votes.filter((v) => v.item === item.number);
      const texts: Record<ItemField, string> = {
        title: item.title,
        decisions: item.decisions.map((d) => d.text).join("\n"),
        votes: votes.map((v) => `${v.motion}\n${v.text}`).join("\n"),
        recommendation: item.recommendation ?? "",
        text: item.text,
      };
      const analysed = (Object.keys(FIELD_WEIGHTS) as ItemField[]).map((f) => ({
        weight: FIELD_WEIGHTS[f],
        words: new Set(analyze(texts[f])),
      }));
      const fields = analysed.map((f) => ({ weight: f.weight, terms: termSet(f.words) }));
      const doc: ItemDoc = { meeting: m, index: i, item, fields };
      docs.push(doc);
      byKey.set(`${m}#${item.number}`, doc);
      const all = new Set(analysed.flatMap((f) => [...f.words]));
      for (const t of all) df.set(t, (df.get(t) ?? 0) + 1);
    });
  });
  return { meetings, docs, df, doc: (m, n) => byKey.get(`${m}#${n}`) };
}
