// Runs the Discord stand-in (REST + gateway) on its own: registers nothing itself, turns typed lines into
// interactions or mentions once the bot is connected, and prints what the bot sends back. For trying `npm start` by hand.
// Usage: npx tsx test/harness/discord-stand-in-cli.ts [--port 4500]
//   then type:  /ask how did Ø vote on Integrationsrådet?
//               /votes Ø | Integrationsrådet      /minutes 09-12-2020 12      /upcoming Social- og Beskæftigelsesudvalget
//               @ how did Ø vote on Integrationsrådet?     (a message mentioning the bot)
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import type { APIEmbed } from "discord.js";
import { startDiscordStandIn } from "./discord-stand-in.ts";

const { values } = parseArgs({ options: { port: { type: "string", default: "4500" } } });
const discord = await startDiscordStandIn({ port: Number(values.port) });

console.log(`Discord stand-in: REST ${discord.apiUrl}, gateway ${discord.gatewayUrl}`);
console.log("Register the commands and start the bot with:");
const env = `DISCORD_TOKEN=${discord.token} DISCORD_APP_ID=${discord.appId} DISCORD_GUILD_ID=${discord.guildId} DISCORD_API_URL=${discord.apiUrl}`;
console.log(`  ${env} npm run discord:register`);
console.log(`  ${env} DISCORD_MESSAGE_CONTENT=true npm start\n`);

let shown = 0;
setInterval(() => {
  for (const r of discord.requests.slice(shown)) {
    const line = describe(r.method, r.path, r.body);
    if (line) console.log(line);
  }
  shown = discord.requests.length;
}, 100).unref();

const pending: string[] = [];
let connected = false;
discord.connected().then(() => {
  connected = true;
  console.log(`→ gateway: IDENTIFY received (intents ${discord.identifies[0]?.intents}); sent READY and GUILD_CREATE`);
  for (const line of pending.splice(0)) send(line);
});
createInterface({ input: process.stdin }).on("line", (line) => {
  if (!line.trim()) return;
  if (connected) send(line);
  else pending.push(line);
});

function send(line: string): void {
  const text = line.trim();
  if (text.startsWith("@")) {
    discord.sendMessage({ content: `<@${discord.botUser.id}> ${text.slice(1).trim()}` });
    console.log(`→ MESSAGE_CREATE "<@${discord.botUser.id}> ${text.slice(1).trim()}"`);
    return;
  }
  const [name = "", ...rest] = text.replace(/^\//, "").split(" ");
  const arg = rest.join(" ").trim();
  const options: Record<string, string | number> =
    name === "ask"
      ? { question: arg }
      : name === "votes"
        ? { party: arg.split("|")[0]?.trim() ?? "", topic: arg.split("|")[1]?.trim() ?? "" }
        : name === "minutes"
          ? { date: rest[0] ?? "", ...(rest[1] ? { item: Number(rest[1]) } : {}) }
          : name === "upcoming" && arg
            ? { committee: arg }
            : {};
  const { id } = discord.sendInteraction({ name, options });
  console.log(`→ INTERACTION_CREATE /${name} ${JSON.stringify(options)} (id ${id})`);
}

function describe(method: string, path: string, body: unknown): string | null {
  const b = (body ?? {}) as {
    type?: number;
    data?: { content?: string };
    content?: string;
    embeds?: APIEmbed[];
    components?: { components: { label: string; url: string }[] }[];
  };
  if (/\/callback$/.test(path)) {
    const kind = b.type === 5 ? "deferred (type 5: thinking…)" : `type ${b.type}: ${b.data?.content ?? ""}`;
    return `← ${method} ${path.replace(/\/[\w.-]{40,}\//, "/<token>/")}  ${kind}`;
  }
  if (!/\/messages(\/@original)?$/.test(path)) return `← ${method} ${path}`;
  const out = [`← ${method} ${path.replace(/\/[\w.-]{40,}\//, "/<token>/")}`];
  if (b.content) out.push(`  content: ${b.content}`);
  for (const e of b.embeds ?? []) {
    out.push(`  embed title: ${e.title}`);
    out.push(`  description: ${(e.description ?? "").replace(/\n/g, "\n               ")}`);
    for (const f of e.fields ?? []) out.push(`  field ${f.name}: ${f.value.replace(/\n/g, "\n        ")}`);
  }
  for (const row of b.components ?? [])
    out.push(`  buttons: ${row.components.map((c) => `${c.label} → ${c.url}`).join(" | ")}`);
  return out.join("\n");
}

process.on("SIGINT", () => void discord.close().then(() => process.exit(0)));
process.on("SIGTERM", () => void discord.close().then(() => process.exit(0)));
