// Questions served by composers of their own before the intent table: records across meetings and a case's
// history. Each reads the question and answers it with its own fixed wording, or passes (null).
import type { Intent } from "../../domain/index.ts";
import { asksCaseHistory } from "../understand/case-history.ts";
import { understandRecord } from "../understand/record.ts";
import { composeCaseHistory } from "./case-history.ts";
import type { ComposeInput, Draft } from "./draft.ts";
import { composeRecord } from "./record.ts";

/** A special answer's own text, and how its list was paged (it pages its list itself; see PAGE). */
export interface SpecialText {
  text: string;
  /** Votes left after the ones shown ("and N more"); 0 when the list is whole. */
  more: number;
  /** How far into the list this answer has shown (where "more" goes on from). */
  shown: number;
}

export interface SpecialAnswer extends SpecialText {
  intent: Intent;
  draft: Draft;
}

/** The special answer to the question, or null when the intent table answers it. */
export async function composeSpecial(input: ComposeInput): Promise<SpecialAnswer | null> {
  const { u } = input;
  // "Which meetings did X miss?" reads as a list of meetings (source) before it reads as a record.
  if (u.intent === "vote" || u.intent === "attendance" || u.intent === "search" || u.intent === "source") {
    const record = understandRecord(u, input.today);
    if (record) {
      const result = composeRecord(input, record);
      return { intent: record.kind === "absence" ? "attendance" : "vote", ...result };
    }
  }
  if (asksCaseHistory(u)) {
    const { draft, text } = await composeCaseHistory(input);
    return { intent: "decision", draft, text, more: 0, shown: 0 };
  }
  return null;
}
