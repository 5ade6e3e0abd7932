// The command-line tool: `npm run --silent cli -- <command> …`. One line per command in the table below.

import { DbInUseError } from "../follow/db.ts";
import { askCommand } from "./ask-command.ts";
import type { Command } from "./command.ts";
import { indexCommand } from "./index-command.ts";
import { parseCommand } from "./parse-command.ts";
import { syncCommand } from "./sync-command.ts";

const COMMANDS: Record<string, Command> = {
  parse: parseCommand,
  index: indexCommand,
  ask: askCommand,
  sync: syncCommand,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    const list = Object.entries(COMMANDS)
      .map(([n, c]) => `  ${n.padEnd(8)} ${c.summary}`)
      .join("\n");
    process.stderr.write(
      `${name ? `referat: unknown command "${name}"\n` : ""}usage: referat <command> [options]\n${list}\n`,
    );
    return 2;
  }
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // The embedded follow database held by another process: an expected failure, one line.
    if (error instanceof DbInUseError) {
      process.stderr.write(`referat: ${error.message}\n`);
      process.exitCode = 1;
      return;
    }
    // Expected failures are reported by the commands themselves; this is for bugs.
    process.stderr.write(
      `referat: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
