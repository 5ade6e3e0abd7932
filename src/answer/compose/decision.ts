// Answers "what was decided about X": the decision blocks of the matching items, quoted, per body and date.
import type { Decision } from "../../domain/index.ts";
import { decisiveExcerpt } from "../excerpt.ts";
import { answeringItems, hasTopic, rankItems } from "../retrieve.ts";
import { exactDay } from "../understand/understand.ts";
import { type ComposeInput, type Draft, emptyDraft } from "./draft.ts";
import { addSuggestions } from "./suggest.ts";

const same = (a: string, b: string) => a.localeCompare(b, "da", { sensitivity: "base" }) === 0;

/** An item's decision blocks, narrowed to the asked body and day when the question names them and they exist. */
export function blocksFor(input: ComposeInput, decisions: readonly Decision[]): Decision[] {
  let blocks = [...decisions];
  const { bodies } = input.u;
  if (bodies.length > 0) {
    const byBody = blocks.filter((d) => bodies.some((b) => same(b, d.body)));
    if (byBody.length > 0) blocks = byBody;
  }
  const day = exactDay(input.u);
  if (day) {
    const onDay = blocks.filter((d) => d.date === day);
    if (onDay.length > 0) blocks = onDay;
  }
  return blocks.filter((d) => d.text.trim().length > 0);
}

export function composeDecision(input: ComposeInput): Draft {
  const { retrieval, book, catalog } = input;
  const draft = emptyDraft(book);
  const ranked = rankItems(retrieval, (doc) => doc.item.decisions.some((d) => d.text.trim().length > 0));
  // Without a topic the question points at a meeting or an item: its decisions in agenda order, a few at most.
  const answering = hasTopic(retrieval) ? answeringItems(retrieval, ranked) : answeringItems(retrieval, ranked, 5);
  if (answering.length === 0) {
    addSuggestions(input, draft);
    return draft;
  }
  for (const hit of answering) {
    const m = catalog.meetings[hit.doc.meeting];
    if (!m) continue;
    for (const block of blocksFor(input, hit.doc.item.decisions)) {
      const text = decisiveExcerpt(block.text);
      const citation = book.cite(hit.doc.meeting, hit.doc.item.number, text);
      draft.decisions.push({ body: block.body, date: block.date, text, citation });
    }
  }
  draft.status = draft.decisions.length > 0 ? "found" : "not_found";
  return draft;
}
