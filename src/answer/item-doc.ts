// One agenda item as weighted text fields, for scoring how fully it covers a topic (see match.ts).
import type { AgendaItem, Meeting } from "../domain/index.ts";
import type { TextField } from "./match.ts";

/** Where a word stands in an item, and how much a match there says about the item being on the topic. */
export const FIELD_WEIGHTS = {
  title: 1,
  /** The blocks of the meeting's own body on its day. */
  decisions: 0.85,
  votes: 0.85,
  /**
   * Earlier treatments quoted in the item (another body's decision, the committee's own at an earlier meeting): they
   * say what the item is about, but the meeting where a decision was made is the better answer to a question about it.
   */
  history: 0.75,
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
        return this.blocks(true);
      case "votes":
        return this.votes(true);
      case "history": {
        const votes = this.votes(false);
        const blocks = this.blocks(false);
        return votes && blocks ? `${blocks}\n${votes}` : blocks || votes;
      }
      case "recommendation":
        return item.recommendation ?? "";
      case "text":
        return item.text;
    }
  }

  /** A block or vote is the meeting's own when its body held the meeting, on the meeting's day. */
  private own(body: string, date: string): boolean {
    return body === this.meeting.committee && date === this.meeting.date;
  }

  private blocks(own: boolean): string {
    return this.item.decisions
      .filter((d) => this.own(d.body, d.date) === own)
      .map((d) => d.text)
      .join("\n");
  }

  private votes(own: boolean): string {
    const { number } = this.item;
    return this.meeting.votes
      .filter((v) => v.item === number && this.own(v.body, v.date) === own)
      .map((v) => `${v.motion}\n${v.text}`)
      .join("\n");
  }
}

// Heaviest first, so that scoring can stop before the light, long fields.
const FIELDS = (Object.keys(FIELD_WEIGHTS) as ItemField[]).sort((a, b) => FIELD_WEIGHTS[b] - FIELD_WEIGHTS[a]);
