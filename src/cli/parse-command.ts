// `referat parse [--json] <file…>`: parses minutes files and prints them as JSON or as a readable summary.
import type { Meeting, Vote, VoteEntry } from "../domain/index.ts";
import { parseFile } from "../ingest/index.ts";
import { ParseError } from "../parse/index.ts";
import type { Command } from "./command.ts";

const USAGE = "usage: referat parse [--json] <file…>   (minutes as .txt, .md or .pdf)";

function entries(list: readonly VoteEntry[]): string {
  if (list.length === 0) return "–";
  return list
    .map((e) =>
      e.name
        ? `${e.name}${e.party ? ` (${e.party})` : ""}`
        : `${e.party ?? "?"}${e.count !== undefined ? `(${e.count})` : ""}`,
    )
    .join(", ");
}

function clip(text: string, length: number): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length > length ? `${t.slice(0, length - 1)}…` : t;
}

function voteLine(v: Vote): string {
  const counts = v.counts ? ` ${v.counts.for}-${v.counts.against}-${v.counts.abstain}` : "";
  return [
    `    punkt ${v.item}, ${v.body} ${v.date}: ${v.outcome}${counts} — ${clip(v.motion, 90)}`,
    `      for: ${entries(v.for)}`,
    `      imod: ${entries(v.against)}`,
    ...(v.abstain.length > 0 ? [`      undlod: ${entries(v.abstain)}`] : []),
  ].join("\n");
}

/** A readable summary of one meeting: header, items with their decisions, votes, upcoming items. */
export function summarise(m: Meeting): string {
  const out: string[] = [];
  const when = `${m.date}${m.startTime ? ` kl. ${m.startTime}` : ""}`;
  out.push(
    `${m.source}: ${m.documentType} ${m.committee}${m.municipality ? `, ${m.municipality} Kommune` : ""}, ${when}${m.location ? `, ${m.location}` : ""}`,
  );
  if (m.participants.length > 0) out.push(`  deltagere: ${m.participants.join(", ")}`);
  if (m.absent.length > 0) out.push(`  fraværende: ${m.absent.join(", ")}`);
  for (const s of m.substitutes)
    out.push(`  stedfortræder: ${s.name}${s.party ? ` (${s.party})` : ""} for ${s.for ?? "?"}`);
  out.push(
    `  ${m.items.length} punkter, ${m.items.reduce((n, i) => n + i.decisions.length, 0)} beslutninger, ${m.votes.length} afstemninger, ${m.upcoming.length} kommende sager`,
  );
  for (const item of m.items) {
    const meta = [item.caseNumber, item.page ? `s. ${item.page}` : null].filter(Boolean).join(", ");
    out.push(`  punkt ${item.number}: ${item.kind ? `${item.kind}: ` : ""}${item.title}${meta ? ` (${meta})` : ""}`);
    for (const d of item.decisions) out.push(`    ${d.body} ${d.date}: ${clip(d.text, 100) || "–"}`);
  }
  if (m.votes.length > 0) {
    out.push("  afstemninger:");
    for (const v of m.votes) out.push(voteLine(v));
  }
  for (const r of m.referredToCouncil) out.push(`  punkt ${r.item} begæret i byrådet af ${entries(r.by)}`);
  if (m.upcoming.length > 0) {
    out.push("  kommende sager:");
    for (const u of m.upcoming)
      out.push(`    ${u.when ?? "uden dato"}: ${u.title}${u.responsible ? ` (${u.responsible})` : ""}`);
  }
  return out.join("\n");
}

export const parseCommand: Command = {
  summary: "parse minutes files (.txt, .md, .pdf) and print them (--json for the Meeting objects)",
  async run(args: string[]): Promise<number> {
    const json = args.includes("--json");
    const unknown = args.filter((a) => a.startsWith("-") && a !== "--json");
    const files = args.filter((a) => !a.startsWith("-"));
    if (args.includes("--help") || args.includes("-h")) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (unknown.length > 0 || files.length === 0) {
      process.stderr.write(
        `referat parse: ${unknown.length > 0 ? `unknown option ${unknown[0]}` : "no file given"}\n${USAGE}\n`,
      );
      return 2;
    }
    const meetings: Meeting[] = [];
    let failed = 0;
    for (const file of files) {
      try {
        meetings.push(
          await parseFile(file, { onWarning: (name, w) => process.stderr.write(`referat parse: ${name}: ${w}\n`) }),
        );
      } catch (error) {
        failed += 1;
        if (error instanceof ParseError) process.stderr.write(`referat parse: ${error.message}\n`);
        else
          process.stderr.write(
            `referat parse: ${file}: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
          );
      }
    }
    if (json) {
      if (files.length === 1) {
        if (meetings[0]) process.stdout.write(`${JSON.stringify(meetings[0], null, 2)}\n`);
      } else process.stdout.write(`${JSON.stringify(meetings, null, 2)}\n`);
    } else if (meetings.length > 0) process.stdout.write(`${meetings.map(summarise).join("\n\n")}\n`);
    return failed > 0 ? 1 : 0;
  },
};
