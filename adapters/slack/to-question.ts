// Turns Slack message or command text into the plain question the engine reads.

/**
 * Drops mentions of the bot, turns Slack's `<…>` markup into the words a person sees, and decodes
 * the three entities Slack escapes (&amp; &lt; &gt;).
 */
export function toQuestion(text: string, botUserId: string | null): string {
  const plain = text.replace(/<([^<>]*)>/g, (_, inner: string) => {
    const [target = "", label] = inner.split("|", 2);
    if (target.startsWith("@")) {
      const id = target.slice(1);
      if (botUserId && id === botUserId) return " ";
      return label ? `@${label}` : `@${id}`;
    }
    if (target.startsWith("#")) return label ? `#${label}` : target;
    if (target.startsWith("!")) {
      // <!subteam^S1|@team>, <!date^…|fallback>, <!here>: the visible text.
      return label ?? `@${target.slice(1).split("^")[0]}`;
    }
    return label ?? target;
  });
  return plain.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&").replace(/\s+/g, " ").trim();
}
