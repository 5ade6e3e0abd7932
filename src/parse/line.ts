// One line of a document after reading and cleaning, with the PDF page it stands on.

export interface Line {
  /** The cleaned text (markdown decoration removed, tabs kept). */
  text: string;
  /** PDF page, or null for text sources. */
  page: number | null;
}

/** Non-empty lines joined as paragraphs separated by blank lines. */
export function joinParagraphs(lines: readonly Line[]): string {
  return lines
    .map((l) => l.text.trim())
    .filter((t) => t !== "")
    .join("\n\n");
}
