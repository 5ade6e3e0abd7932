// Turns a Discord message that mentions the bot into the plain question the engine reads.

/** Drops the bot's mention and other mention markup (users, roles, channels), keeps emoji names, tidies spaces. */
export function toQuestion(content: string, botUserId: string): string {
  return content
    .replace(new RegExp(`<@!?${botUserId}>`, "g"), " ")
    .replace(/<@[!&]?\d+>|<#\d+>/g, " ")
    .replace(/<a?(:\w+:)\d+>/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}
