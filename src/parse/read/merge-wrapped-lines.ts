// Joins the visual lines of a PDF paragraph into one line, as text exports have them; structure lines stay apart.

import { HEADER_LABELS } from "../lexicon.ts";
import type { Line } from "../line.ts";
import { isStructural } from "../split/items.ts";
import { isTocHeading } from "../split/toc.ts";

const LABEL = new RegExp(`^(?:${Object.values(HEADER_LABELS).flat().join("|")})\\b`, "iu");

/** A line that starts something of its own: a list entry, a heading, a table row. */
export function startsBlock(text: string): boolean {
  return (
    /^(?:[-•*–]\s|\d{1,2}[.)]\s|[a-z][.)]\s|ad\s+\d)/iu.test(text) ||
    text.includes("\t") ||
    isStructural(text) ||
    isTocHeading(text) ||
    LABEL.test(text)
  );
}

/**
 * Merges a line into the one before when that one runs to (nearly) the full width of its page and does not end a
 * sentence: the text was wrapped by the layout, not by the author.
 */
export function mergeWrappedLines(lines: readonly Line[]): Line[] {
  const widths = new Map<number | null, number>();
  // Table rows (tab-separated cells) run wider than the text column; they do not set the width.
  for (const l of lines)
    if (!l.text.includes("\t")) widths.set(l.page, Math.max(widths.get(l.page) ?? 0, l.text.length));
  const out: Line[] = [];
  for (const line of lines) {
    const text = line.text.trim();
    const previous = out[out.length - 1];
    if (previous && text !== "") {
      const p = previous.text;
      const full = p.length >= (widths.get(previous.page) ?? 0) * 0.75;
      // After a full line, a sentence end still wraps when the next line goes on in lower case or with a number.
      const goesOn = !/[.!?:]$/.test(p) || /^(?:\p{Ll}|\d+\s+\p{Ll})/u.test(text);
      if (full && goesOn && !p.includes("\t") && !startsBlock(text) && !isStructural(p)) {
        previous.text = p.endsWith("-") && /^\p{Ll}/u.test(text) ? `${p.slice(0, -1)}${text}` : `${p} ${text}`;
        continue;
      }
    }
    out.push({ ...line, text: line.text });
  }
  return out;
}
