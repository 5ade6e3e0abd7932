// "At der skal tilføres ressourcer via omprioritering …" — a paragraph that is itself the question put to the vote.
import type { Rule } from "./fragment.ts";

export const ballotQuestion: Rule = {
  name: "ballot-question",
  example: "At der skal tilføres ressourcer via omprioritering inden for jobcenterets rammer.",
  scope: "paragraph",
  // The test below, on the paragraph as it stands: its start is kept when the quotes around it go.
  cue: /^\s*["“”]*At\s+\p{Ll}/u,
  read(paragraph) {
    const t = paragraph.trim().replace(/^["“”]+|["“”]+$/gu, "");
    if (!/^At\s+\p{Ll}/u.test(t)) return null;
    return {
      fragments: [
        { kind: "motion", source: "question", label: null, points: [], text: t, proposer: null, needsText: false },
      ],
      rest: "",
    };
  },
};
