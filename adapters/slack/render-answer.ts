// Renders an Answer as a Slack message (Block Kit + plain-text fallback), pure, within Slack's limits.
import type { types } from "@slack/bolt";
import type { Answer, AnswerVote, Citation, Language } from "../../src/domain/index.ts";
import {
  chatText,
  citationButtonLabel,
  citationLabel,
  LABELS,
  type Labels,
  sourceLinks,
  voteFacts,
  voteParts,
} from "../shared/answer-labels.ts";
import { escapeMrkdwn, fitRendered, link, mrkdwnWithLinks, truncate } from "./mrkdwn.ts";

/** Slack's documented limits, and our own budgets inside them. */
export const SLACK_LIMITS = {
  /** Blocks per message. */
  blocks: 50,
  /** Characters in a section's text. */
  sectionText: 3000,
  /** Characters in a button's text. */
  buttonText: 75,
  /** Characters in a button's URL. */
  buttonUrl: 3000,
  /** Elements in a context block. */
  contextElements: 10,
  /** Our budget: fallback `text` for notifications (Slack truncates at 40 000). */
  fallbackText: 3000,
  /** Our budget: sections for the answer text, for vote lines, for sources. */
  textSections: 3,
  voteSections: 3,
  sourceSections: 2,
  /** Our budget: link buttons (Slack allows 25 per actions block; more is noise). */
  buttons: 5,
  /** Our budget: characters of a motion or quote quoted in a line. */
  quote: 200,
} as const;

export interface SlackMessage {
  /** Plain-text fallback, shown in notifications and where blocks cannot be. */
  text: string;
  blocks: types.KnownBlock[];
}

export interface RenderOptions {
  /** Slack user id of the asker, shown with the question (slash commands, where Slack shows no question). */
  askedBy?: string | null;
}

export function renderAnswer(answer: Answer, options: RenderOptions = {}): SlackMessage {
  const labels = LABELS[answer.language];
  const blocks: types.KnownBlock[] = [];

  if (options.askedBy && /^[UW][A-Z0-9]{2,}$/.test(options.askedBy)) {
    blocks.push(context(`<@${options.askedBy}> ${labels.askedBy}: ${fitRendered(answer.question, 1500)}`));
  }
  const text = chatText(answer);
  if (text) blocks.push(...paragraphSections(text));

  const votes = voteFacts(answer);
  if (votes.length > 0) {
    const lines = votes.map((f) => voteLine(answer, f.vote, f.citation));
    blocks.push(...packSections(labels.votes, lines, SLACK_LIMITS.voteSections, labels, "votes"));
  }
  if (answer.upcoming.length > 0) {
    const lines = answer.upcoming.map((row) => {
      const when = row.when ? ` — ${escapeMrkdwn(row.when)}` : "";
      return `• ${fitRendered(row.title, 300)}${when} · ${escapeMrkdwn(row.committee)}`;
    });
    blocks.push(...packSections(labels.upcoming, lines, 1, labels, "items"));
  }
  if (answer.suggestions.length > 0) {
    const lines = answer.suggestions.map(
      (s) =>
        `• ${link(s.url, citationLabel({ committee: s.committee, meetingDate: s.meetingDate, item: s.item }, answer.language))} — ${fitRendered(s.title, 300)}`,
    );
    blocks.push(...packSections(labels.suggestions, lines, 1, labels, "items"));
  }
  if (answer.citations.length > 0) {
    const lines = answer.citations.map((c, i) => citationLine(c, i, labels, answer.language));
    blocks.push(...packSections(labels.sources, lines, SLACK_LIMITS.sourceSections, labels, "items"));
  }
  const buttons = sourceLinks(answer, SLACK_LIMITS.buttons)
    .filter(({ url }) => url.length <= SLACK_LIMITS.buttonUrl)
    .map(({ url, citation }, i) => ({
      type: "button" as const,
      action_id: `source_${i}`,
      text: {
        type: "plain_text" as const,
        text: truncate(citationButtonLabel(citation, answer.language), SLACK_LIMITS.buttonText),
      },
      url,
    }));
  if (buttons.length > 0) blocks.push({ type: "actions", elements: buttons });

  return { text: fallbackText(answer), blocks: capBlocks(blocks, labels) };
}

/** A refusal, wait or apology: one section, same escaping. */
export function renderNotice(text: string): SlackMessage {
  return {
    text: fitRendered(text, SLACK_LIMITS.fallbackText),
    blocks: [section(fitRendered(text, SLACK_LIMITS.sectionText))],
  };
}

function fallbackText(answer: Answer): string {
  return fitRendered(answer.text, SLACK_LIMITS.fallbackText);
}

// Content goes out verbatim: Slack must not linkify names or parse mentions in it.
function section(text: string): types.SectionBlock {
  return { type: "section", text: { type: "mrkdwn", text, verbatim: true } };
}

function context(text: string): types.ContextBlock {
  return { type: "context", elements: [{ type: "mrkdwn", text, verbatim: true }] };
}

// Long answers are split at paragraph or line breaks into sections; beyond the budget they end with "…".
function paragraphSections(text: string): types.SectionBlock[] {
  const max = SLACK_LIMITS.sectionText;
  const out: types.SectionBlock[] = [];
  let rest = text.trim();
  while (rest.length > 0 && out.length < SLACK_LIMITS.textSections) {
    const last = out.length === SLACK_LIMITS.textSections - 1;
    if (mrkdwnWithLinks(rest).length <= max || last) {
      out.push(section(fitRendered(rest, max, mrkdwnWithLinks)));
      break;
    }
    // Rendering grows text (escapes, links), so look for a break well inside the limit.
    const window = rest.slice(0, Math.floor(max * 0.8));
    const cut = Math.max(window.lastIndexOf("\n\n"), window.lastIndexOf("\n"), window.lastIndexOf(". ") + 1);
    const at = cut > max * 0.3 ? cut : window.length;
    out.push(section(fitRendered(rest.slice(0, at).trimEnd(), max, mrkdwnWithLinks)));
    rest = rest.slice(at).trimStart();
  }
  return out;
}

function voteLine(answer: Answer, vote: Omit<AnswerVote, "citation">, citationIndex: number): string {
  const p = voteParts(answer, { ...vote, citation: citationIndex });
  const who = p.subject ? `*${fitRendered(p.subject, 300)}* ${escapeMrkdwn(p.position ?? "")} · ` : "";
  const counts = p.counts ? ` (${p.counts})` : "";
  const citation = answer.citations[citationIndex];
  const where = citation?.item ? ` · ${link(citation.url, `${LABELS[answer.language].item} ${citation.item}`)}` : "";
  const motion = vote.motion.trim() ? `\n      _${fitRendered(vote.motion.trim(), SLACK_LIMITS.quote)}_` : "";
  return `${p.mark} ${who}${escapeMrkdwn(p.where)} · ${escapeMrkdwn(p.outcome)}${counts}${where}${motion}`;
}

// Numbered like the engine's "[1]" references in the answer text.
function citationLine(citation: Citation, index: number, labels: Labels, language: Language): string {
  const title = citation.title ? ` — ${fitRendered(citation.title, 300)}` : "";
  const caseNo = citation.caseNumber ? ` (${labels.caseNumber} ${escapeMrkdwn(citation.caseNumber)})` : "";
  const quote = citation.quote ? `\n      _“${fitRendered(citation.quote, SLACK_LIMITS.quote)}”_` : "";
  return `[${index + 1}] ${link(citation.url, citationLabel(citation, language))}${title}${caseNo}${quote}`;
}

/**
 * Packs rendered lines under a bold heading into at most `maxSections` sections of ≤3000 characters;
 * lines that do not fit are counted in a closing "… and N more".
 */
function packSections(
  heading: string,
  lines: string[],
  maxSections: number,
  labels: Labels,
  what: Parameters<Labels["more"]>[1],
): types.SectionBlock[] {
  const max = SLACK_LIMITS.sectionText;
  const reserve = 60; // room for the "… and N more" line
  const texts: string[] = [];
  let current = `*${escapeMrkdwn(heading)}*`;
  let used = 0;
  for (const raw of lines) {
    // A single overlong line is cut; the line's markup stays balanced because lines are short by construction.
    const line = raw.length > max - reserve - 50 ? `${raw.slice(0, max - reserve - 51)}…` : raw;
    if (current.length + 1 + line.length <= max - reserve) {
      current += `\n${line}`;
      used += 1;
      continue;
    }
    if (texts.length + 1 >= maxSections) break;
    texts.push(current);
    current = line;
    used += 1;
  }
  const left = lines.length - used;
  if (left > 0) current += `\n${escapeMrkdwn(labels.more(left, what))}`;
  texts.push(current);
  return texts.map(section);
}

// A last guard: whatever the content, never more than Slack's 50 blocks.
function capBlocks(blocks: types.KnownBlock[], labels: Labels): types.KnownBlock[] {
  if (blocks.length <= SLACK_LIMITS.blocks) return blocks;
  const kept = blocks.slice(0, SLACK_LIMITS.blocks - 1);
  return [...kept, context(escapeMrkdwn(labels.more(blocks.length - kept.length, "items")))];
}
