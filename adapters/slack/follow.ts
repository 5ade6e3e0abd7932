// `/referat follow|unfollow|following …` in Slack: the command's words go to the shared follow commands; the reply
// is shown to the user only. Membership of the channel is asked of Slack (conversations.members).
import type { App } from "@slack/bolt";
import { type FollowCommands, parseFollowCommand } from "../../src/follow/index.ts";

export interface SlackCommandFields {
  text: string;
  user_id: string;
  channel_id: string;
  team_id: string;
}

/** The reply when the follow store cannot be reached. */
export const FOLLOW_FAILED = "Referat could not reach its follow list just now; please try again in a minute.";

/** Runs the command when it is a follow command; returns the reply, or null for a question. */
export async function slackFollowCommand(
  follow: FollowCommands,
  command: SlackCommandFields,
  client: App["client"],
): Promise<string | null> {
  const parsed = parseFollowCommand(command.text);
  if (!parsed) return null;
  return follow
    .run({
      platform: "slack",
      workspace: command.team_id,
      channel: command.channel_id,
      user: command.user_id,
      ...parsed,
      isMember: () => isChannelMember(client, command.channel_id, command.user_id),
    })
    .catch(() => FOLLOW_FAILED);
}

/** True when the user is in the channel; a DM (D…) is the user's own. */
export async function isChannelMember(client: App["client"], channel: string, user: string): Promise<boolean> {
  if (channel.startsWith("D")) return true;
  let cursor: string | undefined;
  do {
    const page = await client.conversations
      .members({ channel, limit: 1000, ...(cursor ? { cursor } : {}) })
      .catch(() => null);
    if (!page?.ok) return false;
    if (page.members?.includes(user)) return true;
    cursor = page.response_metadata?.next_cursor || undefined;
  } while (cursor);
  return false;
}

/** Posts an alert to a channel as the bot. */
export async function postSlackAlert(client: App["client"], channel: string, text: string): Promise<void> {
  await client.chat.postMessage({ channel, text, unfurl_links: false, unfurl_media: false });
}
