import { describe, expect, it } from "vitest";
import { COMMANDS, type CommandOptions, parseDate } from "../../../adapters/discord/commands.ts";
import { toQuestion } from "../../../adapters/discord/to-question.ts";

const options = (values: Record<string, string | number>): CommandOptions => ({
  string: (name) => (typeof values[name] === "string" ? (values[name] as string) : null),
  integer: (name) => (typeof values[name] === "number" ? (values[name] as number) : null),
});

describe("Discord slash commands", () => {
  const cases: [string, Record<string, string | number>, "en" | "da", string][] = [
    ["ask", { question: "how did Ø vote on Integrationsrådet?" }, "en", "how did Ø vote on Integrationsrådet?"],
    ["votes", { party: "Ø", topic: "Integrationsrådet" }, "en", "How did Ø vote on Integrationsrådet?"],
    [
      "votes",
      { party: "Dansk Folkeparti", topic: "beskæftigelsesplanen for 2021" },
      "da",
      "Hvordan stemte Dansk Folkeparti om beskæftigelsesplanen for 2021?",
    ],
    [
      "upcoming",
      { committee: "Social- og Beskæftigelsesudvalget" },
      "en",
      "What is coming up in Social- og Beskæftigelsesudvalget?",
    ],
    ["upcoming", {}, "da", "Hvilke sager kommer op?"],
    ["minutes", { date: "2020-12-09" }, "en", "Link to the minutes of the meeting on 9 December 2020"],
    ["minutes", { date: "9/12/2020", item: 12 }, "en", "Link to item 12 of the meeting on 9 December 2020"],
    ["minutes", { date: "09-12-2020", item: 12 }, "da", "Giv mig et link til punkt 12 fra mødet den 09-12-2020"],
  ];
  it.each(cases)("turns /%s %j (%s) into %j", (name, values, language, question) => {
    expect(COMMANDS[name]?.toQuestion(options(values), language)).toEqual({ question });
  });

  it("tells the user, in their language, when /minutes gets no real date", () => {
    expect(COMMANDS.minutes?.toQuestion(options({ date: "31-02-2021" }), "en")).toEqual({
      problem: expect.stringMatching(/could not read/),
    });
    expect(COMMANDS.minutes?.toQuestion(options({ date: "i går" }), "da")).toEqual({
      problem: expect.stringMatching(/kan ikke læse/),
    });
  });

  it("declares each command under its table name, with Danish descriptions and Discord-sized texts", () => {
    for (const [name, command] of Object.entries(COMMANDS)) {
      expect(command.declaration.name).toBe(name);
      expect(command.declaration.description_localizations?.da).toBeTruthy();
      expect(command.declaration.description.length).toBeLessThanOrEqual(100);
    }
    expect(COMMANDS.ask?.declaration.options?.[0]).toMatchObject({ name: "question", required: true, max_length: 500 });
  });
});

describe("parseDate", () => {
  it.each([
    ["2020-12-09", { year: 2020, month: 12, day: 9 }],
    ["09-12-2020", { year: 2020, month: 12, day: 9 }],
    ["9.12.2020", { year: 2020, month: 12, day: 9 }],
    ["29-02-2020", { year: 2020, month: 2, day: 29 }],
  ])("reads %s", (text, date) => {
    expect(parseDate(text)).toEqual(date);
  });
  it.each(["29-02-2021", "2020-13-01", "12/2020", "tomorrow"])("refuses %s", (text) => {
    expect(parseDate(text)).toBeNull();
  });
});

describe("Discord toQuestion", () => {
  it.each([
    ["<@100> how did Ø vote?", "how did Ø vote?"],
    ["<@!100>   and Venstre?", "and Venstre?"],
    ["<@100> ask <@200> in <#300> about <@&400> <:dk:500>", "ask in about :dk:"],
  ])("reads %j as %j", (content, question) => {
    expect(toQuestion(content, "100")).toBe(question);
  });
});
