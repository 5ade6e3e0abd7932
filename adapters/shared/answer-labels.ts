// What both chat renderers take from an Answer's facts: the catalog's words, compact citation labels, vote parts,
// the lines of the answer they show as text (picked by role and fact kind, never cut out of the console text).
import { formatDate, MESSAGES, type Messages } from "../../src/answer/messages.ts";
import { type Line, renderLines, splitText } from "../../src/answer/render-text.ts";
import type { Answer, AnswerVote, Citation, FactKind, Language, Position } from "../../src/domain/index.ts";

export type Labels = Messages;
/** The one catalog: chat labels are the core's messages. */
export const LABELS: Record<Language, Labels> = MESSAGES;

/** Position marks as emoji: one glance tells for from against. */
export const POSITION_MARK: Record<Position | "unknown", string> = {
  for: "✅",
  against: "❌",
  abstain: "➖",
  unknown: "❔",
};

/** "Social- og Beskæftigelsesudvalget · 9. december 2020 · punkt 12", in the core's one date style. */
export function citationLabel(
  citation: Pick<Citation, "committee" | "meetingDate" | "item">,
  language: Language,
): string {
  const parts = [citation.committee, formatDate(citation.meetingDate, language)];
  if (citation.item !== null) parts.push(`${MESSAGES[language].item} ${citation.item}`);
  return parts.join(" · ");
}

/** A short button label for a citation: "Punkt 12 · 9. december 2020", or "Referat 9. december 2020". */
export function citationButtonLabel(citation: Citation, language: Language): string {
  const M = MESSAGES[language];
  const date = formatDate(citation.meetingDate, language);
  return citation.item !== null ? `${M.Item} ${citation.item} · ${date}` : `${M.minutes} ${date}`;
}

/** Who a vote line speaks about: the asked party or member, with the members behind a party position. */
export function voteSubject(answer: Answer, vote: AnswerVote): string | null {
  if (!answer.subject) return null;
  const name = answer.subject.name;
  return vote.positionBasis === "party-members" && vote.members.length > 0 && !vote.split
    ? `${name} – ${vote.members.join(", ")}`
    : name;
}

/** The plain parts of a vote line: mark, subject, position, body, date, outcome, counts. */
export function voteParts(answer: Answer, vote: AnswerVote) {
  const M = MESSAGES[answer.language];
  return {
    mark: POSITION_MARK[vote.position ?? "unknown"],
    subject: voteSubject(answer, vote),
    position:
      splitText(vote, answer.language) ??
      (vote.position ? M.positionShort[vote.position] : answer.subject ? M.positionShort.unknown : null),
    where: `${vote.body} · ${formatDate(vote.date, answer.language)}`,
    outcome: M.outcome[vote.outcome],
    counts: vote.counts ? M.counts(vote.counts) : null,
  };
}

/** The vote facts of an answer, as the chat renderers list them. */
export function voteFacts(answer: Answer) {
  return answer.facts.filter((f) => f.kind === "vote");
}

/** Distinct http(s) source links in citation order, for link buttons. */
export function sourceLinks(answer: Answer, max: number): { url: string; citation: Citation }[] {
  const seen = new Set<string>();
  const out: { url: string; citation: Citation }[] = [];
  for (const citation of answer.citations) {
    const url = citation.url;
    if (!url || !/^https?:\/\//i.test(url) || seen.has(url)) continue;
    seen.add(url);
    out.push({ url, citation });
    if (out.length === max) break;
  }
  return out;
}

/** Facts the chat renderers show as their own fields or lists, so the text lines of them are left out. */
const LISTED: ReadonlySet<FactKind> = new Set<FactKind>(["vote", "upcoming", "agenda-items"]);

/**
 * The lines of the answer a chat message shows as text: the lead, decisions, notes. Vote and upcoming lines, the
 * closest items and the sources block are rendered apart from their facts, so they are left out here.
 */
export function chatLines(answer: Answer): Line[] {
  return renderLines(answer).filter(
    (l) => l.role !== "source" && l.role !== "suggestion" && !(l.fact && LISTED.has(l.fact)),
  );
}

/** The text part of a chat answer; the help text when the facts leave no lines (a clarification). */
export function chatText(answer: Answer): string {
  const text = chatLines(answer)
    .map((l) => l.text)
    .join("\n")
    .trim();
  return text.length > 0 ? text : answer.status === "found" ? "" : answer.text;
}
