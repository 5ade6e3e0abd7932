// Answers an open question: the best matching items, each with the sentence that decides it quoted.
import { DECISIVE_WORDS, decisiveExcerpt, sentences } from "../excerpt.ts";
import { scoreTopic, topicDoc } from "../match.ts";
import { answeringItems, hasTopic, type RankedItem, rankItems } from "../retrieve.ts";
import { type ComposeInput, type Draft, emptyDraft } from "./draft.ts";
import { addSuggestions } from "./suggest.ts";

/** The sentence of an item that best carries the topic, decision sentences first; the decision when none does. */
export function decisiveSentence(input: ComposeInput, hit: RankedItem): string | null {
  const { item } = hit.doc;
  const sources: { text: string; weight: number }[] = [
    ...item.decisions.map((d) => ({ text: d.text, weight: 1.2 })),
    { text: item.recommendation ?? "", weight: 1 },
    { text: item.text, weight: 0.9 },
  ];
  let best: { s: string; score: number } | null = null;
  for (const src of sources) {
    for (const s of sentences(src.text)) {
      if (s.length < 12) continue;
      const { prepared } = input.retrieval;
      const score = scoreTopic(prepared, topicDoc(prepared, [{ text: s, weight: 1 }])).score * src.weight;
      const bonus = DECISIVE_WORDS.test(s) ? 0.05 : 0;
      if (score > 0 && (!best || score + bonus > best.score)) best = { s, score: score + bonus };
    }
  }
  if (best) return decisiveExcerpt(best.s, 300);
  const first = item.decisions[0];
  return first ? decisiveExcerpt(first.text, 300) : null;
}

export async function composeSearch(input: ComposeInput): Promise<Draft> {
  const { retrieval, book } = input;
  const draft = emptyDraft(book);
  // Without a topic the question names an item (or a meeting, or its closed items): show them all, in agenda order
  // (the answer shows a page of them and says how many more).
  const ranked = await rankItems(retrieval);
  const answering = hasTopic(retrieval)
    ? answeringItems(retrieval, ranked)
    : answeringItems(retrieval, ranked, ranked.length);
  if (answering.length === 0) {
    await addSuggestions(input, draft);
    return draft;
  }
  for (const hit of answering) {
    const quote = decisiveSentence(input, hit);
    draft.matches.push({ quote, citation: book.cite(hit.doc.meeting, hit.doc.item.number, quote) });
  }
  draft.status = "found";
  return draft;
}
