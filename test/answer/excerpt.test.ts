import { describe, expect, it } from "vitest";
import { decisiveExcerpt, oneLine, sentences } from "../../src/answer/excerpt.ts";

describe("excerpts", () => {
  it("splits sentences and list lines", () => {
    expect(sentences("Sagen drøftet. Indstillingen godkendt.\nAd 2. Taget til efterretning.")).toEqual([
      "Sagen drøftet.",
      "Indstillingen godkendt.",
      "Ad 2. Taget til efterretning.",
    ]);
  });

  it("cuts one line at a word with an ellipsis", () => {
    expect(oneLine("Forslag om at indhente en besparelse ved at nedlægge rådet", 30)).toBe(
      "Forslag om at indhente en …",
    );
    expect(oneLine("Kort forslag", 30)).toBe("Kort forslag");
  });

  it("quotes a short block whole and a long one by its decisive sentences", () => {
    expect(decisiveExcerpt("Anbefales godkendt.")).toBe("Anbefales godkendt.");
    const long = `${"Baggrunden for sagen er beskrevet grundigt i bilagene. ".repeat(10)}Indstillingen blev godkendt.`;
    expect(decisiveExcerpt(long)).toBe("Indstillingen blev godkendt.");
  });

  it("keeps the proposal that was voted on beside the vote lines (who proposed what is part of the decision)", () => {
    const block = `${"Udvalget drøftede sagen indgående med administrationen. ".repeat(8)}A, C og M stillede forslag om at udsætte sagen til næste møde. For stemte: A, C og M. Imod stemte: V.`;
    expect(decisiveExcerpt(block)).toBe(
      "A, C og M stillede forslag om at udsætte sagen til næste møde. For stemte: A, C og M. Imod stemte: V.",
    );
  });

  it("quotes first the sentences the question asks about, then the decisive ones, in the block's order", () => {
    const filler = "Udvalget drøftede sagen grundigt og bad om flere oplysninger til næste møde. ".repeat(5);
    const block = `Indstillingen blev godkendt. ${filler}Det ekstra resultatkrav handler om fleksjob.`;
    const wanted = (s: string) => (s.includes("ekstra") ? 1 : s.includes("Udvalget") ? 0.3 : 0);
    expect(decisiveExcerpt(block, 120, wanted)).toBe(
      "Indstillingen blev godkendt. Det ekstra resultatkrav handler om fleksjob.",
    );
    // Without a question's words: the decisive sentences alone, as before.
    expect(decisiveExcerpt(block, 120)).toBe("Indstillingen blev godkendt.");
  });
});
