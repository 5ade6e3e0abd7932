// What the parser found in each document, for `referat parse --report`: items, decision blocks, votes, attendance,
// the share of decision sentences explained, and every vote statement no rule read (quoted, with where it stands).
import type { Meeting } from "../domain/index.ts";
import { splitSentences } from "./sentences.ts";

export interface DocumentReport {
  source: string;
  quality: "structured" | "passages";
  items: number;
  decisionBlocks: number;
  votes: number;
  absent: number;
  /** Members absent for some items only. */
  partlyAbsent: number;
  substitutes: number;
  /** Sentences of all decision blocks. */
  decisionSentences: number;
  /** Share of decision sentences that are not unread vote statements. */
  explained: number;
  unread: { item: number; decision: number; page: number | null; text: string }[];
}

/** The report of one parsed meeting. */
export function reportMeeting(m: Meeting): DocumentReport {
  const blocks = m.items.flatMap((i) => i.decisions);
  const sentences = blocks.reduce((n, d) => n + d.text.split(/\n\s*\n/).flatMap(splitSentences).length, 0);
  const unread = m.unreadVoteStatements ?? [];
  return {
    source: m.source,
    quality: m.quality ?? "structured",
    items: m.items.length,
    decisionBlocks: blocks.length,
    votes: m.votes.length,
    absent: m.absent.length,
    partlyAbsent: (m.partialAbsence ?? []).length,
    substitutes: m.substitutes.length,
    decisionSentences: sentences,
    explained: sentences === 0 ? 1 : (sentences - unread.length) / sentences,
    unread: unread.map((u) => ({ item: u.item, decision: u.decision, page: u.page, text: u.text })),
  };
}

/** One document's report as text lines. */
export function formatReport(r: DocumentReport): string {
  const lines = [
    `${r.source}: ${r.quality}, ${r.items} items, ${r.decisionBlocks} decision blocks, ${r.votes} votes, ${r.absent} absent, ${r.partlyAbsent} partly absent, ${r.substitutes} substitutes; ${(r.explained * 100).toFixed(1)}% of ${r.decisionSentences} decision sentences explained, ${r.unread.length} unread vote statements`,
    ...r.unread.map(
      (u) =>
        `  unread, item ${u.item}, block ${u.decision + 1}${u.page !== null ? `, page ${u.page}` : ""}: "${u.text}"`,
    ),
  ];
  return lines.join("\n");
}

/**
 * Totals over documents, with the refused ones and why. `others` are files read and recognised as documents that
 * hold no minutes (a listing of meetings, a manifest): named apart, since nothing in them was left unread.
 */
export function formatTotals(
  reports: readonly DocumentReport[],
  refused: readonly string[],
  others: readonly string[] = [],
): string {
  const sum = (f: (r: DocumentReport) => number) => reports.reduce((n, r) => n + f(r), 0);
  const sentences = sum((r) => r.decisionSentences);
  const unread = sum((r) => r.unread.length);
  return [
    `total: ${reports.length} documents read (${reports.filter((r) => r.quality === "passages").length} as passages)${others.length > 0 ? `, ${others.length} other documents read (not minutes)` : ""}, ${refused.length} refused; ${sum((r) => r.items)} items, ${sum((r) => r.decisionBlocks)} decision blocks, ${sum((r) => r.votes)} votes, ${sum((r) => r.absent)} absent, ${sum((r) => r.partlyAbsent)} partly absent, ${sum((r) => r.substitutes)} substitutes; ${sentences === 0 ? "100.0" : (((sentences - unread) / sentences) * 100).toFixed(1)}% of ${sentences} decision sentences explained, ${unread} unread vote statements`,
    ...others.map((r) => `  not minutes: ${r}`),
    ...refused.map((r) => `  refused: ${r}`),
  ].join("\n");
}
