// Sends one signed Slack request (app_mention, DM or /referat) to a running bot: for trying `npm start` by hand.
// Usage: npx tsx test/harness/send-slack-event.ts --to http://127.0.0.1:3000/slack/events --secret <hex>
//          [--kind mention|dm|command] [--channel C0GENERAL] [--thread <ts>] [--response-url <url>] "question"
import { parseArgs } from "node:util";
import { appMention, directMessage, newTs, sendSlackEvent, sendSlashCommand, slashCommand } from "./slack-requests.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    to: { type: "string", default: "http://127.0.0.1:3000/slack/events" },
    secret: { type: "string", default: "5f3c1a9e7b2d4c6e8f0a1b2c3d4e5f60" },
    kind: { type: "string", default: "mention" },
    channel: { type: "string" },
    thread: { type: "string" },
    "response-url": { type: "string", default: "http://127.0.0.1:4400/respond/by-hand" },
    user: { type: "string", default: "U0BYHAND01" },
    "bot-user": { type: "string", default: "U0BOT0001" },
    team: { type: "string", default: "T0TEAM001" },
  },
});
const text = positionals.join(" ");
const actor = { teamId: values.team, botUserId: values["bot-user"], user: values.user };
const ts = newTs();
let result: { status: number; body: string };
if (values.kind === "command") {
  const fields = slashCommand(actor, {
    channel: values.channel ?? "C0GENERAL",
    text,
    responseUrl: values["response-url"],
  });
  result = await sendSlashCommand(values.to, values.secret, fields);
} else {
  const build = values.kind === "dm" ? directMessage : appMention;
  const channel = values.channel ?? (values.kind === "dm" ? "D0BYHAND01" : "C0GENERAL");
  const payload = build(actor, { channel, text, ts, ...(values.thread ? { threadTs: values.thread } : {}) });
  result = await sendSlackEvent(values.to, values.secret, payload);
}
console.log(
  `→ POST ${values.to} (${values.kind}, ts=${ts}) "${text}"\n← HTTP ${result.status}${result.body ? ` ${result.body}` : ""}`,
);
