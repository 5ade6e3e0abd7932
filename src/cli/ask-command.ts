// `referat ask [--json] [--index DIR] [--today YYYY-MM-DD] "<question>"`: answers one question from the built index.
import { z } from "zod";
import { loadAssistant } from "../assistant.ts";
import { IsoDateSchema } from "../domain/index.ts";
import { isoDate } from "../parse/dates.ts";
import { IndexError } from "../search/index.ts";
import type { Command } from "./command.ts";

const USAGE =
  'usage: referat ask [--json] [--index DIR] [--today YYYY-MM-DD] [--base-url URL] "<question>"   (default DIR: index-data)';

const ArgsSchema = z
  .object({
    json: z.boolean(),
    index: z.string().min(1, "--index needs a directory"),
    // A real calendar day: 2021-02-30 or 2021-13-01 would silently shift what "upcoming" means.
    today: IsoDateSchema.refine((d) => {
      const [y, m, day] = d.split("-").map(Number);
      return isoDate(day ?? 0, m ?? 0, y ?? 0) === d;
    }, "not a real date").optional(),
    baseUrl: z.url({ message: "--base-url (or PUBLIC_BASE_URL) must be an absolute URL" }).optional(),
    question: z.string().trim().min(1, "no question given"),
  })
  .strict();
export type AskArgs = z.infer<typeof ArgsSchema>;

/** Reads the arguments; returns an error message for anything it does not understand. */
export function parseAskArgs(
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): AskArgs | { error: string } {
  let json = false;
  let index = "index-data";
  let today: string | undefined;
  let baseUrl: string | undefined = env.PUBLIC_BASE_URL || undefined;
  const words: string[] = [];
  const value = (i: number, name: string): string | { error: string } => {
    const v = args[i + 1];
    return v === undefined || v.startsWith("--") ? { error: `${name} needs a value` } : v;
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--json") json = true;
    else if (arg === "--index" || arg === "--today" || arg === "--base-url") {
      const v = value(i, arg);
      if (typeof v !== "string") return v;
      if (arg === "--index") index = v;
      else if (arg === "--today") today = v;
      else baseUrl = v;
      i += 1;
    } else if (arg === "--") {
      words.push(...args.slice(i + 1));
      break;
    } else if (arg.startsWith("--")) return { error: `unknown option ${arg}` };
    else words.push(arg);
  }
  const parsed = ArgsSchema.safeParse({ json, index, today, baseUrl, question: words.join(" ") });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field =
      issue?.path[0] === "today" ? `--today must be a real date written YYYY-MM-DD (got ${today})` : issue?.message;
    return { error: field ?? "bad arguments" };
  }
  return parsed.data;
}

export const askCommand: Command = {
  summary: 'answer one question from the index ([--json] [--index DIR] [--today YYYY-MM-DD] "<question>")',
  async run(args: string[]): Promise<number> {
    if (args.includes("--help") || args.includes("-h")) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const parsed = parseAskArgs(args);
    if ("error" in parsed) {
      process.stderr.write(`referat ask: ${parsed.error}\n${USAGE}\n`);
      return 2;
    }
    // With --json, stdout carries exactly one JSON object: anything a library logs goes to stderr instead.
    const restore = parsed.json ? routeConsoleToStderr() : () => {};
    try {
      const assistant = await loadAssistant({
        indexDir: parsed.index,
        ...(parsed.baseUrl ? { publicBaseUrl: parsed.baseUrl } : {}),
      });
      const answer = await assistant.ask(parsed.question, parsed.today ? { today: parsed.today } : {});
      restore();
      process.stdout.write(parsed.json ? `${JSON.stringify(answer, null, 2)}\n` : `${answer.text}\n`);
      return 0;
    } catch (error) {
      restore();
      if (error instanceof IndexError) {
        process.stderr.write(`referat ask: ${error.message}\n`);
        return 1;
      }
      throw error;
    }
  },
};

/** Sends console.log/info/debug/warn to stderr until the returned function is called. */
function routeConsoleToStderr(): () => void {
  const saved = { log: console.log, info: console.info, debug: console.debug, warn: console.warn };
  const toStderr = (...xs: unknown[]) => console.error(...xs);
  console.log = toStderr;
  console.info = toStderr;
  console.debug = toStderr;
  console.warn = toStderr;
  return () => Object.assign(console, saved);
}
