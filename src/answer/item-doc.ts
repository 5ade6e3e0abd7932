// One agenda item as weighted text fields, for scoring how fully it covers a topic (see match.ts).
import type { AgendaItem, Meeting } from "../domain/index.ts";
import type { TextField } from "./match.ts";

/** Where a word stands in an item, and how much a match there says about the item being on the topic. */
export const FIELD_WEIGHTS = {
  title: 1,
  decisions: 0.85,
  votes: 0.85,
  recommendation: 0.7,
  text: 0.55,
} as const;
export type ItemField = keyof typeof FIELD_WEIGHTS;

export interface ItemDoc {
  meeting: number;
  /** Index into meetings[meeting].items. */
  index: number;
  item: AgendaItem;
  /** The item's fields, heaviest first; each text is read (the case text decoded) only when scoring reaches it. */
  fields: TextField[];
}

/** The document of item `index` of meeting `meeting`. */
export function itemDocOf(meetings: readonly Meeting[], meeting: number, index: number): ItemDoc {
  const m = meetings[meeting];
  const item = m?.items[index];
  if (!m || !item) throw new Error(`answer: no item ${index} in meeting ${meeting}`);
  return { meeting, index, item, fields: FIELDS.map((f) => new ItemTextField(f, m, item)) };
}

/** One field of an item, its text built when read (a class: a small object per field, no closures). */
class ItemTextField implements TextField {
  readonly weight: number;

  constructor(
    private readonly field: ItemField,
    private readonly meeting: Meeting,
    private readonly item: AgendaItem,
  ) {
    this.weight = FIELD_WEIGHTS[field];
  }

  text(): string {
    const { item } = this;
    switch (this.field) {
      case "title":
        return item.title;
      case "decisions":
        return item.decisions.map((d) => d.text).join("\n");
      case "votes":
        return this.meeting.votes
          .filter((v) => v.item === item.number)
          .map((v) => `${v.motion}\n${v.text}`)
          .join("\n");
      case "recommendation":
        return item.recommendation ?? "";
      case "text":
        return item.text;
    }
  }
}

// Heaviest first, so that scoring can stop before the light, long fields.
const FIELDS = (Object.keys(FIELD_WEIGHTS) as ItemField[]).sort((a, b) => FIELD_WEIGHTS[b] - FIELD_WEIGHTS[a]);
