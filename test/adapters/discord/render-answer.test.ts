import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeDiscord, escapeWithLinks, maskedLink } from "../../../adapters/discord/escape.ts";
import { DISCORD_LIMITS, embedLength, renderAnswer, renderNotice } from "../../../adapters/discord/render-answer.ts";
import { type Answer, AnswerSchema } from "../../../src/domain/index.ts";
import { notFoundAnswer, voteAnswer, withFacts } from "../../harness/fake-assistant.ts";

function huge(): Answer {
  const base = voteAnswer();
  const citation = base.citations[0];
  const vote = base.votes[0];
  if (!citation || !vote) throw new Error("fixture lacks a citation or a vote");
  return withFacts(
    AnswerSchema.parse({
      ...base,
      question: "q".repeat(400),
      decisions: Array.from({ length: 60 }, (_, i) => ({
        body: "Byrådet",
        date: "2020-11-30",
        text: "Et flertal stemte imod. ".repeat(20),
        citation: i,
        outcomes: [],
      })),
      citations: Array.from({ length: 60 }, (_, i) => ({
        ...citation,
        item: i + 1,
        title: "t".repeat(300),
        url: `https://example.org/${i}`,
      })),
      votes: Array.from({ length: 100 }, (_, i) => ({ ...vote, motion: "m".repeat(500), citation: i % 60 })),
    }),
  );
}

describe("Discord renderAnswer", () => {
  it("puts the answer in the embed, each vote in a field, citations with links, and link buttons", () => {
    const reply = renderAnswer(voteAnswer());
    const embed = reply.embeds[0];
    expect(embed?.title).toBe("how did Ø vote on Integrationsrådet?");
    expect(embed?.fields?.map((f) => f.name).slice(0, 3)).toEqual([
      "❌ Social- og Beskæftigelsesudvalget · 11 November 2020",
      "❌ Byrådet · 30 November 2020",
      "❌ Social- og Beskæftigelsesudvalget · 9 December 2020",
    ]);
    expect(embed?.fields?.[1]?.value).toContain(
      "**Enhedslisten – Allan Berg Mortensen** against · rejected (13 for, 11 against, 1 abstained)",
    );
    expect(embed?.fields?.at(-1)).toMatchObject({
      name: "Sources",
      value: expect.stringContaining(
        "\\[1\\] [Social- og Beskæftigelsesudvalget · 9 December 2020 · item 12](https://www.helsingor.dk/politik/dagsordener-og-referater/sbu-2020-12-09.pdf#page=33)",
      ),
    });
    expect(reply.components[0]?.components).toEqual([
      {
        type: 2,
        style: 5,
        label: "Item 12 · 9 December 2020",
        url: "https://www.helsingor.dk/politik/dagsordener-og-referater/sbu-2020-12-09.pdf#page=33",
      },
    ]);
    expect(reply.allowedMentions).toEqual({ parse: [], repliedUser: false });
  });

  it("stays inside every Discord limit for a huge answer, cutting cleanly", () => {
    const reply = renderAnswer(huge());
    const embed = reply.embeds[0];
    if (!embed) throw new Error("no embed");
    expect(embed.title?.length).toBeLessThanOrEqual(DISCORD_LIMITS.title);
    expect(embed.description?.length).toBeLessThanOrEqual(DISCORD_LIMITS.description);
    expect(embed.fields?.length).toBeLessThanOrEqual(DISCORD_LIMITS.fields);
    for (const f of embed.fields ?? []) {
      expect(f.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldName);
      expect(f.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
      expect(f.value.length).toBeGreaterThan(0);
    }
    expect(embedLength(embed)).toBeLessThanOrEqual(DISCORD_LIMITS.budget);
    expect(embed.description).toMatch(/…$/);
    // The sources are kept: fact fields go first when the embed is over the budget.
    expect(embed.fields?.at(-1)?.name).toBe("\u200b");
    expect(embed.fields?.some((f) => f.name === "Sources")).toBe(true);
    expect(reply.components[0]?.components.length).toBe(DISCORD_LIMITS.buttons);
  });

  it("renders a not-found answer grey, without fields or buttons", () => {
    const reply = renderAnswer(notFoundAnswer("football stadium"));
    expect(reply.embeds[0]?.color).toBe(0x757575);
    expect(reply.embeds[0]?.fields).toEqual([]);
    expect(reply.components).toEqual([]);
  });

  it("sends a notice as content that mentions no one", () => {
    expect(renderNotice("Vent @everyone <@123456789012345678>")).toMatchObject({
      content: "Vent @\u2060everyone <\u2060@123456789012345678>",
      allowedMentions: { parse: [] },
    });
  });

  it("keeps every embed within 6000 characters and free of live mentions, whatever the content (property)", () => {
    const hostile = fc.oneof(
      fc.string({ maxLength: 3000 }),
      fc.constantFrom(
        "@everyone",
        "@here",
        "<@123456789012345678>",
        "<@&123456789012345678>",
        "<#123456789012345678>",
        "**",
        "[x](https://evil.example)",
        "\\",
        "`",
      ),
    );
    const content = fc.array(hostile, { maxLength: 5 }).map((parts) => parts.join(" "));
    fc.assert(
      fc.property(content, content, content, (text, title, motion) => {
        const base = voteAnswer();
        const answer = AnswerSchema.parse({
          ...base,
          text: text.trim() || "x",
          question: title || "q",
          citations: base.citations.map((c) => ({ ...c, title, quote: motion })),
          votes: Array.from({ length: 30 }, (_, i) => ({ ...base.votes[0], motion, body: `${title} ${i}` })),
        });
        const embed = renderAnswer(answer).embeds[0];
        if (!embed) throw new Error("no embed");
        expect(embedLength(embed)).toBeLessThanOrEqual(DISCORD_LIMITS.total);
        expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.fields);
        const all = JSON.stringify(embed);
        expect(all).not.toMatch(/<@!?&?\d+>|<#\d+>/);
        expect(all).not.toMatch(/(^|[^\u2060])@(everyone|here)/);
        expect(all).not.toContain("[x](https://evil.example)");
      }),
      { numRuns: 150 },
    );
  });
});

describe("Discord escaping", () => {
  it("escapes markdown, quotes and brackets, and defuses mentions", () => {
    expect(escapeDiscord("**b** _i_ [l](u) > q <@1> @here")).toBe(
      "\\*\\*b\\*\\* \\_i\\_ \\[l\\](u) > q <\u2060@1> @\u2060here",
    );
    expect(escapeDiscord("> quoted")).toBe("\\> quoted");
  });

  it("leaves bare URLs intact so underscores in them still link", () => {
    expect(escapeWithLinks("see https://x.dk/a_b_c. *now*")).toBe("see https://x.dk/a_b_c. \\*now\\*");
  });

  it("builds masked links only to http(s) URLs, with parentheses encoded", () => {
    expect(maskedLink("https://x.dk/a(b)", "punkt 12")).toBe("[punkt 12](https://x.dk/a%28b%29)");
    expect(maskedLink("javascript:alert(1)", "punkt 12")).toBe("punkt 12");
  });
});
