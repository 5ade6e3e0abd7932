import { describe, expect, it } from "vitest";
import { findMunicipalities, placeNames } from "../../../src/answer/understand/municipality.ts";

const indexed = ["Helsingør", "København", "Aarhus", "Hvidovre"];
const named = (q: string) => findMunicipalities(q, indexed).map((m) => m.municipality);

describe("findMunicipalities", () => {
  it.each([
    ["What did Copenhagen decide about Ny Ellebjerg?", "København"],
    ["Hvad besluttede Københavns Kommune?", "København"],
    ["What did the Elsinore council decide?", "Helsingør"],
    ["Hvad besluttede byrådet i Århus?", "Aarhus"],
    ["the Hvidovre committee", "Hvidovre"],
    ["Helsingor Kommune", "Helsingør"],
  ])("finds the municipality in %j", (question, municipality) => {
    expect(named(question)).toEqual([municipality]);
  });

  it("offers English names only for indexed municipalities", () => {
    expect(placeNames(["Hvidovre"]).map((p) => p.written)).toEqual(["Hvidovre"]);
    expect(named("What did Odense decide?")).toEqual([]);
  });
});
