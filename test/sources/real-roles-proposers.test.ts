// Header roles, item proposers and appointments over the real documents that write them (expected facts written from
// the documents before the readers): Ballerup's eDoc export and its PDF ("Tilstede … Lolan Ottesen (A) - formand …
// Afbud/Fraværende Sekretær Mie Helene Andresen"), Aarhus' agenda ("Forslaget er stillet af …"), Greve's minutes
// ("Kultur- og Fritidsudvalget udpegede … til Greve Museums bestyrelse").
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/ingest/index.ts";

const real = "test/fixtures/real";
const parse = (file: string) => parseDocument(new Uint8Array(readFileSync(file)), basename(file));

describe("header roles of the real Ballerup meeting", () => {
  it.each([
    `${real}/edoc/ballerup-sundheds-og-forebyggelsesudvalget-2012-12-04.edoc.xml`,
    `${real}/edoc/ballerup-sundheds-og-forebyggelsesudvalget-2012-12-04.pdf`,
  ])(
    "reads the chair, vice-chair and secretary of %s; the secretary is no participant, absentee or member",
    async (f) => {
      const m = await parse(f);
      expect((m.roles ?? []).map((r) => `${r.name}|${r.party ?? ""}|${r.role}`)).toEqual([
        "Lolan Ottesen|A|chair",
        "Grethe Larsen|A|vice-chair",
        "Mie Helene Andresen||secretary",
      ]);
      expect(m.roles?.find((r) => r.role === "secretary")?.text).toBe("Sekretær Mie Helene Andresen");
      const all = [...m.participants, ...m.absent, ...m.members.map((x) => x.name)];
      expect(all).not.toContain("Mie Helene Andresen");
      expect(m.participants).toHaveLength(7);
      expect(m.absent).toEqual([]);
    },
  );
});

describe("proposers of the real Aarhus agenda's member proposals", () => {
  it("reads 'Forslaget er stillet af:' over the list and 'Forslaget er stillet af SF Aarhus: …'", async () => {
    const m = await parse(`${real}/firstagenda/aarhus/aarhus-byraad-2025-10-08-dagsorden.html`);
    const by = (n: number) =>
      (m.items.find((i) => i.number === n)?.proposedBy?.by ?? []).map((e) => `${e.name ?? ""}|${e.party ?? ""}`);
    expect(by(27)).toEqual([
      "Mathilde Hjort Bressum|V",
      "Henrik Arens|I",
      "Jakob Søgaard Clausen|Æ",
      "Purnima Erichsen|C",
      "Mahad Yusuf|B",
      "Polly Dutschke|M",
      "Thure Hastrup|Å",
    ]);
    expect(by(29)).toEqual(["Thomas Medom|F", "Mette Bjerre|F", "Liv Gro Jensen|F", "Anne Hammer|F"]);
    expect(m.items.find((i) => i.number === 29)?.proposedBy?.text).toBe(
      "Forslaget er stillet af SF Aarhus: Thomas Medom, Mette Bjerre, Liv Gro Jensen og Anne Hammer (ordfører).",
    );
    // The administration's items name no proposer.
    expect(m.items.find((i) => i.number === 15)?.proposedBy).toBeUndefined();
  });
});

describe("appointments in real Greve minutes", () => {
  it("reads who the committee appointed to which board, one entry per person, quoting the decision", async () => {
    const m = await parse(`${real}/firstagenda/greve-appointments/greve-kultur-og-fritidsudvalget-2022-01-12.json`);
    expect((m.appointments ?? []).map((a) => `${a.item}|${a.name}|${a.party ?? ""}|${a.to ?? ""}`)).toEqual([
      "5|Lone Mortensen|V|Greve Museums bestyrelse",
      "5|Charlotte Levin|A|Greve Museums bestyrelse",
      "6|Anne Marie Lyduch|V|Fritidsrådet",
      "6|Maria Witthøft|A|Fritidsrådet",
      "7|Anne Marie Lyduch|V|Idrætsrådet",
      "7|Charlotte Levin|A|Idrætsrådet",
    ]);
    // The appointment sentences are explained: none is kept as an unread vote statement.
    expect((m.unreadVoteStatements ?? []).filter((u) => [5, 6, 7].includes(u.item))).toEqual([]);
  });
});
