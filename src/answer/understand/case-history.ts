// Reads questions about a case's path through the bodies: "What happened to case 24/46085?", "sagsforløb for
// helhedsplanen", "where is the Vapnagård case now?". An ordered table of phrasing rules, each with a real question.

import { foldPhrase } from "../../search/index.ts";
import type { Understanding } from "./understand.ts";

export interface CaseHistoryRule {
  /** A real question the rule is for. */
  example: string;
  /** Matched against the lower-cased question. */
  pattern: RegExp;
  /** True when the rule holds only with a case number named ("what happened to case 24/46085"). */
  needsCaseNumber: boolean;
}

const b = (alternatives: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, "u");

export const CASE_HISTORY_RULES: readonly CaseHistoryRule[] = [
  {
    example: "sagsforløb for helhedsplanen",
    pattern: b(
      "sagsforløb(?:et)?|forløbet (?:for|af|i) sagen|case history|history of (?:the )?case|(?:through|across) (?:every|all|each|the) (?:bodies|committees)|gennem (?:alle )?(?:udvalgene|organerne)|followed through",
    ),
    needsCaseNumber: false,
  },
  {
    example: "where is the Vapnagård case now?",
    pattern: b(
      "where is (?:the )?(?:\\S+ ){0,6}?(?:case|matter)(?: \\S+){0,6}? now|where does (?:the )?(?:\\S+ ){0,6}?(?:case|matter) stand|status (?:of|on) (?:the )?(?:\\S+ ){0,4}?case|hvor (?:er|står) (?:sagen|\\S+-?sagen)(?: \\S+){0,6}? nu|hvor langt er (?:sagen|\\S+-?sagen)|status (?:på|for) (?:sagen|\\S+-?sagen)",
    ),
    needsCaseNumber: false,
  },
  {
    // When it was treated, in the past tense: every treatment, dated ("Hvornår skal X behandles?" looks ahead).
    example: "hvornår behandlede byrådet budgetforslaget første gang?",
    pattern: b(
      "hvornår (?:behandlede|drøftede|besluttede|har (?:\\S+ ){0,5}?(?:behandlet|drøftet)|blev (?:\\S+ ){0,6}?(?:behandlet|drøftet)|var (?:\\S+ ){0,6}?(?:behandlet|drøftet|oppe))|when (?:was|were|has|have) (?:\\S+ ){0,8}?(?:treated|discussed|handled|considered|dealt with|debated)|when did (?:\\S+ ){0,6}?(?:treat|discuss|handle|consider|deal with|debate)",
    ),
    needsCaseNumber: false,
  },
  {
    example: "What happened to case 24/46085?",
    pattern: b(
      "what happened (?:to|with)|what has happened|hvad (?:skete|sker|er) (?:der )?(?:sket )?(?:med|i)|how did (?:the )?case|where is|hvor er|status",
    ),
    needsCaseNumber: true,
  },
];

/** True when the question asks for a case's path through the bodies. */
export function asksCaseHistory(u: Understanding): boolean {
  const lower = foldPhrase(u.question);
  return CASE_HISTORY_RULES.some((r) => (!r.needsCaseNumber || u.caseNumber !== null) && r.pattern.test(lower));
}
