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

  it("takes the committee from the line under a bare 'Referat' and the time from the date line", () => {
    const h = readHeader(
      lines(`Stevns Kommune

Referat

Kommunalbestyrelsen

Torsdag d. 25. februar 2021 kl. 17:00

Mødested: Rådssalen`),
    );
    expect(h).toMatchObject({
      committee: "Kommunalbestyrelsen",
      date: "2021-02-25",
      startTime: "17:00",
      location: "Rådssalen",
    });
  });

  it("reads 'Referat fra ordinært møde i X tirsdag den …' without the weekday", () => {
    expect(
      readHeader(lines("Referat fra ordinært møde i Økonomiudvalget tirsdag den 3. december 2024")).committee,
    ).toBe("Økonomiudvalget");
  });

  it("takes a committee named on the line before the title", () => {
    expect(readHeader(lines("Københavns Kommune\nØkonomiudvalget\nREFERAT\nMødedato: 03.12.2024")).committee).toBe(
      "Økonomiudvalget",
    );
  });

  it("reads 'Mødetidspunkt' under 'Mødedato', bullet lists of members and absentees, and 'Bemærkninger'", () => {
    const h = readHeader(
      lines(`Referat - Økonomiudvalget den 21. januar 2019
Dato: Mandag den 21. januar 2019
Mødetidspunkt: Kl. 17:00
Medlemmer
- Anders Wolf Andresen (F)
• Gert Wahl (Ø)
Fraværende med afbud
- Mikkel Dencker (O)
Bemærkninger
Lisa Skov deltog for Mikkel Dencker.`),
    );
    expect(h).toMatchObject({
      committee: "Økonomiudvalget",
      date: "2019-01-21",
      startTime: "17:00",
      participants: ["Anders Wolf Andresen", "Gert Wahl"],
      absent: ["Mikkel Dencker"],
      notes: ["Lisa Skov deltog for Mikkel Dencker."],
    });
  });

  it("reads 'Tilstede var' without titles and '(Fravær)' after a party letter", () => {
    const h = readHeader(
      lines(
        "REFERAT Kommunalbestyrelsen\nTilstede var: Overborgmester Sophie Hæstorp Andersen (A), Borgmester Line Barfod (Ø), Gert Wahl (Ø) (Fravær)",
      ),
    );
    expect(h.participants).toEqual(["Sophie Hæstorp Andersen", "Line Barfod", "Gert Wahl"]);
    expect(h.absent).toEqual(["Gert Wahl"]);
  });
});
