import { describe, expect, it } from "vitest";
import { escapeMrkdwn, fitRendered, link, mrkdwnWithLinks, safeUrl } from "../../../adapters/slack/mrkdwn.ts";
import { toQuestion } from "../../../adapters/slack/to-question.ts";

describe("Slack toQuestion", () => {
  const cases: [string, string][] = [
    ["<@U0BOT> how did Ø vote on Integrationsrådet?", "how did Ø vote on Integrationsrådet?"],
    ["<@U0BOT|referat> and Venstre?", "and Venstre?"],
    ["what did <@U0OTHER|marlene> vote on <#C0GEN|general>?", "what did @marlene vote on #general?"],
    ["<!channel> A &amp; B &lt;x&gt;", "@channel A & B <x>"],
    ["see <https://example.org/a?b=1|the minutes> from 09-12-2020", "see the minutes from 09-12-2020"],
    ["  <@U0BOT>\n\n hvad   besluttede udvalget? ", "hvad besluttede udvalget?"],
  ];
  it.each(cases)("reads %j as %j", (text, question) => {
    expect(toQuestion(text, "U0BOT")).toBe(question);
  });
});

describe("Slack mrkdwn", () => {
  it("escapes &, < and > and defuses broadcast words", () => {
    expect(escapeMrkdwn("<!here> & <@U1> @channel")).toBe("&lt;!here&gt; &amp; &lt;@U1&gt; @\u2060channel");
  });

  it("accepts only http(s) URLs and keeps them inside <…>", () => {
    expect(safeUrl("javascript:alert(1)")).toBeNull();
    expect(safeUrl("https://x.dk/a?b=1&c=<2>|3")).toBe("https://x.dk/a?b=1&amp;c=%3C2%3E%7C3");
    expect(link("ftp://x", "label <b>")).toBe("label &lt;b&gt;");
  });

  it("links bare URLs in content without their sentence punctuation", () => {
    expect(mrkdwnWithLinks("See https://x.dk/a_b. Then <stop>")).toBe("See <https://x.dk/a_b>. Then &lt;stop&gt;");
  });

  it("cuts before escaping, so an entity is never split", () => {
    const cut = fitRendered("a&&&&&&&&&&", 12);
    expect(cut.length).toBeLessThanOrEqual(12);
    expect(cut).toMatch(/^a(&amp;)*…$/);
  });
});
