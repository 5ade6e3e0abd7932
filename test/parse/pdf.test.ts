// PDF reading: samples laid out as PDFs by pdf-lib are read with their pages.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseFile } from "../../src/ingest/index.ts";
import { cleanMarkdown } from "../../src/parse/read/clean-markdown.ts";
import { readPdf } from "../../src/parse/read/read-pdf.ts";
import { goldFailures, loadGold, MINUTES_DIR } from "./helpers/compare-gold.ts";
import { writePdf } from "./helpers/write-pdf.ts";

const dir = mkdtempSync(join(tmpdir(), "referat-pdf-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Lays a sample out as a PDF (plain text, as a PDF holds it) and returns its path and the page of every line. */
async function samplePdf(sample: string) {
  const lines = readFileSync(join(MINUTES_DIR, `${sample}.txt`), "utf8")
    .split("\n")
    .map(cleanMarkdown);
  const pdf = await writePdf(lines, { footer: true });
  const path = join(dir, `${sample}.pdf`);
  writeFileSync(path, pdf.bytes);
  const headingPage = new Map<number, number>();
  lines.forEach((l, i) => {
    const m = /^Punkt (\d+):/.exec(l);
    if (m) headingPage.set(Number(m[1]), pdf.pageOfLine[i] ?? 0);
  });
  return { path, pdf, headingPage };
}

describe("reading PDFs", () => {
  for (const sample of ["000_ba4137c0fa87d1a0", "004_20b463e75ca2ba74"]) {
    it(`reads ${sample} laid out as a multi-page PDF as its gold says`, async () => {
      const { path, pdf, headingPage } = await samplePdf(sample);
      expect(pdf.pageCount).toBeGreaterThan(5);
      const meeting = await parseFile(path);
      expect(goldFailures(meeting, loadGold(sample))).toEqual([]);
      expect(meeting.pageCount).toBe(pdf.pageCount);
      for (const item of meeting.items)
        expect(item.sourcePage, `item ${item.number}`).toBe(headingPage.get(item.number));
    });
  }

  it("gives every line its page, keeps æøå and drops the running footer", async () => {
    const words = ["Ærø", "Åbenrå", "Øster", "Beskæftigelse", "udvalg", "byråd", "indstilling", "sag", "møde", "punkt"];
    const lines = Array.from(
      { length: 150 },
      (_, i) => `Linje ${words[i % 10]} ${words[Math.floor(i / 10) % 10]} ${words[Math.floor(i / 100)]}`,
    );
    const pdf = await writePdf(lines, { footer: true });
    const text = await readPdf(pdf.bytes, "lines.pdf");
    expect(text.pageCount).toBe(pdf.pageCount);
    expect(text.lines).toHaveLength(150);
    expect(text.lines).toEqual(lines);
    expect(text.pages).toEqual(pdf.pageOfLine);
    expect(text.lines.some((l) => l.startsWith("Side "))).toBe(false);
  });

  it("reads table cells drawn apart as tab-separated", async () => {
    const pdf = await writePdf([
      "Sag/Overskrift\tAnsvarligt center\tMødedato",
      "Status på Café Vinkeldammen\tSærlig Social Indsats\t10-02-2021",
    ]);
    const text = await readPdf(pdf.bytes, "table.pdf");
    expect(text.lines).toEqual([
      "Sag/Overskrift\tAnsvarligt center\tMødedato",
      "Status på Café Vinkeldammen\tSærlig Social Indsats\t10-02-2021",
    ]);
  });
});
