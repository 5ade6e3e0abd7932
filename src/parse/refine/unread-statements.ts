// The vote statements of a block that no rule read: sentences with vote words that went into no vote, so an answer
// can quote them ("The minutes record: '…'") instead of saying that no vote was recorded.
import { LONGEST_PARAGRAPH_READ, VOTE_VOCABULARY } from "../lexicon.ts";
import type { ReadParagraph } from "../rules/read-fragments.ts";
import { splitSentences } from "../sentences.ts";
import { collapseSpaces } from "../text-scan.ts";
import { step } from "../work.ts";

/** True when the sentence uses the words of a vote. */
export function hasVoteVocabulary(sentence: string): boolean {
  return VOTE_VOCABULARY.some((v) => v.test(sentence));
}

/** A paragraph's sentences that may be unread vote statements, and the labels read from it beside its sentences. */
interface Candidates {
  text: string;
  sentences: string[];
  labels: string[];
}

/**
 * The sentences of a block that may turn out unread, gathered while the block is read: a paragraph is looked at as
 * soon as it is read (and its fragments can go), its sentences checked against what is explained by then, and again
 * against what is explained at the block's end. Explained texts are only ever added, so a sentence explained early
 * stays explained: dropping it at once, and now and then dropping those explained since, changes nothing.
 */
export class PendingStatements {
  private kept: Candidates[] = [];
  /** Size of `kept` after the last sweep: the next sweep waits until it has doubled, so sweeping stays linear. */
  private swept = 0;

  /** Notes the paragraph's sentences with vote words that are not explained (yet). */
  add(paragraph: ReadParagraph, explained: ReadonlySet<string>): void {
    // A quoted paragraph is a member's or party's own words (a remark), not the minutes' record of a vote.
    if (explained.has(paragraph.text) || /^["“”„]/u.test(paragraph.text)) return;
    // Too long to be read by the rules, too long to be a statement: the block keeps it verbatim.
    if (paragraph.text.length > LONGEST_PARAGRAPH_READ) return;
    // Each sentence is a stretch of the paragraph with spaces (or its ends) around it, so a sentence with vote words
    // is in a paragraph with vote words: most paragraphs are passed over without splitting them into sentences.
    if (!hasVoteVocabulary(collapseSpaces(paragraph.text))) return;
    const sentences = splitSentences(paragraph.text);
    const whole = new Set(sentences);
    // Paragraph rules read a label ("Ad 2:") or the whole paragraph rather than one sentence: a few per paragraph.
    const labels = [...new Set(paragraph.fragments.map((f) => f.text))].filter((t) => !whole.has(t));
    const open = sentences.filter((s) => hasVoteVocabulary(s) && !isExplained(s, labels, explained));
    if (open.length === 0) return;
    this.kept.push({ text: paragraph.text, sentences: open, labels });
    if (this.kept.length >= Math.max(64, 2 * this.swept)) this.sweep(explained);
  }

  /** The noted sentences still not explained, in order. */
  unread(explained: ReadonlySet<string>): string[] {
    const out: string[] = [];
    for (const c of this.kept) {
      if (explained.has(c.text)) continue;
      for (const s of c.sentences) if (!isExplained(s, c.labels, explained)) out.push(s);
    }
    return out;
  }

  /** Drops what has been explained since it was noted. */
  private sweep(explained: ReadonlySet<string>): void {
    step("unread", this.kept.length);
    const left: Candidates[] = [];
    for (const c of this.kept) {
      if (explained.has(c.text)) continue;
      const open = c.sentences.filter((s) => !isExplained(s, c.labels, explained));
      if (open.length > 0) left.push(open.length === c.sentences.length ? c : { ...c, sentences: open });
    }
    this.kept = left;
    this.swept = left.length;
  }
}

/** A sentence that went into a vote or a known non-vote, or that stands in or around an explained label. */
function isExplained(sentence: string, labels: readonly string[], explained: ReadonlySet<string>): boolean {
  return (
    explained.has(sentence) || labels.some((t) => explained.has(t) && (t.includes(sentence) || sentence.includes(t)))
  );
}
