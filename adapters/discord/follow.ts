// /follow, /unfollow and /following in Discord: declarations, and the handler that passes them to the shared follow
// commands. A slash command is used in a channel the user can see, so they are a member of it.
import { type ChatInputCommandInteraction, type Client, MessageFlags, Routes, SlashCommandBuilder } from "discord.js";
import { FOLLOW_COMMANDS } from "../../src/follow/commands.ts";
import type { FollowCommands } from "../../src/follow/index.ts";
import { FOLLOW_FAILED } from "../slack/follow.ts";

const what = (b: SlashCommandBuilder, required: boolean) =>
  b.addStringOption((o) =>
    o
      .setName("what")
      .setNameLocalization("da", "hvad")
      .setDescription("A party, member, committee, case number or topic, e.g. Ø i Greve")
      .setDescriptionLocalization("da", "Et parti, medlem, udvalg, sagsnummer eller emne, fx Ø i Greve")
      .setRequired(required)
      .setMaxLength(200),
  );

/** What `npm run discord:register` sends for the follow commands. */
export const FOLLOW_DECLARATIONS = [
  what(
    new SlashCommandBuilder()
      .setName("follow")
      .setDescription("Post new decisions, votes and agenda items about something here")
      .setDescriptionLocalization("da", "Post nye beslutninger, afstemninger og dagsordenspunkter om noget her"),
    true,
  ).toJSON(),
  what(
    new SlashCommandBuilder()
      .setName("unfollow")
      .setDescription("Stop following something here")
      .setDescriptionLocalization("da", "Stop med at følge noget her"),
    true,
  ).toJSON(),
  new SlashCommandBuilder()
    .setName("following")
    .setDescription("What you follow")
    .setDescriptionLocalization("da", "Hvad du følger")
    .toJSON(),
];

/** Handles a follow command; false when the interaction is another command. */
export async function discordFollowCommand(
  follow: FollowCommands,
  interaction: ChatInputCommandInteraction,
): Promise<boolean> {
  const name = FOLLOW_COMMANDS.find((n) => n === interaction.commandName);
  if (!name) return false;
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const text = await follow
    .run({
      platform: "discord",
      workspace: interaction.guildId ?? "dm",
      channel: interaction.channelId,
      user: interaction.user.id,
      name,
      what: interaction.options.getString("what") ?? "",
      isMember: async () => true,
    })
    .catch(() => FOLLOW_FAILED);
  await interaction.editReply({ content: text.slice(0, 2000), allowedMentions: { parse: [] } });
  return true;
}

/** Posts an alert to a channel as the bot: in several messages when it is longer than Discord's 2000 characters. */
export async function postDiscordAlert(client: Client, channel: string, text: string): Promise<void> {
  for (const content of splitMessage(text, 2000)) {
    await client.rest.post(Routes.channelMessages(channel), { body: { content, allowed_mentions: { parse: [] } } });
  }
}

/** Splits at line ends into pieces of at most `max` characters (a longer line is cut). */
export function splitMessage(text: string, max: number): string[] {
  const pieces: string[] = [];
  let current = "";
  for (const raw of text.split("\n")) {
    const line = raw.length > max ? `${raw.slice(0, max - 1)}…` : raw;
    if (current && current.length + 1 + line.length > max) {
      pieces.push(current);
      current = line;
    } else current = current ? `${current}\n${line}` : line;
  }
  if (current) pieces.push(current);
  return pieces;
}
