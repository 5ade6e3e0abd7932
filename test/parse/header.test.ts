// Document headers: title, committee and period, date, time, place, participants and absentees.
import { describe, expect, it } from "vitest";
import { readHeader } from "../../src/parse/split/header.ts";

const lines = (text: string) => text.split("\n").map((t) => ({ text: t, page: null }));

describe("document header", () => {
  it("reads the Helsingør header: title with period, Mødedato, Mødested '-', participants", () => {
    const h = readHeader(
      lines(`REFERAT Social- og Beskæftigelsesudvalget 2018-2021

d. 09-12-2020

Mødedato Onsdag d. 09. december 2020 kl. 18:00

Mødested -

Mødedeltagere Marlene Harpsøe, Lene Lindberg, Allan Berg Mortensen`),
    );
    expect(h).toMatchObject({
      documentType: "referat",
      committeeRaw: "Social- og Beskæftigelsesudvalget 2018-2021",
      committee: "Social- og Beskæftigelsesudvalget",
      electionPeriod: "2018-2021",
      date: "2020-12-09",
      startTime: "18:00",
      location: null,
      participants: ["Marlene Harpsøe", "Lene Lindberg", "Allan Berg Mortensen"],
      absent: [],
    });
  });

  it("reads the date from the title line ('… d. 08-03-2021') and a place", () => {
    const h = readHeader(
      lines("REFERAT Social- og Arbejdsmarkedsudvalget 2018-2021 d. 08-03-2021\nMødested Via Teams og Sollentuna 2"),
    );
    expect(h).toMatchObject({
      committee: "Social- og Arbejdsmarkedsudvalget",
      date: "2021-03-08",
      location: "Via Teams og Sollentuna 2",
    });
  });

  it("reads '(Fravær)' after a name as absent and keeps party letters as members", () => {
    const h = readHeader(
      lines(
        "DAGSORDEN Byrådet\nMødedeltagere Anna Berg (A), Bo Dam (Fravær), Carl Eriksen (V)\nMødedato 1. februar 2024",
      ),
    );
    expect(h.documentType).toBe("dagsorden");
    expect(h.participants).toEqual(["Anna Berg", "Bo Dam", "Carl Eriksen"]);
    expect(h.absent).toEqual(["Bo Dam"]);
    expect(h.members).toEqual([
      { name: "Anna Berg", party: "A" },
      { name: "Carl Eriksen", party: "V" },
    ]);
  });

  it("reads 'Referat af mødet i X den …' with time, labels with colons and names listed one per line", () => {
    const h = readHeader(
      lines(`Referat af mødet i Teknik- og Miljøudvalget den 3. marts 2025 kl. 15.30
Sted: Rådhuset
Deltagere:
Borgmester Line Barfod (Ø)
Jens-Kristian Lütken (V)
Afbud: Peter Pedersen (A)`),
    );
    expect(h).toMatchObject({
      committee: "Teknik- og Miljøudvalget",
      date: "2025-03-03",
      startTime: "15:30",
      location: "Rådhuset",
      participants: ["Line Barfod", "Jens-Kristian Lütken"],
      absent: ["Peter Pedersen"],
    });
  });
});
