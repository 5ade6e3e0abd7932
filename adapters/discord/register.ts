// `npm run discord:register`: registers the slash commands with the settings from the environment / .env.
import { ConfigError, loadConfig } from "../../src/config.ts";
import { registerCommands } from "./register-commands.ts";

async function main(): Promise<number> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
  if (!config.discord) {
    console.error("discord:register: DISCORD_TOKEN and DISCORD_APP_ID are missing (see .env.example)");
    return 2;
  }
  const { token, appId, guildId, apiUrl } = config.discord;
  try {
    const result = await registerCommands({ token, appId, guildId, apiUrl });
    const where = result.scope === "guild" ? `in guild ${guildId}` : "globally (may take up to an hour to show)";
    console.log(`Registered ${result.names.map((n) => `/${n}`).join(", ")} ${where}.`);
    return 0;
  } catch (error) {
    console.error(`discord:register: Discord refused the registration: ${(error as Error).message}`);
    return 1;
  }
}

process.exitCode = await main();
