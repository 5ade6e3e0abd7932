import { describe, expect, it } from "vitest";
import { CHAT_MARKUP_RULES, hiddenWords, stripChatMarkup } from "../../../src/answer/understand/chat-markup.ts";
import { extractTopic } from "../../../src/answer/understand/topic.ts";

describe("stripChatMarkup", () => {
  it.each([
    ["<@U024BE7LH> how did Ø vote on Integrationsrådet?", "how did Ø vote on Integrationsrådet?"],
    [
      "<!channel> hvordan stemte **Dansk Folkeparti** om ~~noget~~ Vapnagaard?",
      "hvordan stemte Dansk Folkeparti om Vapnagaard?",
    ],
    ["what was decided about <https://example.org/v|Vapnagaard> :thinking_face:", "what was decided about Vapnagaard"],
    ["<#C024BE7LR|general> What is coming up? 🙏", "What is coming up?"],
    [
      "||spoiler|| <b>Hvad blev besluttet</b> om veteranpolitikken?",
      "spoiler Hvad blev besluttet om veteranpolitikken?",
    ],
    ["<@!123456789012345678> link to item 12 <:wave:123456789012345678>", "link to item 12"],
    ["*How did Kristina Kongsted vote?* :eyes: 👍🏽", "How did Kristina Kongsted vote?"],
    ["> hvad med `Vapnagaard` &amp; Café?", "hvad med Vapnagaard & Café?"],
    ["Social- og Beskæftigelsesudvalget 2018-2021, punkt 12", "Social- og Beskæftigelsesudvalget 2018-2021, punkt 12"],
    ["budget_area_722 and 5 * 3", "budget_area_722 and 5 * 3"],
  ])("reads %j as %j", (input, expected) => {
    expect(stripChatMarkup(input)).toBe(expected);
  });

  it("applies every rule to its own example", () => {
    for (const rule of CHAT_MARKUP_RULES) {
      expect(stripChatMarkup(rule.example), rule.name).not.toBe(rule.example.trim());
    }
  });

  it("names the words hidden behind spoiler marks, which the topic marks as hidden", () => {
    const raw = "||Spoiler|| hvad skete der med ||Vapnagaard-sagen|| og budgettet?";
    expect([...hiddenWords(raw)].sort()).toEqual(["sagen", "spoiler", "vapnagaard", "vapnagaard-sagen"]);
    const topic = extractTopic(stripChatMarkup(raw), [], "da", hiddenWords(raw));
    expect(topic.concepts.map((c) => [c.written, c.hidden])).toEqual([
      ["Spoiler", true],
      ["Vapnagaard-sagen", true],
      ["budgettet", false],
    ]);
  });
});
