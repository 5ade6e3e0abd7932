// Slack mrkdwn text from untrusted content: escaped (&, <, >), broadcast words defused, URLs linked, cut to fit.
import { fitRendered as fitShared } from "../shared/fit-rendered.ts";

/** Escapes the three characters Slack gives meaning to; `<!channel>` or `<@U1>` in content becomes plain text. */
export function escapeMrkdwn(text: string): string {
  return defuseBroadcasts(text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"));
}

// A zero-width joiner after "@" keeps "@here" readable but stops any client from treating it as a ping.
function defuseBroadcasts(text: string): string {
  return text.replace(/@(channel|here|everyone)\b/gi, "@\u2060$1");
}

/** An http(s) URL made safe inside `<…>`: null for other schemes. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url || !/^https?:\/\//i.test(url) || !URL.canParse(url)) return null;
  return url.replace(/&/g, "&amp;").replace(/</g, "%3C").replace(/>/g, "%3E").replace(/\|/g, "%7C");
}

/** `<url|label>` with the label escaped; the label alone when the URL is unsafe or missing. */
export function link(url: string | null | undefined, label: string): string {
  const safe = safeUrl(url);
  const text = escapeMrkdwn(label);
  return safe ? `<${safe}|${text}>` : text;
}

const URL_PATTERN = /https?:\/\/[^\s<>"]+/gi;

/** Escapes content and turns bare http(s) URLs in it into links (blocks are sent verbatim, so Slack will not). */
export function mrkdwnWithLinks(text: string): string {
  let out = "";
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    // Sentence punctuation after a URL belongs to the sentence.
    const url = match[0].replace(/[.,;:!?)\]]+$/, "");
    const start = match.index ?? 0;
    out += escapeMrkdwn(text.slice(last, start));
    const safe = safeUrl(url);
    out += safe ? `<${safe}>` : escapeMrkdwn(url);
    last = start + url.length;
  }
  return out + escapeMrkdwn(text.slice(last));
}

/** Cuts plain text to at most `max` UTF-16 units, ending with "…" when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const chars = [...text];
  let out = "";
  for (const c of chars) {
    if (out.length + c.length + 1 > max) break;
    out += c;
  }
  return `${out.trimEnd()}…`;
}

/** The longest prefix of raw `text` whose rendering fits in `max` characters, with "…" when cut. */
export function fitRendered(text: string, max: number, render: (s: string) => string = escapeMrkdwn): string {
  return fitShared(text, max, render);
}
