// A paragraph longer than the sentence rules read is kept verbatim in its decision block but not read for votes or
// vote statements (every rule over it made a copy of it).
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/parse/index.ts";
import { LONGEST_PARAGRAPH_READ } from "../../src/parse/lexicon.ts";

const VOTE = "Forslaget blev forkastet med 6 stemmer mod 19.";

/** Minutes whose one decision paragraph is `length` characters: whole filler sentences, then a vote at its end. */
function minutes(length: number): string {
  const sentence = "Udvalget drøftede sagen. ";
  const r = (length - VOTE.length - 6) % sentence.length;
  const count = (length - VOTE.length - 6 - r) / sentence.length;
  const paragraph = `Sag${"e".repeat(r)}n. ${sentence.repeat(count)}${VOTE}`;
  expect(paragraph.length).toBe(length);
  return ["Referat", "Byrådet", "Mødedato: 08-10-2025", "", "Punkt 1: Budget", "Beslutning", paragraph].join("\n");
}

describe("the longest paragraph the rules read", () => {
  it("reads a vote at the end of a paragraph of the longest length", () => {
    const meeting = parseText(minutes(LONGEST_PARAGRAPH_READ), { source: "a.txt" });
    expect(meeting.votes.map((v) => v.text)).toEqual([VOTE]);
  });

  it("keeps a longer paragraph verbatim, reads no vote in it and quotes it as no statement", () => {
    const meeting = parseText(minutes(LONGEST_PARAGRAPH_READ + 1), { source: "a.txt" });
    expect(meeting.votes).toEqual([]);
    expect(meeting.unreadVoteStatements).toEqual([]);
    expect(meeting.items[0]?.decisions[0]?.text.endsWith(VOTE)).toBe(true);
    expect(meeting.items[0]?.decisions[0]?.text.length).toBe(LONGEST_PARAGRAPH_READ + 1);
  });
});
