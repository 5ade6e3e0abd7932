// Renders an Answer as a Discord reply (embed, vote fields, cited sources, link buttons), pure, within Discord's limits.
import {
  type APIActionRowComponent,
  type APIButtonComponentWithURL,
  type APIEmbed,
  type APIEmbedField,
  ButtonStyle,
  ComponentType,
} from "discord.js";
import type { Answer } from "../../src/domain/index.ts";
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
import { escapeDiscord, escapeWithLinks, fitDiscord, maskedLink } from "./escape.ts";

/** Discord's documented limits, and our budgets inside them. */
export const DISCORD_LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  /** Sum of title, description, field names and values, footer and author in one message's embeds. */
  total: 6000,
  /** Our budget for that sum: well under the limit, so a reply stays readable on a phone. */
  budget: 4500,
  /** Message content. */
  content: 2000,
  buttonLabel: 80,
  buttonUrl: 512,
  /** Our budget: link buttons in the one action row (Discord allows 5 per row). */
  buttons: 5,
  /** Our budget: source fields. */
  sourceFields: 3,
  /** Our budget: characters of a motion or quote quoted in a field. */
  quote: 200,
} as const;

/** Mentions parsed from nothing: content can never ping a user, a role, @everyone or @here. */
export const NO_MENTIONS = { parse: [] as [], repliedUser: false };

export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponentWithURL>[];
  allowedMentions: typeof NO_MENTIONS;
}

const COLOR: Record<Answer["status"], number> = { found: 0x2e7d32, not_found: 0x757575, clarify: 0xf9a825 };

export function renderAnswer(answer: Answer): DiscordMessage {
  const labels = LABELS[answer.language];
  const fields: APIEmbedField[] = [];

  // Votes as fields, one per vote; the last free slots are kept for sources and a "more" line.
  const voteBudget = DISCORD_LIMITS.fields - DISCORD_LIMITS.sourceFields - 3;
  const all = voteFacts(answer);
  const votes = all.slice(0, voteBudget);
  for (const fact of votes) {
    const vote = fact.vote;
    const p = voteParts(answer, { ...vote, citation: fact.citation });
    const citation = answer.citations[fact.citation];
    const lines = [
      [
        p.subject ? `**${escapeDiscord(p.subject)}** ${escapeDiscord(p.position ?? "")}` : null,
        escapeDiscord(p.outcome),
      ]
        .filter(Boolean)
        .join(" · ") + (p.counts ? ` (${escapeDiscord(p.counts)})` : ""),
      vote.motion.trim() ? `*${fitDiscord(vote.motion.trim(), DISCORD_LIMITS.quote)}*` : null,
      citation?.item ? maskedLink(citation.url, `${labels.item} ${citation.item}`) : null,
    ].filter((line): line is string => Boolean(line));
    fields.push({
      name: fitDiscord(`${p.mark} ${p.where}`, DISCORD_LIMITS.fieldName),
      value: fitLines(lines, DISCORD_LIMITS.fieldValue),
    });
  }
  if (all.length > votes.length) {
    fields.push({ name: "\u200b", value: escapeDiscord(labels.more(all.length - votes.length, "votes")) });
  }
  if (answer.upcoming.length > 0) {
    const lines = answer.upcoming.map(
      (row) =>
        `• ${fitDiscord(row.title, 200)}${row.when ? ` — ${escapeDiscord(row.when)}` : ""} · ${escapeDiscord(row.committee)}`,
    );
    fields.push(...listFields(labels.upcoming, lines, 1, labels, "items"));
  }
  if (answer.suggestions.length > 0) {
    const lines = answer.suggestions.map(
      (s) =>
        `• ${maskedLink(s.url, citationLabel({ committee: s.committee, meetingDate: s.meetingDate, item: s.item }, answer.language))} — ${fitDiscord(s.title, 200)}`,
    );
    fields.push(...listFields(labels.suggestions, lines, 1, labels, "items"));
  }
  const sourceFields: APIEmbedField[] = [];
  if (answer.citations.length > 0) {
    const lines = answer.citations.map((c, i) => {
      const title = c.title ? ` — ${fitDiscord(c.title, 200)}` : "";
      const quote = c.quote ? `\n> *${fitDiscord(c.quote, DISCORD_LIMITS.quote)}*` : "";
      return `\\[${i + 1}\\] ${maskedLink(c.url, citationLabel(c, answer.language))}${title}${quote}`;
    });
    sourceFields.push(...listFields(labels.sources, lines, DISCORD_LIMITS.sourceFields, labels, "items"));
  }

  const embed: APIEmbed = {
    title: fitDiscord(answer.question, DISCORD_LIMITS.title),
    description: fitDiscord(chatText(answer) || "\u200b", DISCORD_LIMITS.description, escapeWithLinks),
    color: COLOR[answer.status],
    fields: [...fields.slice(0, DISCORD_LIMITS.fields - sourceFields.length), ...sourceFields],
    footer: { text: labels.status[answer.status] },
  };
  fitTotal(embed, sourceFields.length);

  const buttons = sourceLinks(answer, DISCORD_LIMITS.buttons)
    .filter(({ url }) => url.length <= DISCORD_LIMITS.buttonUrl)
    .map(
      ({ url, citation }): APIButtonComponentWithURL => ({
        type: ComponentType.Button,
        style: ButtonStyle.Link,
        label: truncatePlain(citationButtonLabel(citation, answer.language), DISCORD_LIMITS.buttonLabel),
        url,
      }),
    );
  return {
    embeds: [embed],
    components: buttons.length > 0 ? [{ type: ComponentType.ActionRow, components: buttons }] : [],
    allowedMentions: NO_MENTIONS,
  };
}

/** A refusal, wait or apology as plain message content. */
export function renderNotice(text: string): DiscordMessage {
  return {
    content: fitDiscord(text, DISCORD_LIMITS.content),
    embeds: [],
    components: [],
    allowedMentions: NO_MENTIONS,
  };
}

/** Sum Discord counts towards the 6000-character total of a message's embeds. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0)
  );
}

// Over our budget (well under Discord's 6000): shorten the description first (the fields carry the facts), then
// drop the last fact fields before the sources; the sources (the last `sources` fields) go only when nothing else is left.
function fitTotal(embed: APIEmbed, sources: number): void {
  const over = embedLength(embed) - DISCORD_LIMITS.budget;
  if (over > 0 && embed.description) {
    const keep = Math.max(200, embed.description.length - over - 1);
    embed.description = `${cutRendered(embed.description, keep)}…`;
  }
  const fields = embed.fields ?? [];
  while (embedLength(embed) > DISCORD_LIMITS.budget && fields.length > sources)
    fields.splice(fields.length - sources - 1, 1);
  while (embedLength(embed) > DISCORD_LIMITS.total && fields.length > 0) fields.pop();
}

// Cuts already-rendered text at a line or word break, never right after an escaping backslash.
function cutRendered(text: string, max: number): string {
  let cut = text.slice(0, max);
  const space = Math.max(cut.lastIndexOf("\n"), cut.lastIndexOf(" "));
  if (space > max * 0.8) cut = cut.slice(0, space);
  return cut.replace(/\\+$/, "").trimEnd();
}

function fitLines(lines: string[], max: number): string {
  let out = "";
  for (const line of lines) {
    const next = out ? `${out}\n${line}` : line;
    if (next.length > max) break;
    out = next;
  }
  return out || "\u200b";
}

/** Packs lines into up to `maxFields` fields of ≤1024 characters under `heading`, closing with "… N more". */
function listFields(
  heading: string,
  lines: string[],
  maxFields: number,
  labels: Labels,
  what: Parameters<Labels["more"]>[1],
): APIEmbedField[] {
  const max = DISCORD_LIMITS.fieldValue;
  const reserve = 60;
  const values: string[] = [];
  let current = "";
  let used = 0;
  for (const raw of lines) {
    // Lines are built short; a pathological one (a huge URL) is dropped rather than cut mid-link.
    if (raw.length > max - reserve) continue;
    if ((current ? current.length + 1 : 0) + raw.length <= max - reserve) {
      current = current ? `${current}\n${raw}` : raw;
      used += 1;
      continue;
    }
    if (values.length + 1 >= maxFields) break;
    values.push(current);
    current = raw;
    used += 1;
  }
  const left = lines.length - used;
  if (left > 0) current = `${current}\n${escapeDiscord(labels.more(left, what))}`.trim();
  if (current) values.push(current);
  return values.map((value, i) => ({ name: i === 0 ? escapeDiscord(heading) : "\u200b", value }));
}

function truncatePlain(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
