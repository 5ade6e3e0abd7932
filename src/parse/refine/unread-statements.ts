// The vote statements of a block that no rule read: sentences with vote words that went into no vote, so an answer
// can quote them ("The minutes record: '…'") instead of saying that no vote was recorded.
import { VOTE_VOCABULARY } from "../lexicon.ts";
import type { ReadParagraph } from "../rules/read-fragments.ts";
import { splitSentences } from "../sentences.ts";
import { collapseSpaces } from "../text-scan.ts";

/** True when the sentence uses the words of a vote. */
export function hasVoteVocabulary(sentence: string): boolean {
  return VOTE_VOCABULARY.some((v) => v.test(sentence));
}

/** The block's sentences with vote words that are not part of any explained text, in order. */
export function unreadStatements(paragraphs: readonly ReadParagraph[], explained: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const paragraph of paragraphs) {
    // A quoted paragraph is a member's or party's own words (a remark), not the minutes' record of a vote.
    if (explained.has(paragraph.text) || /^["“”„]/u.test(paragraph.text)) continue;
    // Each sentence is a stretch of the paragraph with spaces (or its ends) around it, so a sentence with vote words
    // is in a paragraph with vote words: most paragraphs are passed over without splitting them into sentences.
    if (!hasVoteVocabulary(collapseSpaces(paragraph.text))) continue;
    const sentences = splitSentences(paragraph.text);
    const whole = new Set(sentences);
    // Paragraph rules read a label ("Ad 2:") or the whole paragraph rather than one sentence: a few per paragraph.
    const labels = [...new Set(paragraph.fragments.map((f) => f.text))].filter(
      (t) => explained.has(t) && !whole.has(t),
    );
    for (const sentence of sentences) {
      if (!hasVoteVocabulary(sentence)) continue;
      if (explained.has(sentence) || labels.some((t) => t.includes(sentence) || sentence.includes(t))) continue;
      out.push(sentence);
    }
  }
  return out;
}
