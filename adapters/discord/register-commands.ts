// Registers the slash commands with Discord: in one guild (instant) when a guild id is given, else globally.
import { REST, Routes } from "discord.js";
import { COMMANDS } from "./commands.ts";
import { FOLLOW_DECLARATIONS } from "./follow.ts";

export interface RegisterOptions {
  token: string;
  appId: string;
  /** Register in this guild only; null or absent registers globally (can take up to an hour to appear). */
  guildId?: string | null;
  /** REST base (a proxy or stand-in); default Discord's. */
  apiUrl?: string | null;
}

export interface RegisterResult {
  scope: "guild" | "global";
  names: string[];
}

/** Replaces the application's commands with the COMMANDS table (PUT: commands no longer declared disappear). */
export async function registerCommands(options: RegisterOptions): Promise<RegisterResult> {
  const rest = new REST(options.apiUrl ? { api: options.apiUrl } : {}).setToken(options.token);
  const body = [...Object.values(COMMANDS).map((c) => c.declaration), ...FOLLOW_DECLARATIONS];
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.appId, options.guildId)
    : Routes.applicationCommands(options.appId);
  const stored = (await rest.put(route, { body })) as { name: string }[];
  return { scope: options.guildId ? "guild" : "global", names: stored.map((c) => c.name) };
}
