import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderAnswer, renderNotice, SLACK_LIMITS } from "../../../adapters/slack/render-answer.ts";
import { type Answer, AnswerSchema } from "../../../src/domain/index.ts";
import { notFoundAnswer, voteAnswer, withFacts } from "../../harness/fake-assistant.ts";

type Block = { type: string; text?: { text: string }; elements?: { text?: string | { text: string }; url?: string }[] };
const sectionTexts = (blocks: Block[]) => blocks.filter((b) => b.type === "section").map((b) => b.text?.text ?? "");

function huge(): Answer {
  const base = voteAnswer();
  const citation = base.citations[0];
  const vote = base.votes[0];
  if (!citation || !vote) throw new Error("fixture lacks a citation or a vote");
  return withFacts(
    AnswerSchema.parse({
      ...base,
      decisions: Array.from({ length: 40 }, (_, i) => ({
        body: "Byrådet",
        date: "2020-11-30",
        text: `${"Et flertal stemte imod & for <forslaget>. ".repeat(12)} ${i}`,
        citation: i,
        outcomes: [],
      })),
      citations: Array.from({ length: 60 }, (_, i) => ({
        ...citation,
        item: i + 1,
        title: `Punkt med en meget lang titel ${"x".repeat(400)}`,
        url: `https://example.org/minutes/${i}.pdf#page=${i + 1}`,
      })),
      votes: Array.from({ length: 200 }, (_, i) => ({
        ...vote,
        motion: `Ændringsforslag ${i} ${"y".repeat(300)}`,
        citation: i % 60,
      })),
    }),
  );
}

describe("Slack renderAnswer", () => {
  it("shows the answer, the votes with marks, each citation as committee · date · item N with its link, and buttons", () => {
    const { text, blocks } = renderAnswer(voteAnswer());
    const all = sectionTexts(blocks as Block[]).join("\n");
    expect(text).toContain("item 12");
    expect(all).toContain(
      "*Votes*\n❌ *Enhedslisten – Allan Berg Mortensen* against · Social- og Beskæftigelsesudvalget · 11 November 2020",
    );
    expect(all).toContain(
      "❌ *Enhedslisten – Allan Berg Mortensen* against · Byrådet · 30 November 2020 · rejected (13 for, 11 against, 1 abstained)",
    );
    expect(all).toContain(
      "[1] <https://www.helsingor.dk/politik/dagsordener-og-referater/sbu-2020-12-09.pdf#page=33|Social- og Beskæftigelsesudvalget · 9 December 2020 · item 12>",
    );
    const actions = (blocks as Block[]).find((b) => b.type === "actions");
    expect(actions?.elements?.[0]).toMatchObject({
      text: { text: "Item 12 · 9 December 2020" },
      url: expect.stringMatching(/#page=33$/),
    });
  });

  it("labels in Danish, with Danish dates, when the answer is in Danish", () => {
    const { blocks } = renderAnswer(withFacts({ ...voteAnswer(), language: "da" }));
    const all = sectionTexts(blocks as Block[]).join("\n");
    expect(all).toContain("*Afstemninger*");
    expect(all).toContain("imod · Byrådet · 30. november 2020 · forkastet (13 for, 11 imod, 1 undlod)");
    expect(all).toContain("*Kilder*");
    expect(all).toContain("punkt 12");
  });

  it("shows the facts' lead and notes as text, never the console's vote lines or sources block", () => {
    const answer = withFacts({
      ...voteAnswer(),
      decisions: [{ body: "Byrådet", date: "2020-11-30", text: "Indstillingen godkendt.", citation: 0, outcomes: [] }],
    });
    const [first] = sectionTexts(renderAnswer(answer).blocks as Block[]);
    expect(first).toBe('- Byrådet, 30 November 2020: "Indstillingen godkendt." [1]');
    expect(answer.text).toContain("Sources:");
  });

  it("sends no header-only block: every section carries content under its heading", () => {
    for (const t of sectionTexts(renderAnswer(voteAnswer()).blocks as Block[]))
      expect(t.split("\n").length).toBeGreaterThan(1);
  });

  it("stays within Slack's limits for a huge answer, ending cut lists with 'N more'", () => {
    const { text, blocks } = renderAnswer(huge(), { askedBy: "U0ASKER1" });
    expect(blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
    for (const t of sectionTexts(blocks as Block[])) expect(t.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    expect(text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
    const all = sectionTexts(blocks as Block[]).join("\n");
    expect(all).toMatch(/… and \d+ more votes/);
    expect(all).toMatch(/… and \d+ more items/);
    const buttons = (blocks as Block[]).find((b) => b.type === "actions")?.elements ?? [];
    expect(buttons).toHaveLength(SLACK_LIMITS.buttons);
  });

  it("counts every vote: shown lines plus 'N more' add up to all of them", () => {
    const answer = huge();
    const all = sectionTexts(renderAnswer(answer).blocks as Block[]).join("\n");
    const shown = (all.match(/^❌ /gm) ?? []).length;
    const more = Number(/… and (\d+) more votes/.exec(all)?.[1]);
    expect(shown + more).toBe(answer.votes.length);
  });

  it("renders a not-found answer as its text alone, with no sources or buttons", () => {
    const { blocks } = renderAnswer(notFoundAnswer("football stadium"));
    expect((blocks as Block[]).map((b) => b.type)).toEqual(["section"]);
  });

  it("escapes a notice like any content", () => {
    expect(renderNotice("Wait <!here> & retry").blocks[0]).toMatchObject({
      text: { text: "Wait &lt;!here&gt; &amp; retry" },
    });
  });

  it("never lets content produce a Slack control sequence, a mention or a raw entity (property)", () => {
    const hostile = fc.oneof(
      fc.string(),
      fc.constantFrom(
        "<!channel>",
        "<!here>",
        "<!everyone>",
        "<@U0VICTIM>",
        "<#C0SECRET>",
        "&",
        "<",
        ">",
        "@here",
        "|",
        "<https://evil.example|x>",
      ),
    );
    const content = fc.array(hostile, { maxLength: 6 }).map((parts) => parts.join(" "));
    fc.assert(
      fc.property(content, content, content, content, (text, title, motion, name) => {
        const base = voteAnswer();
        const answer = withFacts({
          ...base,
          decisions: [{ body: "Byrådet", date: "2020-11-30", text: text.trim() || "x", citation: 0, outcomes: [] }],
          question: name || "q",
          subject: { kind: "member", name: name || "n", party: null },
          citations: base.citations.map((c) => ({ ...c, title, quote: motion, committee: title || "Udvalg" })),
          votes: base.votes.map((v) => ({ ...v, motion, body: title || "Byrådet" })),
        } as Answer);
        const { text: fallback, blocks } = renderAnswer(answer);
        for (const out of [fallback, ...sectionTexts(blocks as Block[])]) {
          // Every "<" opens a link we built to an http(s) URL; every "&" is an entity we wrote.
          for (const m of out.matchAll(/</g)) expect(out.slice(m.index)).toMatch(/^<https?:\/\/[^\s|<>]+(\|[^<>]*)?>/);
          expect(out).not.toMatch(/&(?!amp;|lt;|gt;)/);
          expect(out).not.toMatch(/@(channel|here|everyone)\b/i);
        }
      }),
      { numRuns: 200 },
    );
  });
});
