// Words and plain-text pieces both chat renderers share: labels per language, dates, citation labels, vote lines.
import type { Answer, AnswerVote, Citation, Language, Outcome, Position } from "../../src/domain/index.ts";

export interface Labels {
  votes: string;
  sources: string;
  upcoming: string;
  suggestions: string;
  position: Record<Position, string> & { unknown: string };
  outcome: Record<Outcome, string>;
  counts: (c: { for: number; against: number; abstain: number }) => string;
  more: (n: number, what: string) => string;
  moreVotes: string;
  moreSources: string;
  moreItems: string;
  minutes: string;
  askedBy: string;
  caseNumber: string;
  status: Record<Answer["status"], string>;
}

export const LABELS: Record<Language, Labels> = {
  en: {
    votes: "Votes",
    sources: "Sources",
    upcoming: "Coming up",
    suggestions: "Closest items in the minutes",
    position: { for: "for", against: "against", abstain: "abstained", unknown: "position not recorded" },
    outcome: { adopted: "adopted", rejected: "rejected" },
    counts: (c) => `${c.for} for, ${c.against} against, ${c.abstain} abstained`,
    more: (n, what) => `… and ${n} more ${what}`,
    moreVotes: "votes",
    moreSources: "sources",
    moreItems: "items",
    minutes: "Minutes",
    askedBy: "asked",
    caseNumber: "case",
    status: {
      found: "From the published minutes",
      not_found: "Not found in the minutes",
      clarify: "Could you say more?",
    },
  },
  da: {
    votes: "Afstemninger",
    sources: "Kilder",
    upcoming: "Kommende sager",
    suggestions: "Nærmeste punkter i referaterne",
    position: { for: "for", against: "imod", abstain: "undlod at stemme", unknown: "stemme ikke oplyst" },
    outcome: { adopted: "vedtaget", rejected: "forkastet" },
    counts: (c) => `${c.for} for, ${c.against} imod, ${c.abstain} undlod`,
    more: (n, what) => `… og ${n} ${what} mere`,
    moreVotes: "afstemninger",
    moreSources: "kilder",
    moreItems: "punkter",
    minutes: "Referat",
    askedBy: "spurgte",
    caseNumber: "sag",
    status: {
      found: "Fra de offentliggjorte referater",
      not_found: "Ikke fundet i referaterne",
      clarify: "Uddyb gerne spørgsmålet",
    },
  },
};

/** Position marks as emoji: one glance tells for from against. */
export const POSITION_MARK: Record<Position | "unknown", string> = {
  for: "✅",
  against: "❌",
  abstain: "➖",
  unknown: "❔",
};

/** 2020-12-09 → 09-12-2020, the way the minutes and their readers write dates. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : iso;
}

/** "Social- og Beskæftigelsesudvalget · 09-12-2020 · punkt 12", as people cite a decision. */
export function citationLabel(citation: Pick<Citation, "committee" | "meetingDate" | "item">): string {
  const parts = [citation.committee, formatDate(citation.meetingDate)];
  if (citation.item !== null) parts.push(`punkt ${citation.item}`);
  return parts.join(" · ");
}

/** A short button label for a citation: "Punkt 12 · 09-12-2020", or "Minutes 09-12-2020" for a whole meeting. */
export function citationButtonLabel(citation: Citation, labels: Labels): string {
  const date = formatDate(citation.meetingDate);
  return citation.item !== null ? `Punkt ${citation.item} · ${date}` : `${labels.minutes} ${date}`;
}

/** Who a vote line speaks about: the asked party or member, with the members behind a party position. */
export function voteSubject(answer: Answer, vote: AnswerVote): string | null {
  if (!answer.subject) return null;
  const name = answer.subject.name;
  return vote.positionBasis === "party-members" && vote.members.length > 0
    ? `${name} – ${vote.members.join(", ")}`
    : name;
}

/** The plain parts of a vote line: mark, subject, position, body, date, outcome, counts. */
export function voteParts(answer: Answer, vote: AnswerVote, labels: Labels) {
  return {
    mark: POSITION_MARK[vote.position ?? "unknown"],
    subject: voteSubject(answer, vote),
    position: vote.position ? labels.position[vote.position] : answer.subject ? labels.position.unknown : null,
    where: `${vote.body} · ${formatDate(vote.date)}`,
    outcome: labels.outcome[vote.outcome],
    counts: vote.counts ? labels.counts(vote.counts) : null,
  };
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

// The engine's text ends with a "Sources:" block (one "[n] …" line per citation) for the console; chat
// renderers show the citations as structured lines and buttons instead, so the block would say it twice.
const SOURCES_BLOCK = /\n\s*\n(?:Sources|Kilder):\n(?:\[\d+\][^\n]*(?:\n|$))+\s*$/;

/**
 * The answer text for chat: without the trailing sources block when the citations are rendered apart, and
 * without the "- …" vote lines when the votes are rendered as their own compact list.
 */
export function answerBody(answer: Answer): string {
  let body = answer.citations.length > 0 ? answer.text.replace(SOURCES_BLOCK, "").trim() : answer.text;
  if (answer.votes.length > 0) {
    const kept = body.split("\n").filter((line) => !/^\s*- /.test(line));
    // Only when the text listed the votes as lines; otherwise it is prose and stays whole.
    if (kept.length < body.split("\n").length) body = kept.join("\n").trim();
  }
  return body.length > 0 ? body : answer.text;
}
