// Runs the rule registry over a decision block: paragraph rules on each paragraph's start, sentence rules on the rest.
import { pushAll } from "../arrays.ts";
import { LONGEST_PARAGRAPH_READ } from "../lexicon.ts";
import { copyPlain, remembered } from "../remembered.ts";
import { splitSentences } from "../sentences.ts";
import { collapseSpaces } from "../text-scan.ts";
import type { Fragment } from "./fragment.ts";
import { isBareLabel, isLabelContinuation, startsWithLabel } from "./position-label.ts";
import { RULES } from "./registry.ts";

/** A fragment with the sentence (or paragraph label) it was read from. */
export interface ReadFragment {
  fragment: Fragment;
  text: string;
}

/** One paragraph of a block and what the rules read in it (empty when nothing). */
export interface ReadParagraph {
  text: string;
  fragments: ReadFragment[];
  /** A remark for the record ("protokolbemærkning") or its quoted words: reasons, not votes. */
  remark: boolean;
}

const paragraphRules = RULES.filter((r) => r.scope === "paragraph");
const sentenceRules = RULES.filter((r) => r.scope === "sentence");

/** Reads the fragments of one sentence: the first rule that matches wins. */
export function readSentence(sentence: string): ReadFragment[] {
  for (const rule of sentenceRules) {
    if (rule.cue && !rule.cue.test(sentence)) continue;
    const m = rule.read(sentence);
    if (m) return m.fragments.map((fragment) => ({ fragment, text: sentence }));
  }
  return [];
}

/** "X afgav følgende protokolbemærkning:", "ønskede følgende bemærkning tilført beslutningsprotokollen": a remark follows. */
const REMARK =
  /(?<!\w)(?:protokolbemærkning|protokoltilførsel|stemmeforklaring|bemærkning\s+(?:tilført|ført)|ført\s+til\s+protokol)/iu;
/**
 * A remark's intro or a remark in its own words: the remark word with the words after it (":" or a quote follows).
 * "Ida Holm (Ø) stemte imod og ønskede sin holdning ført til protokols." quotes nothing: its vote stands.
 */
function isRemark(paragraph: string, m: RegExpExecArray | null = REMARK.exec(paragraph)): boolean {
  return m !== null && /[:"“”„]/u.test(paragraph.slice(m.index));
}

/** Fragments a party's own words cannot carry: "Vi stemmer imod, fordi …" in a remark is a reason, not the vote. */
const VOTE_KINDS: ReadonlySet<Fragment["kind"]> = new Set(["position", "tally", "referral", "outcome"]);

/** Reads every paragraph of a decision block's text (paragraphs separated by blank lines). */
export function readFragments(blockText: string): ReadParagraph[] {
  return [...eachReadParagraph(blockText)];
}

/**
 * The paragraphs of a decision block's text read one at a time, in order, as `readFragments` gives them: a reader
 * that is done with a paragraph's fragments lets them go before the next is read (a block of a hundred thousand vote
 * lines held all of them, with every entry read from them, until its end).
 */
export function* eachReadParagraph(
  blockText: string,
  read: (paragraph: string) => ReadFragment[] = readParagraph,
): Generator<ReadParagraph, void, undefined> {
  let remark = false;
  // One pass over the paragraphs (a block of one line, as most are, is not split at all).
  const paragraphs: string[] = [];
  for (const raw of blockText.includes("\n") ? blockText.split(PARAGRAPH_BREAK) : [blockText]) {
    const p = collapseSpaces(raw).trim();
    if (p !== "" && !RULE_LINE.test(p)) paragraphs.push(p);
  }
  for (const paragraph of withLabelsCarried(joinWrapped(paragraphs))) {
    // A remark's intro and the quoted paragraph after it hold no votes.
    const quoted = /^["“”„]/u.test(paragraph);
    // One scan for the remark words per paragraph (the pattern looks at every position of it).
    const m = REMARK.exec(paragraph);
    const inRemark = isRemark(paragraph, m) || (remark && quoted);
    remark = m !== null && /:\s*$/.test(paragraph);
    if (inRemark) {
      const kept = read(paragraph).filter((f) => !VOTE_KINDS.has(f.fragment.kind));
      yield { text: paragraph, fragments: kept, remark: true };
    } else yield { text: paragraph, fragments: read(paragraph), remark: false };
  }
}

/** A blank line (spaces on it too) between two paragraphs of a block. */
const PARAGRAPH_BREAK = /\n\s*\n/;
/** A paragraph that is only a rule drawn with dashes, underscores, equals signs or stars. */
const RULE_LINE = /^[-–_=*]{3,}$/;

/** Words a sentence cannot end on: a line that ends on one was wrapped ("… godkendt med" / "43 stemmer imod 5."). */
const OPEN_END = /\s(?:med|mod|af|og|samt|til|fra|på|i|om|at|end|efter|under)$/iu;
/** How a wrapped line's rest begins: a small letter or a number. */
const CONTINUES = /^[\p{Ll}\d]/u;

/** Lines of one sentence wrapped onto separate paragraphs (every line of a PDF is one) joined again. */
function joinWrapped(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  for (const paragraph of paragraphs) {
    const last = out.length - 1;
    if (last >= 0 && OPEN_END.test(out[last] ?? "") && CONTINUES.test(paragraph))
      out[last] = `${out[last]} ${paragraph}`;
    else out.push(paragraph);
  }
  return out;
}

/**
 * "For stemte:" standing alone with its list in the next paragraph(s) ("Pernille Beckmann (V), … og Mehmet Zeki
 * Dogru (Ø)", or one party per paragraph: "A, med bemærkning …" / "Ø, da …"): each list paragraph is read under the
 * label. A bare label followed by the next label ("For stemte:" then "Imod stemte: …") names nobody and is dropped.
 */
function withLabelsCarried(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < paragraphs.length; k++) {
    const paragraph = paragraphs[k] ?? "";
    if (!isBareLabel(paragraph)) {
      out.push(paragraph);
      continue;
    }
    let carried = false;
    while (k + 1 < paragraphs.length && isLabelContinuation(paragraphs[k + 1] ?? "")) {
      out.push(`${paragraph} ${paragraphs[k + 1]}`);
      carried = true;
      k++;
    }
    // Followed by the next label, the list was left empty: nobody. Otherwise it stays, to be kept as unread.
    if (!carried && !startsWithLabel(paragraphs[k + 1] ?? "")) out.push(paragraph);
  }
  return out;
}

/**
 * `readParagraph` for one document, its readings of short paragraphs remembered: minutes repeat their short paragraphs
 * ("Godkendt.", "Anbefales.", the same vote line under item after item), and each was read by every rule again. Each
 * caller gets fragments of its own (copies), as a second reading would give. Made per document, so what a document
 * holds is let go with it.
 */
export function rememberedParagraphs(): (paragraph: string) => ReadFragment[] {
  return remembered(readParagraph, {
    maxLength: PARAGRAPH_MEMO_LENGTH,
    maxSize: 1_000,
    copy: copyPlain,
    pauseWhenRare: true,
  });
}
/** The longest paragraph remembered: a few sentences. */
const PARAGRAPH_MEMO_LENGTH = 300;

/** The fragments of one paragraph: paragraph rules on its start, sentence rules on the rest. */
function readParagraph(paragraph: string): ReadFragment[] {
  if (paragraph.length > LONGEST_PARAGRAPH_READ) return [];
  const fragments: ReadFragment[] = [];
  let rest = paragraph;
  for (const rule of paragraphRules) {
    if (rule.cue && !rule.cue.test(paragraph)) continue;
    const m = rule.read(paragraph);
    if (!m) continue;
    const label =
      m.rest === undefined ? paragraph : paragraph.slice(0, paragraph.length - m.rest.length).trim() || paragraph;
    pushAll(
      fragments,
      m.fragments.map((fragment) => ({ fragment, text: label })),
    );
    rest = m.rest ?? "";
    break;
  }
  for (const sentence of splitSentences(rest)) pushAll(fragments, readSentence(sentence));
  return fragments;
}
