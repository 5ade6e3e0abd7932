// The follow commands every adapter shares: "follow <what>", "unfollow <what>", "following". Adapters pass the
// words after their command and where they were said; the reply is one text in the user's language.

import { detectLanguage } from "../answer/understand/language.ts";
import type { Lexicon } from "../answer/understand/lexicon.ts";
import type { Language } from "../domain/index.ts";
import type { FollowStore, Where } from "./store.ts";
import { understandFollow } from "./what.ts";

export const FOLLOW_COMMANDS = ["follow", "unfollow", "following"] as const;
export type FollowCommandName = (typeof FOLLOW_COMMANDS)[number];

/** "follow Ø i Greve" → { name: "follow", what: "Ø i Greve" }; null for anything else (a question). */
export function parseFollowCommand(text: string): { name: FollowCommandName; what: string } | null {
  const m = /^\s*\/?(follow|unfollow|following|følg|følger)\b\s*(.*)$/isu.exec(text);
  if (!m) return null;
  const word = (m[1] ?? "").toLowerCase();
  const name: FollowCommandName =
    word === "følg" ? "follow" : word === "følger" ? "following" : (word as FollowCommandName);
  return { name, what: (m[2] ?? "").trim() };
}

export interface FollowRequest extends Where {
  user: string;
  name: FollowCommandName;
  what: string;
  /** True when the user is a member of the channel (a DM is always theirs). */
  isMember: () => Promise<boolean>;
}

export interface FollowCommands {
  run(request: FollowRequest): Promise<string>;
}

const T = {
  da: {
    following: (label: string) => `Følger: ${label}`,
    already: (label: string) => `Kanalen følger allerede ${label}.`,
    unknown: (what: string) =>
      `Jeg kan ikke se, hvad "${what}" er: skriv et parti (bogstav eller navn), et medlem, et udvalg, et sagsnummer eller et emne.`,
    empty: "Skriv hvad der skal følges, fx: follow Ø i Greve",
    notMember: "Kun medlemmer af kanalen kan følge noget i den.",
    cap: (cap: number) => `Kanalen følger allerede ${cap} ting, som er grænsen. Fjern en med unfollow først.`,
    removed: (label: string) => `Følger ikke længere: ${label}`,
    notYours: (label: string) => `Du følger ikke ${label} i denne kanal (kun den, der satte det op, kan fjerne det).`,
    none: "Du følger ingenting.",
    list: "Du følger:",
  },
  en: {
    following: (label: string) => `Following: ${label}`,
    already: (label: string) => `This channel already follows ${label}.`,
    unknown: (what: string) =>
      `I cannot tell what "${what}" is: write a party (letter or name), a member, a committee, a case number or a topic.`,
    empty: "Say what to follow, e.g.: follow Ø in Greve",
    notMember: "Only members of the channel can follow something into it.",
    cap: (cap: number) => `This channel already follows ${cap} things, the limit. Remove one with unfollow first.`,
    removed: (label: string) => `No longer following: ${label}`,
    notYours: (label: string) => `You do not follow ${label} in this channel (only whoever set it up can remove it).`,
    none: "You follow nothing.",
    list: "You follow:",
  },
} as const;

export function createFollowCommands(options: {
  store: FollowStore;
  lexicon: () => Lexicon;
  channelCap: number;
  today?: () => string;
}): FollowCommands {
  const today = options.today ?? (() => new Date().toISOString().slice(0, 10));
  return {
    async run(request) {
      const language: Language = request.what ? detectLanguage(request.what) : "da";
      const t = T[language];
      const where: Where = { platform: request.platform, workspace: request.workspace, channel: request.channel };
      if (request.name === "following") {
        const own = await options.store.userSubscriptions(request.platform, request.workspace, request.user);
        if (own.length === 0) return t.none;
        return [t.list, ...own.map((s) => `- ${s.label} (${channelRef(request.platform, s.channel)})`)].join("\n");
      }
      if (!request.what) return t.empty;
      const target = understandFollow(request.what, options.lexicon(), today());
      if (!target) return t.unknown(request.what);
      const lt = T[target.language];
      if (request.name === "unfollow") {
        const removed = await options.store.unsubscribe(where, request.user, target.query);
        return removed > 0 ? lt.removed(target.label) : lt.notYours(target.label);
      }
      if (!(await request.isMember())) return lt.notMember;
      const existing = await options.store.channelSubscriptions(where);
      if (existing.length >= options.channelCap) return lt.cap(options.channelCap);
      const added = await options.store.subscribe(where, request.user, target.label, target.language, target.query);
      return added ? lt.following(target.label) : lt.already(target.label);
    },
  };
}

function channelRef(platform: string, channel: string): string {
  if (platform === "slack") return `<#${channel}>`;
  if (platform === "discord") return `<#${channel}>`;
  return channel;
}
