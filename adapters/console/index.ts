// The console chat: a readline prompt with history and /help that keeps the conversation; piped input is answered line by line.
import { createInterface, type Interface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { helpText } from "../../src/answer/render-text.ts";
import type { Answer, Assistant, ConversationContext } from "../../src/domain/index.ts";
import { type FollowCommands, parseFollowCommand } from "../../src/follow/index.ts";
import type { Adapter } from "../adapter.ts";

export interface ConsoleAdapterOptions {
  assistant: Assistant;
  /** Default process.stdin. A TTY gets the interactive prompt; anything else is answered line by line. */
  input?: Readable;
  /** Default process.stdout. */
  output?: Writable;
  /** ISO date passed to the engine as today; default the real today. */
  today?: string;
  /** "follow …", "unfollow …", "following" as commands; absent: asked as questions. */
  follow?: FollowCommands | null;
  /** Called once the input has ended (Ctrl-D, /quit, end of piped input) and every answer is written. */
  onEnd?: () => void;
}

export interface ConsoleAdapter extends Adapter {
  /** Settles when the input has ended and every answer is written. */
  readonly finished: Promise<void>;
}

const COMMANDS_HELP = {
  da: "Kommandoer: /help viser eksempler, /new glemmer samtalen, /quit eller Ctrl-D afslutter.",
  en: "Commands: /help shows examples, /new forgets the conversation, /quit or Ctrl-D quits.",
} as const;

/** Answer text as the console shows it. */
export function renderForConsole(answer: Answer): string {
  return `${answer.text}\n`;
}

export function createConsoleAdapter(options: ConsoleAdapterOptions): ConsoleAdapter {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const interactive = (input as Readable & { isTTY?: boolean }).isTTY === true;
  let rl: Interface | null = null;
  let context: ConversationContext | null = null;
  // Answers are written in the order asked, even when lines arrive faster than answers.
  let queue: Promise<void> = Promise.resolve();
  let resolveFinished: () => void = () => {};
  const finished = new Promise<void>((resolve) => {
    resolveFinished = resolve;
  });
  const write = (text: string) => {
    output.write(text);
  };
  const prompt = () => {
    if (interactive && rl) rl.prompt();
  };

  const handle = async (line: string): Promise<void> => {
    const text = line.trim();
    if (text === "") return;
    if (text === "/help" || text === "/?") {
      write(`${helpText("en")}\n\n${helpText("da")}\n\n${COMMANDS_HELP.en}\n`);
      return;
    }
    if (text === "/new" || text === "/reset") {
      context = null;
      write("(new conversation / ny samtale)\n");
      return;
    }
    if (text === "/quit" || text === "/exit") {
      rl?.close();
      return;
    }
    const followCommand = options.follow ? parseFollowCommand(text) : null;
    if (followCommand && options.follow) {
      const reply = await options.follow
        .run({
          platform: "console",
          workspace: "local",
          channel: "console",
          user: "console",
          ...followCommand,
          isMember: async () => true,
        })
        .catch((error: unknown) => `follow: ${error instanceof Error ? error.message : String(error)}`);
      write(`${reply}\n\n`);
      return;
    }
    try {
      const answer = await options.assistant.ask(text, { context, ...(options.today ? { today: options.today } : {}) });
      context = answer.context;
      write(`${renderForConsole(answer)}\n`);
    } catch (error) {
      // One place for engine errors: say so briefly and keep the chat going.
      const reason = error instanceof Error ? error.message : String(error);
      write(`console: the question could not be answered (${reason})\n\n`);
    }
  };

  return {
    name: "console",
    finished,
    async start() {
      rl = createInterface({ input, output, terminal: interactive, historySize: 200, prompt: "referat> " });
      if (interactive) write(`Referat – ask about the committees' minutes. ${COMMANDS_HELP.en}\n`);
      rl.on("line", (line) => {
        queue = queue.then(() => handle(line)).then(prompt);
      });
      rl.on("close", () => {
        queue.then(() => {
          if (interactive) write("\n");
          resolveFinished();
          options.onEnd?.();
        });
      });
      prompt();
    },
    async stop() {
      if (!rl) {
        resolveFinished();
        return;
      }
      rl.close();
      await finished;
    },
  };
}
