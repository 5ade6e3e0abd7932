// Strips chat markup and noise from a question before it is understood: mentions, channel links, labelled links,
// bold/italic/strike/spoiler/code marks, HTML-shaped tags and emoji. What the person wrote as words stays.
//
// Chat text is not an HTML or XML document: Slack and Discord send their own small markups (`<@U…>`, `<url|label>`,
// `**b**`), and a pasted `<b>` is just characters. So this is a table of token shapes, each dropped or unwrapped,
// not a markup parser; a real document goes through the parsers in src/ingest and src/parse.

const SPOILER = /\|\|([^|]+)\|\|/gu;

/** One markup shape: a pattern and what stays of a match ("" drops it). */
interface MarkupRule {
  name: string;
  /** A real-shaped example the rule applies to. */
  example: string;
  pattern: RegExp;
  keep: (match: string, ...groups: string[]) => string;
}

/** In order: links with labels before bare links, entity mentions before tags, pairs before single marks. */
export const CHAT_MARKUP_RULES: readonly MarkupRule[] = [
  // Slack: <https://…|label> → label; <mailto:…|label> likewise.
  {
    name: "labelled link",
    example: "<https://example.org/vapnagaard|Vapnagaard>",
    pattern: /<(?:https?|mailto):[^|>\s]+\|([^>]*)>/giu,
    keep: (_m, label = "") => ` ${label} `,
  },
  // Slack: <https://…> and bare URLs carry no words of the question.
  { name: "bare link", example: "<https://example.org>", pattern: /<(?:https?|mailto):[^>\s]+>/giu, keep: () => " " },
  { name: "url", example: "https://example.org/a?b=c", pattern: /\bhttps?:\/\/\S+/giu, keep: () => " " },
  // Slack user/channel/special mentions and user groups: <@U024BE7LH>, <#C024BE7LR|general>, <!channel>, <!subteam^S1|@team>.
  {
    name: "slack mention",
    example: "<@U024BE7LH> <#C024BE7LR|general> <!channel>",
    pattern: /<[@#!][^>\s]*>/gu,
    keep: () => " ",
  },
  // Discord: <@123…>, <@!123…>, <@&123…> (role), <#123…> (channel), <:name:123…> and <a:name:123…> (custom emoji), <t:1700000000:R>.
  {
    name: "discord mention",
    example: "<@123456789012345678> <:wave:123456789012345678>",
    pattern: /<(?:@[!&]?\d+|#\d+|a?:\w+:\d+|t:\d+(?::[a-zA-Z])?)>/gu,
    keep: () => " ",
  },
  // Plain @everyone/@here pings.
  { name: "ping", example: "@here", pattern: /(?<!\S)@(?:everyone|here|channel)\b/giu, keep: () => " " },
  // HTML-shaped tags pasted into a chat: <b>, </b>, <br/>, <span class="x">.
  {
    name: "tag",
    example: "<b>Hvad blev besluttet</b>",
    pattern: /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/giu,
    keep: () => " ",
  },
  // Struck-through text was taken back by its writer: ~~noget~~ (Discord), ~noget~ (Slack).
  {
    name: "strike",
    example: "~~noget~~",
    pattern: /~~[^~]+~~|(?<![\p{L}\p{N}])~[^~\s][^~]*~(?![\p{L}\p{N}])/gu,
    keep: () => " ",
  },
  // Spoilers, bold, underline, italic, code: the words stay, the marks go. (A spoiler's words may be a hidden topic,
  // "||Vapnagaard||", or a warning, "||spoiler||": see hiddenWords.)
  { name: "spoiler", example: "||Vapnagaard||", pattern: SPOILER, keep: (_m, s = "") => s },
  { name: "code block", example: "```Vapnagaard```", pattern: /```([^`]*)```/gu, keep: (_m, s = "") => s },
  { name: "code", example: "`Vapnagaard`", pattern: /`([^`]+)`/gu, keep: (_m, s = "") => s },
  {
    name: "double marks",
    example: "**Dansk Folkeparti**",
    pattern: /(\*\*|__)(?=\S)(.+?)(?<=\S)\1/gu,
    keep: (_m, _d, s = "") => s,
  },
  {
    name: "single marks",
    example: "*How did Ø vote?*",
    pattern: /(?<![\p{L}\p{N}])([*_])(?=\S)(.+?)(?<=\S)\1(?![\p{L}\p{N}])/gu,
    keep: (_m, _d, s = "") => s,
  },
  // Emoji as shortcodes (:thinking_face:, :+1:) and as pictographs (🙏, 👍🏽, flags).
  {
    name: "emoji shortcode",
    example: ":thinking_face:",
    pattern: /(?<![\p{L}\p{N}]):[a-z0-9_+-]+:(?![\p{L}\p{N}])/giu,
    keep: () => " ",
  },
  {
    name: "emoji",
    example: "🙏",
    pattern: /(?:\p{Extended_Pictographic}|\p{Regional_Indicator}|\p{Emoji_Modifier}|\u200D|\uFE0F)+/gu,
    keep: () => " ",
  },
  // Block quotes ("> …") at a line's start.
  { name: "quote mark", example: "> how did Ø vote?", pattern: /^\s*>\s?/gmu, keep: () => "" },
];

/** The question without chat markup: mentions and links' targets dropped, marks unwrapped, spaces collapsed. */
export function stripChatMarkup(text: string): string {
  let out = text;
  for (const rule of CHAT_MARKUP_RULES)
    out = out.replace(rule.pattern, (...args) => rule.keep(...(args as [string, ...string[]])));
  // Slack escapes &, < and > in message text.
  out = out.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  return out.replace(/\s+/g, " ").trim();
}

/**
 * The words a question hides behind spoiler marks ("||spoiler|| Hvad blev besluttet …", "om ||Vapnagaard||"), lower
 * case, hyphenated words also by their parts: they count in the topic only where the minutes hold them, since a hidden word is as often a warning as a
 * subject.
 */
export function hiddenWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const m of text.matchAll(SPOILER))
    for (const w of (m[1] ?? "").toLowerCase().match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? []) {
      words.add(w);
      // And the parts of a hyphenated word, which the topic may keep apart ("vapnagaard-sagen" → "vapnagaard").
      for (const part of w.split("-")) words.add(part);
    }
  return words;
}
