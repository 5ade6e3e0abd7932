// The FirstAgenda API JSON reader on real Greve meetings: facts written down from the documents beforehand.
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseFile, readDocument } from "../../src/ingest/index.ts";
import { fileRef } from "../../src/ingest/source-ref.ts";
import { htmlBlocks, readFirstAgendaJson } from "../../src/sources/firstagenda/index.ts";
import { type Expected, expectationFailures } from "./firstagenda-expected.ts";

const EXPECTED = "test/fixtures/ingest/firstagenda";
const REAL = "test/fixtures/real/firstagenda";
const cases = readdirSync(EXPECTED)
  .filter((f) => f.endsWith(".expected.json"))
  .map((f) => JSON.parse(readFileSync(join(EXPECTED, f), "utf8")) as Expected);

describe("FirstAgenda API JSON on real Greve meetings", () => {
  it("has expectations for at least seven meetings of different committees", () => {
    expect(cases.length).toBeGreaterThanOrEqual(7);
    expect(new Set(cases.map((c) => c.committee)).size).toBeGreaterThanOrEqual(7);
  });

  it.each(cases.map((c) => [basename(c.file), c] as const))("reads %s as expected", async (_name, expected) => {
    const meeting = await parseFile(join(REAL, expected.file));
    expect(expectationFailures(meeting, expected)).toEqual(expected.grammarGaps ?? []);
  });
});

describe("readFirstAgendaJson", () => {
  const file = join(REAL, cases[0]?.file ?? "");
  const bytes = new Uint8Array(readFileSync(file));

  it("reads parsed JSON as well as bytes, and takes the site URL when given", () => {
    const json = JSON.parse(readFileSync(file, "utf8"));
    const doc = readFirstAgendaJson(json, fileRef("x.json", bytes), { siteUrl: "https://dagsordener.example.dk/" });
    expect(doc.ref.system).toBe("firstagenda");
    expect(doc.ref.documentId).toBe(json.Id);
    expect(doc.ref.url).toBe(`https://dagsordener.example.dk/vis?id=${json.Id}`);
    expect(doc.items?.[0]?.url).toBe(
      `https://dagsordener.example.dk/vis?id=${json.Id}&punktid=${json.Dagsordenpunkter[0].Id}`,
    );
    expect(readFirstAgendaJson(bytes, fileRef("x.json", bytes)).items?.length).toBe(doc.items?.length);
  });

  it("names the field when the response is not a meeting", () => {
    expect(() => readFirstAgendaJson({ Id: "x", Udvalg: { Navn: "U" } }, fileRef("odd.json", "x"))).toThrow(
      /^odd\.json: not a FirstAgenda meeting response \((Moede|Dagsordenpunkter)/,
    );
  });

  it("reads each item's ExternalAgendaItemAttendees with an absence reason as the item's record of who was away", () => {
    const json = JSON.parse(readFileSync(file, "utf8"));
    const [first, second] = json.Dagsordenpunkter;
    first.ExternalAgendaItemAttendees = [
      { Name: " Bjarke  Abel ", Email: null, AttendanceType: 2, Reason: "Fraværende", AgendaItemUid: first.Id },
      { Name: "Ole Dam", Email: null, AttendanceType: 1, Reason: "Deltager", AgendaItemUid: first.Id },
    ];
    second.ExternalAgendaItemAttendees = null;
    const doc = readFirstAgendaJson(json, fileRef("x.json", bytes));
    const byId = (id: string) => doc.items?.find((i) => i.id === id);
    expect(byId(first.Id)?.absent).toEqual([{ name: "Bjarke Abel", reason: "Fraværende" }]);
    expect(byId(second.Id)?.absent).toEqual([]);
  });

  it("reads an agenda (not finished) as a dagsorden", () => {
    const json = JSON.parse(readFileSync(file, "utf8"));
    json.Moede.Afsluttet = false;
    expect(readFirstAgendaJson(json, fileRef("a.json", "a")).documentType).toBe("dagsorden");
  });
});

describe("htmlBlocks", () => {
  it("reads headings, paragraphs, line breaks, list items and table rows, entities decoded", () => {
    const html =
      "<div><h3>Beslutning</h3><span><p>Godkendt&nbsp;med   bemærkning.</p><p>&nbsp;</p>Afbud: A<br>B</span></div>" +
      "<h2><span>Sagsprocedure</span></h2><ul><li>Udvalget</li><li>Byrådet</li></ul>" +
      "<table><tr><th>Sag</th><th>Hvornår</th></tr><tr><td><p>Budget</p></td><td>Primo 2025</td></tr></table>" +
      "<script>ignored()</script><p>Slut &amp; færdig";
    expect(htmlBlocks(html)).toEqual([
      { role: "section-heading", text: "Beslutning", page: null },
      { role: "paragraph", text: "Godkendt med bemærkning.", page: null },
      { role: "paragraph", text: "Afbud: A", page: null },
      { role: "paragraph", text: "B", page: null },
      { role: "section-heading", text: "Sagsprocedure", page: null },
      { role: "list-item", text: "Udvalget", page: null },
      { role: "list-item", text: "Byrådet", page: null },
      { role: "table-row", text: "Sag\tHvornår", cells: ["Sag", "Hvornår"], page: null },
      { role: "table-row", text: "Budget\tPrimo 2025", cells: ["Budget", "Primo 2025"], page: null },
      { role: "paragraph", text: "Slut & færdig", page: null },
    ]);
  });
});

describe("FirstAgenda API JSON, a field of very many paragraphs", () => {
  it("reads 300,000 paragraphs of one field without overflowing the stack, and the line limit refuses them by name", async () => {
    const file = "test/fixtures/real/firstagenda/greve/greve-oekonomiudvalget-2022-03-28.json";
    const response = JSON.parse(readFileSync(file, "utf8"));
    response.Dagsordenpunkter[0].Felter[0].Html += "<div>ab</div>".repeat(300_000);
    const bytes = new TextEncoder().encode(JSON.stringify(response));
    const doc = readFirstAgendaJson(bytes, fileRef("many.json", bytes));
    expect(doc.items?.reduce((n, item) => n + item.blocks.length, 0)).toBeGreaterThan(300_000);
    await expect(readDocument(bytes, "many.json")).rejects.toThrow(
      /^many\.json: too many lines: 301,\d{3}, the limit is 100,000 per document/,
    );
  });
});
