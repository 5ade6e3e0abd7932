import { describe, expect, it } from "vitest";
import { findBodies, shortForm } from "../../../src/answer/understand/body.ts";

const bodies = [
  "Social- og Beskæftigelsesudvalget",
  "Beskæftigelsesudvalget",
  "Social- og Arbejdsmarkedsudvalget",
  "Byrådet",
  "Økonomiudvalget",
];
const found = (q: string) => findBodies(q, bodies).map((b) => b.body);

describe("findBodies", () => {
  it("prefers the longest name", () => {
    expect(found("What is coming up in Social- og Beskæftigelsesudvalget?")).toEqual([
      "Social- og Beskæftigelsesudvalget",
    ]);
    expect(found("the Beskæftigelsesudvalget meeting")).toEqual(["Beskæftigelsesudvalget"]);
  });

  it.each([
    ["mødet i Social og Beskæftigelsesudvalget", "Social- og Beskæftigelsesudvalget"],
    ["i beskæftigelsesudvalgets møde", "Beskæftigelsesudvalget"],
    ["hvad besluttede SBU?", "Social- og Beskæftigelsesudvalget"],
    ["hvad besluttede SAU?", "Social- og Arbejdsmarkedsudvalget"],
    ["what did the city council decide?", "Byrådet"],
    ["hvad besluttede kommunalbestyrelsen?", "Byrådet"],
    ["what did the finance committee decide?", "Økonomiudvalget"],
    ["hvad sagde ØU?", "Økonomiudvalget"],
  ])("finds the body in %j", (question, body) => {
    expect(found(question)).toEqual([body]);
  });

  it("derives short forms from the parts of a committee's name", () => {
    expect(shortForm("Social- og Beskæftigelsesudvalget")).toBe("SBU");
    expect(shortForm("Børne- og Uddannelsesudvalget")).toBe("BUU");
    expect(shortForm("Økonomiudvalget")).toBe("ØU");
  });
});

describe("findBodies by subject words", () => {
  it.each([
    ["What is coming up in the employment committee?", "Beskæftigelsesudvalget"],
    ["What did the social and employment committee decide?", "Social- og Beskæftigelsesudvalget"],
    ["What did the social and labour market committee decide?", "Social- og Arbejdsmarkedsudvalget"],
    ["hvad besluttede social og arbejdsmarkedsudvalget?", "Social- og Arbejdsmarkedsudvalget"],
  ])("finds the body described in %j", (question, body) => {
    expect(found(question)).toEqual([body]);
  });

  it("finds no body for subject words that no committee has", () => {
    expect(found("What did the football committee decide?")).toEqual([]);
  });
});

describe("findBodies with a typo", () => {
  it.each([
    ["Hvem deltog i Beskæftigelsesudvalgt den 16. marts 2016?", "Beskæftigelsesudvalget"],
    ["Hvad besluttede Økonomiudvalet?", "Økonomiudvalget"],
  ])("finds the body in %j", (question, body) => {
    expect(found(question)).toEqual([body]);
  });

  it("does not take a long topic word for a body", () => {
    expect(found("Hvad blev besluttet om beskæftigelsesplanen?")).toEqual([]);
  });
});
