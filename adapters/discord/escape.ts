// Discord markdown from untrusted content: formatting escaped, mentions defused, URLs kept clickable, cut to fit.

import { escapeMarkdown } from "discord.js";
import { fitRendered as fitShared } from "../shared/fit-rendered.ts";

// Brackets are escaped below, everywhere: a URL left bare must not close a "[label](" written before it.
const MARKDOWN = { heading: true, bulletedList: true, numberedList: true } as const;

/**
 * Escapes markdown (bold, links, headings, quotes…) and defuses mentions: `<@id>`, `<#id>`, `<@&id>` and
 * @everyone/@here stay readable but can never ping (allowedMentions is the second lock).
 */
export function escapeDiscord(text: string): string {
  return escapeMarkdown(text, MARKDOWN)
    .replace(/[[\]]/g, "\\$&")
    .replace(/^(\s*)>/gm, "$1\\>")
    .replace(/<(@[!&]?|#|\/|a?:)/g, "<\u2060$1")
    .replace(/@(everyone|here)\b/gi, "@\u2060$1");
}

const URL_PATTERN = /https?:\/\/[^\s<>"]+/gi;

/** Escapes content but leaves bare http(s) URLs untouched, since escaping "_" inside a URL would break it. */
export function escapeWithLinks(text: string): string {
  let out = "";
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = match[0].replace(/[.,;:!?)\]]+$/, "");
    const start = match.index ?? 0;
    out += escapeDiscord(text.slice(last, start));
    out += url;
    last = start + url.length;
  }
  return out + escapeDiscord(text.slice(last));
}

/** An http(s) URL usable in a masked link `[label](url)`: parentheses and spaces encoded; null otherwise. */
export function safeDiscordUrl(url: string | null | undefined): string | null {
  if (!url || !/^https?:\/\//i.test(url) || !URL.canParse(url)) return null;
  return url
    .replace(/\(/g, "%28")
    .replace(/\)/g, "%29")
    .replace(/\s/g, "%20")
    .replace(/</g, "%3C")
    .replace(/>/g, "%3E");
}

/** `[label](url)` with the label escaped, or the escaped label alone when there is no usable URL. */
export function maskedLink(url: string | null | undefined, label: string): string {
  const safe = safeDiscordUrl(url);
  const text = escapeDiscord(label);
  return safe ? `[${text}](${safe})` : text;
}

/** The longest prefix of raw `text` whose rendering fits in `max` characters, with "…" when cut. */
export function fitDiscord(text: string, max: number, render: (s: string) => string = escapeDiscord): string {
  return fitShared(text, max, render);
}
