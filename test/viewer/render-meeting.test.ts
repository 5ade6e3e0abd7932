// The viewer's meeting page: section headings as headings, tables in the minutes as tables, the official source.
import { describe, expect, it } from "vitest";
import { MeetingSchema } from "../../src/domain/index.ts";
import { renderMeeting } from "../../src/viewer/render-meeting.ts";
import { FIXTURE_MEETINGS } from "../answer/fixture-index.ts";

const base = FIXTURE_MEETINGS[0];
if (!base) throw new Error("no fixture meeting");
// Shaped like an item of Greve's FirstAgenda minutes (Beskæftigelses- og Erhvervsudvalget): sections, then a table
// whose rows the reader joined with tabs, with a month heading standing alone between rows.
const meeting = MeetingSchema.parse({
  ...base,
  sourceRef: {
    ...base.sourceRef,
    system: "firstagenda",
    url: "https://dagsordener.greve.dk/vis?id=02e86ff6-fd6b-4bab-99ad-17411bb2ead1",
  },
  items: [
    {
      ...base.items[0],
      text: [
        "Resume",
        "I sagen gives et overblik over udvalgets møder.",
        "Sagsbeskrivelse",
        "Der er ingen ændringer til kalenderen.",
        "Aktiviteter i 2021\tDato\tKl.",
        "Januar",
        "Beskæftigelses- og Erhvervsudvalget\t10. januar\t08.00",
        "Februar",
        "Beskæftigelses- og Erhvervsudvalget\t7. februar\t08.00",
        "Kalenderen opdateres løbende.",
      ].join("\n\n"),
    },
  ],
});

describe("a meeting's page in the viewer", () => {
  const html = renderMeeting(meeting);

  it("shows the sections of an item as headings", () => {
    expect(html).toContain('<h3 class="section">Resume</h3>');
    expect(html).toContain('<h3 class="section">Sagsbeskrivelse</h3>');
    expect(html).toContain("<p>Der er ingen ændringer til kalenderen.</p>");
  });

  it("shows tab-separated rows as one table, a lone heading between rows as a full-width row", () => {
    expect(html).toContain(
      '<table class="text-table"><tr><td>Aktiviteter i 2021</td><td>Dato</td><td>Kl.</td></tr><tr><td colspan="3">Januar</td></tr><tr><td>Beskæftigelses- og Erhvervsudvalget</td><td>10. januar</td><td>08.00</td></tr><tr><td colspan="3">Februar</td></tr><tr><td>Beskæftigelses- og Erhvervsudvalget</td><td>7. februar</td><td>08.00</td></tr></table>',
    );
    expect(html).toContain("<p>Kalenderen opdateres løbende.</p>");
  });

  it("names the official source, not the file", () => {
    expect(html).toContain(
      '<dt>Kilde</dt><dd><a href="https://dagsordener.greve.dk/vis?id=02e86ff6-fd6b-4bab-99ad-17411bb2ead1">FirstAgenda: https://dagsordener.greve.dk/vis?id=02e86ff6-fd6b-4bab-99ad-17411bb2ead1</a></dd>',
    );
  });

  it("lists a member absent for some items only, with those items", () => {
    const partial = MeetingSchema.parse({
      ...base,
      partialAbsence: [{ name: "Jens Holm", party: "A", items: [4, 5], text: "Fraværende / Jens Holm (A), sag 4-5" }],
    });
    expect(renderMeeting(partial)).toContain("<dt>Fraværende under</dt><dd>Jens Holm (A): punkt 4, 5</dd>");
  });

  it("lists a member absent from a time on when the minutes name no item, and refuses a partial absence with neither", () => {
    const timed = MeetingSchema.parse({
      ...base,
      partialAbsence: [
        { name: "Lise Holm", party: "A", items: [], from: "18.15", text: "Lise Holm (A) forlod mødet kl. 18.15." },
      ],
    });
    expect(renderMeeting(timed)).toContain("<dt>Fraværende under</dt><dd>Lise Holm (A): fra kl. 18.15</dd>");
    const neither = { ...base, partialAbsence: [{ name: "Lise Holm", party: "A", items: [], text: "Lise Holm (A)." }] };
    expect(MeetingSchema.safeParse(neither).success).toBe(false);
  });

  it("names the header's roles, an item's proposers and who a decision appointed", () => {
    const first = base.items[0];
    if (!first) throw new Error("no fixture item");
    const withShapes = MeetingSchema.parse({
      ...base,
      roles: [
        { role: "chair", name: "Anne Lund", party: "A", text: "Anne Lund (A) - formand" },
        { role: "secretary", name: "Lise Kjær Nielsen", party: null, text: "Sekretær Lise Kjær Nielsen" },
      ],
      items: [
        {
          ...first,
          decisions: [
            { body: base.committee, electionPeriod: null, date: base.date, text: "Valgt blev: Per Vang (V)." },
          ],
          proposedBy: {
            by: [
              { name: "Ole Ravn", party: "F" },
              { name: null, party: "Ø" },
            ],
            text: "Forslaget er stillet af SF Aarhus: Ole Ravn.",
          },
        },
        ...base.items.slice(1),
      ],
      votes: [],
      appointments: [
        {
          item: first.number,
          decision: 0,
          name: "Per Vang",
          party: "V",
          role: "medlem",
          to: "Ældrerådet",
          text: "Valgt blev: Per Vang (V).",
        },
      ],
    });
    const html = renderMeeting(withShapes);
    expect(html).toContain("<dt>Formand</dt><dd>Anne Lund (A)</dd>");
    expect(html).toContain("<dt>Sekretær</dt><dd>Lise Kjær Nielsen</dd>");
    expect(html).toContain("Stillet af: Ole Ravn (F), Ø");
    expect(html).toContain('<p class="appointments">Valgt/udpeget: Per Vang (V) som medlem (Ældrerådet)</p>');
  });

  it("names the file when the source has no official page", () => {
    expect(renderMeeting(base)).toContain(`<dt>Kilde</dt><dd>${base.sourceRef.file}</dd>`);
  });
});
