// The one seam between the core and the adapters: ask a question, get a structured Answer.
import type { Answer, ConversationContext } from "./answer.ts";

/** The longest question the engine reads, in characters (code points); longer ones are refused at once. */
export const MAX_QUESTION_LENGTH = 500;

export interface AskOptions {
  /** What the previous question in this conversation was about, for follow-ups ("and Venstre?"). */
  context?: ConversationContext | null;
  /** The day the question is asked, ISO; default: the real today. Decides what "upcoming" means. */
  today?: string;
}

export interface Assistant {
  /** Answers one question. Never throws for a strange question: it answers with help instead. */
  ask(question: string, options?: AskOptions): Promise<Answer>;
}
