// `referat parse [--json] <file…>`: parses minutes files and prints them as JSON or as a readable summary.
import type { Meeting, Vote, VoteEntry } from "../domain/index.ts";
import { parseFile } from "../ingest/index.ts";
import { ParseError } from "../parse/index.ts";
import { formatReport, formatTotals, reportMeeting } from "../parse/report.ts";
import type { Command } from "./command.ts";
import { LimitFlagsSchema, limitFlag, readLimits } from "./document-limit-flags.ts";

const USAGE =
  "usage: referat parse [--json | --report] [--max-document-mb N] [--max-document-lines L] <file…>   (minutes in any registered format; N default 50, L 100000)";

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
  summary:
    "parse minutes files (text, PDF, FirstAgenda JSON, …) and print them (--json for the Meeting objects, --report for what was read)",
  async run(args: string[]): Promise<number> {
    if (args.includes("--help") || args.includes("-h")) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    let json = false;
    let report = false;
    const limits: { maxDocumentMb?: string; maxDocumentLines?: string } = {};
    const files: string[] = [];
    const unknown: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const arg = args[i] as string;
      const limit = limitFlag(args, i);
      if (limit) {
        limits[limit.key] = limit.value;
        i += limit.used - 1;
      } else if (arg === "--json") json = true;
      else if (arg === "--report") report = true;
      else if (arg.startsWith("-")) unknown.push(arg);
      else files.push(arg);
    }
    const checked = LimitFlagsSchema.safeParse(limits);
    const problem =
      unknown.length > 0
        ? `unknown option ${unknown[0]}`
        : !checked.success
          ? (checked.error.issues[0]?.message ?? "bad document limit")
          : files.length === 0
            ? "no file given"
            : null;
    if (problem) {
      process.stderr.write(`referat parse: ${problem}\n${USAGE}\n`);
      return 2;
    }
    const options = checked.success ? readLimits(checked.data) : {};
    const meetings: Meeting[] = [];
    const refused: string[] = [];
    /** Files read and recognised as documents without minutes (a listing, a manifest). */
    const others: string[] = [];
    let failed = 0;
    for (const file of files) {
      try {
        meetings.push(
          await parseFile(file, {
            ...options,
            onWarning: (name, w) =>
              process.stderr.write(`referat parse: ${name}: ${w}
`),
          }),
        );
      } catch (error) {
        failed += 1;
        if (error instanceof ParseError && error.recognisedAs) others.push(error.message);
        else refused.push(error instanceof Error ? error.message : String(error));
        if (error instanceof ParseError) process.stderr.write(`referat parse: ${error.message}\n`);
        else
          process.stderr.write(
            `referat parse: ${file}: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
          );
      }
    }
    if (report) {
      const reports = meetings.map(reportMeeting);
      process.stdout.write(`${[...reports.map(formatReport), formatTotals(reports, refused, others)].join("\n")}\n`);
    } else if (json) {
      if (files.length === 1) {
        if (meetings[0]) process.stdout.write(`${JSON.stringify(meetings[0], null, 2)}\n`);
      } else process.stdout.write(`${JSON.stringify(meetings, null, 2)}\n`);
    } else if (meetings.length > 0) process.stdout.write(`${meetings.map(summarise).join("\n\n")}\n`);
    return failed > 0 ? 1 : 0;
  },
};
