// Minutes of another town's culture committee: many items about a few subjects, to make an index too large to score
// every item (see CANDIDATES.exhaustive).
import type { AgendaItem, Meeting, Vote } from "../../../src/domain/index.ts";
import { MeetingSchema } from "../../../src/domain/index.ts";
import { inMemoryIdentity } from "../../../src/ingest/meeting-id.ts";

export const KFU = "Kultur- og Fritidsudvalget";
const SUBJECTS = ["Musikskole", "Bibliotek", "Idrætshal", "Teatersal", "Kunstgræsbane", "Spejderhytte"];
const PLACES = ["Østerby", "Vesterby", "Nørrestrand", "Sønderlund", "Midtbyen"];

/** Minutes of another town's culture committee in 2019: many items, none about the fixture's topics. */
export function fillerMeetings(count: number): Meeting[] {
  return Array.from({ length: count }, (_, k) => {
    const date = `2019-${String(1 + (k % 12)).padStart(2, "0")}-${String(1 + (k % 27)).padStart(2, "0")}`;
    const items: AgendaItem[] = Array.from({ length: 12 }, (_, i) => {
      const subject = SUBJECTS[(k + i) % SUBJECTS.length] as string;
      const place = PLACES[(k * 7 + i) % PLACES.length] as string;
      return {
        number: i + 1,
        id: null,
        url: null,
        title: `${subject} i ${place}`,
        kind: "Beslutning",
        closed: false,
        caseNumber: `19/${k * 100 + i}`,
        page: i + 2,
        sourcePage: null,
        decidedIn: KFU,
        recommendation: `at udvalget godkender oplægget om ${subject.toLowerCase()} i ${place}.`,
        text: `Sagen handler om ${subject.toLowerCase()} i ${place}. Forvaltningen har udarbejdet et oplæg.`,
        decisions: [{ body: KFU, electionPeriod: null, date, text: "Indstillingen blev godkendt." }],
      };
    });
    const votes: Vote[] =
      k % 3 === 0
        ? [
            {
              item: 1,
              body: KFU,
              date,
              motion: `Forslag om at udsætte sagen om ${items[0]?.title}`,
              proposedBy: null,
              outcome: "rejected",
              for: [{ name: "Bo Lund", party: "V" }],
              against: [{ name: "Eva Sand", party: "Ø" }],
              abstain: [],
              counts: null,
              text: "Bo Lund (V) stemte for. Eva Sand (Ø) stemte imod.",
              decision: 0,
            },
          ]
        : [];
    const source = `z_kfu_${String(k).padStart(3, "0")}.txt`;
    return MeetingSchema.parse({
      ...inMemoryIdentity(source, { municipality: "Fjernby", committee: KFU, date, documentType: "referat" }),
      source,
      documentType: "referat",
      municipality: "Fjernby",
      committee: KFU,
      committeeRaw: KFU,
      electionPeriod: null,
      date,
      startTime: null,
      location: null,
      participants: ["Bo Lund", "Eva Sand"],
      absent: [],
      substitutes: [],
      members: [
        { name: "Bo Lund", party: "V" },
        { name: "Eva Sand", party: "Ø" },
      ],
      pageCount: null,
      items,
      votes,
      referredToCouncil: [],
      upcoming: [],
    });
  });
}
