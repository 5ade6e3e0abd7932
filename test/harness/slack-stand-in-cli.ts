// Runs the Slack Web API stand-in on its own and prints what the bot posts: for trying `npm start` by hand.
// Usage: npx tsx test/harness/slack-stand-in-cli.ts [--port 4400]
import { parseArgs } from "node:util";
import { startSlackStandIn } from "./slack-stand-in.ts";

const { values } = parseArgs({ options: { port: { type: "string", default: "4400" } } });
const slack = await startSlackStandIn({ port: Number(values.port) });
const secret = "5f3c1a9e7b2d4c6e8f0a1b2c3d4e5f60";

console.log(`Slack Web API stand-in: ${slack.apiUrl}`);
console.log("Start the bot in HTTP mode with:");
console.log(
  `  SLACK_BOT_TOKEN=${slack.botToken} SLACK_SIGNING_SECRET=${secret} SLACK_API_URL=${slack.apiUrl} PORT=3000 npm start`,
);
console.log(
  `Bot user ${slack.botUserId} in team ${slack.teamId}. Send it events with test/harness/send-slack-event.ts.\n`,
);

let shown = 0;
let shownResponses = 0;
setInterval(() => {
  for (const call of slack.calls.slice(shown)) console.log(describeCall(call.method, call.args));
  shown = slack.calls.length;
  for (const r of slack.responses.slice(shownResponses)) console.log(describeCall(`response_url ${r.id}`, r.body));
  shownResponses = slack.responses.length;
}, 100).unref();

function describeCall(method: string, args: Record<string, unknown>): string {
  const head = `← ${method}${args.channel ? ` channel=${args.channel}` : ""}${args.thread_ts ? ` thread_ts=${args.thread_ts}` : ""}`;
  type Element = { text?: string | { text: string }; url?: string };
  const blocks = (args.blocks ?? []) as { type: string; text?: { text: string }; elements?: Element[] }[];
  const indent = (label: string, text: string) =>
    `  ${label} ${text.replace(/\n/g, `\n${" ".repeat(label.length + 3)}`)}`;
  const lines = blocks.map((b) => {
    if (b.type === "section") return indent("[section]", b.text?.text ?? "");
    if (b.type === "context")
      return indent("[context]", (b.elements ?? []).map((e) => (typeof e.text === "string" ? e.text : "")).join(" "));
    if (b.type === "actions") {
      return indent(
        "[buttons]",
        (b.elements ?? []).map((e) => `${typeof e.text === "object" ? e.text.text : ""} → ${e.url}`).join(" | "),
      );
    }
    return `  [${b.type}]`;
  });
  if (lines.length === 0 && typeof args.text === "string") lines.push(indent("[text]", args.text));
  return [head, ...lines].join("\n");
}

process.on("SIGINT", () => void slack.close().then(() => process.exit(0)));
process.on("SIGTERM", () => void slack.close().then(() => process.exit(0)));
