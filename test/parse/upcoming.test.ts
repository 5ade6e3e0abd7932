// Upcoming-items tables: header row, rows, wrapped rows, stray lines, 'when' normalised.
import { describe, expect, it } from "vitest";
import { normaliseWhen, readUpcoming } from "../../src/parse/split/upcoming.ts";

const lines = (text: string) => text.split("\n").map((t) => ({ text: t, page: null }));

describe("upcoming-items tables", () => {
  it("reads rows under a header naming the columns, with 'when' normalised and interpreted", () => {
    const rows = readUpcoming(
      lines(`1. Sager til behandling på kommende udvalgs møder
Sag/Overskrift\tAnsvarligt center\tMødedato
Status på Café Vinkeldammen\tCenter for Særlig Social Indsats\t10-02- 2021

Magtanvendelser 2020\tKultur, Erhverv, Politik og Organisation\tPrimo 2021
Udbud i Center for Ejendomme\tØkonomi og Ejendomme\tHvert kvrt.`),
      17,
    );
    expect(rows).toEqual([
      {
        title: "Status på Café Vinkeldammen",
        responsible: "Center for Særlig Social Indsats",
        when: "10-02-2021",
        date: "2021-02-10",
        period: null,
        item: 17,
      },
      {
        title: "Magtanvendelser 2020",
        responsible: "Kultur, Erhverv, Politik og Organisation",
        when: "Primo 2021",
        date: null,
        period: { part: "primo", year: 2021 },
        item: 17,
      },
      {
        title: "Udbud i Center for Ejendomme",
        responsible: "Økonomi og Ejendomme",
        when: "Hvert kvrt.",
        date: null,
        period: null,
        item: 17,
      },
    ]);
  });

  it("reads a second table with no date column, and stops at stray lines after the table", () => {
    const rows = readUpcoming(
      lines(`Sag/Overskrift\tAnsvarligt center\t
Opfølgning på visitationsanalysen\tSærlig Social Indsats\tLøbende
Familieorienteret alkoholbehandling\tSærlig Social Indsats\t

Særlig Social Indsats

Job, Borgerservice og`),
      3,
    );
    expect(rows.map((r) => [r.title, r.when])).toEqual([
      ["Opfølgning på visitationsanalysen", "Løbende"],
      ["Familieorienteret alkoholbehandling", null],
    ]);
  });

  it("joins a row whose cells wrapped onto the next line", () => {
    const rows = readUpcoming(
      lines(`Sag/Overskrift\tAnsvarligt center\tMødedato
Status på tværkommunale samarbejder på\tJob og\tPrimo

beskæftigelsesområdet i Kommunekontaktrådet (KKR)\tUddannelse\t2017
Fællesmøde med Børne- og Uddannelsesudvalget\tJob og Uddannelse\tPrimo 2017`),
      7,
    );
    expect(rows.map((r) => [r.title, r.responsible, r.when])).toEqual([
      [
        "Status på tværkommunale samarbejder på beskæftigelsesområdet i Kommunekontaktrådet (KKR)",
        "Job og Uddannelse",
        "Primo 2017",
      ],
      ["Fællesmøde med Børne- og Uddannelsesudvalget", "Job og Uddannelse", "Primo 2017"],
    ]);
  });

  it("reads no table in text without a header row", () => {
    expect(readUpcoming(lines("Målgruppe\tAntal\nDagpengemodtagere\t83"), 1)).toEqual([]);
  });

  it.each([
    ["10-02- 2021", "10-02-2021"],
    ["9-6-2021", "09-06-2021"],
    [" Løbende ", "Løbende"],
    ["", null],
  ])("normalises %j to %j", (text, want) => expect(normaliseWhen(text)).toBe(want));

  it("reads tables whose columns are aligned with spaces, an empty cell left as a wider gap", () => {
    const rows = readUpcoming(
      lines(`Emne                          Ansvarlig                   Forventet behandling
Trafiksikkerhedsplan          Center for Plan og Miljø    14-01-2025
Klimatilpasning i Avedøre                                 2. kvartal 2025
Status på affaldssortering    Center for Plan og Miljø    Løbende

Der kommer flere sager.`),
      6,
    );
    expect(rows.map((r) => [r.title, r.responsible, r.when])).toEqual([
      ["Trafiksikkerhedsplan", "Center for Plan og Miljø", "14-01-2025"],
      ["Klimatilpasning i Avedøre", null, "2. kvartal 2025"],
      ["Status på affaldssortering", "Center for Plan og Miljø", "Løbende"],
    ]);
  });

  it("reads no rows from a sentence that only mentions coming items", () => {
    expect(readUpcoming(lines("Der kommer flere kommende sager om vejvedligehold i 2025."), 4)).toEqual([]);
  });
});
