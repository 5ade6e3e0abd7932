// One line of a document after reading and cleaning, with the PDF page it stands on.

export interface Line {
  /** The cleaned text (markdown decoration removed, tabs kept). */
  text: string;
  /** PDF page, or null for text sources. */
  page: number | null;
}

/** Non-empty lines joined as paragraphs separated by blank lines. */
export function joinParagraphs(lines: readonly Line[]): string {
  // One pass and one array (not a mapped copy and a filtered copy of it): a block can hold a million lines.
  const kept: string[] = [];
  for (const l of lines) {
    const t = l.text.trim();
    if (t !== "") kept.push(t);
  }
  return kept.join("\n\n");
}
