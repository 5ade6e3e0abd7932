// Realistic synthetic minutes as Meeting objects (seeded, so every run generates the same corpus).
//
// Meeting objects rather than text: parsing 100k items of text would take the benchmark minutes on its own and
// would measure the parser, not the index. The vocabulary follows the sample minutes: Danish compounds built from
// municipal topic words, committees, members with party letters, vote phrasings from ../shared/docs/domain.md.
import type { AgendaItem, Decision, Meeting, UpcomingItem, Vote, VoteEntry } from "../src/domain/index.ts";
import { inMemoryIdentity } from "../src/ingest/meeting-id.ts";

/** A small fast seeded PRNG (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MUNICIPALITIES = [
  "Helsingør",
  "Hvidovre",
  "Aarhus",
  "Odense",
  "Stevns",
  "Vejle",
  "Roskilde",
  "Esbjerg",
  "Viborg",
  "Næstved",
  "Frederiksberg",
  "Køge",
];
const COMMITTEES = [
  "Social- og Beskæftigelsesudvalget",
  "Børne- og Uddannelsesudvalget",
  "Teknik- og Miljøudvalget",
  "Kultur- og Fritidsudvalget",
  "Sundheds- og Ældreudvalget",
  "Økonomiudvalget",
  "Beskæftigelsesudvalget",
  "Klima- og Planudvalget",
  "Social- og Arbejdsmarkedsudvalget",
];
const MODIFIERS = [
  "budget",
  "ældre",
  "skole",
  "dagtilbud",
  "handicap",
  "integration",
  "beskæftigelse",
  "klima",
  "trafik",
  "vej",
  "bolig",
  "sundhed",
  "psykiatri",
  "misbrug",
  "kultur",
  "idræt",
  "bibliotek",
  "natur",
  "affald",
  "vand",
  "veteran",
  "uddannelse",
  "flygtning",
  "børn",
  "unge",
  "familie",
  "kontanthjælp",
  "erhverv",
  "turisme",
  "havn",
  "cykel",
  "energi",
  "digitalisering",
  "frivillighed",
  "forebyggelse",
  "rehabilitering",
  "pleje",
  "madservice",
  "kollektiv",
  "sygedagpenge",
  "ledighed",
  "fritid",
  "musik",
  "teater",
  "bygning",
  "anlæg",
  "kyst",
  "skov",
  "landdistrikt",
];
const HEADS = [
  "politik",
  "plan",
  "strategi",
  "pulje",
  "område",
  "indsats",
  "råd",
  "tilbud",
  "center",
  "takst",
  "standard",
  "rapport",
  "analyse",
  "projekt",
  "budget",
  "aftale",
  "model",
  "program",
  "redegørelse",
  "handleplan",
  "udbud",
  "regnskab",
  "evaluering",
  "kvalitetsstandard",
  "tilsyn",
  "netværk",
  "samarbejde",
  "prioritering",
];
const OPENINGS = [
  "Godkendelse af",
  "Status på",
  "Orientering om",
  "Evaluering af",
  "Forslag om",
  "Revision af",
  "Høring om",
  "Tilskud til",
  "Principper for",
  "",
];
const FIRST = [
  "Marlene",
  "Allan",
  "Lene",
  "Silas",
  "Kristina",
  "Michael",
  "Thomas",
  "Mette",
  "Per",
  "John",
  "Philip",
  "Betina",
  "Duygu",
  "Henrik",
  "Anne",
  "Søren",
  "Jørgen",
  "Ida",
  "Karen",
  "Rasmus",
  "Mads",
  "Camilla",
  "Ahmed",
  "Fatima",
  "Bo",
  "Birgitte",
  "Niels",
  "Ulla",
  "Peter",
  "Louise",
];
const LAST = [
  "Harpsøe",
  "Mortensen",
  "Lindberg",
  "Drejer",
  "Kongsted",
  "Lagoni",
  "Kok",
  "Jensen",
  "Tærsebøl",
  "Calberg",
  "Læborg",
  "Svinggaard",
  "Nielsen",
  "Hansen",
  "Pedersen",
  "Andersen",
  "Christensen",
  "Larsen",
  "Sørensen",
  "Rasmussen",
  "Jørgensen",
  "Petersen",
  "Madsen",
  "Kristensen",
  "Olsen",
  "Thomsen",
  "Poulsen",
  "Knudsen",
  "Møller",
  "Holm",
];
const PARTIES = ["A", "B", "C", "F", "I", "O", "V", "Ø", "Å", "D", "K", "L"];
const CENTRES = [
  "Center for Job",
  "Center for Særlig Social Indsats",
  "Center for Børn",
  "Center for Teknik",
  "Center for Kultur",
  "Center for Sundhed",
  "Center for Økonomi",
];
const SYLLABLES = [
  "vap",
  "na",
  "gård",
  "nøj",
  "som",
  "hed",
  "kvist",
  "borg",
  "holm",
  "sted",
  "lund",
  "høj",
  "bæk",
  "toft",
  "rup",
  "ager",
  "vang",
  "dal",
  "strand",
  "by",
];
const FILLER = [
  "Administrationen vurderer, at {topic} kan gennemføres inden for den eksisterende ramme på {amount} kr.",
  "Udvalget blev på mødet i {month} orienteret om {topic}, og sagen fremlægges nu til beslutning.",
  "{Topic} omfatter {count} borgere i {place}, og indsatsen følges op med halvårlige statusrapporter.",
  "Der er i {year} afsat {amount} kr. til {topic}, heraf {amount2} kr. til administration og evaluering.",
  "Sagen har været i høring i {council}, som anbefaler, at {topic} prioriteres i de kommende år.",
  "Økonomi: Forslaget har ingen konsekvenser for kommunens likviditet ud over de allerede afsatte midler.",
  "Kommunikation: Beslutningen offentliggøres på kommunens hjemmeside og formidles til de berørte parter.",
  "Retsgrundlag: Lov om social service § {count} samt kommunens gældende {topic}.",
  "Et samarbejde med {place} om {topic} forventes at give bedre resultater for de involverede borgere.",
  "Sagsfremstilling: I forbindelse med budgetaftalen for {year} blev det besluttet at styrke {topic}.",
  "Antallet af henvendelser er steget med {count} procent siden {year}, primært i {place}.",
  "Der henvises til bilag med den samlede oversigt over {topic} og de tilhørende nøgletal.",
];

export interface SyntheticCorpus {
  meetings: Meeting[];
  /** Topic phrases used in titles, for the question set. */
  topics: string[];
}

/** About `items` agenda items in meetings of 12–24 items each. */
export function generateMeetings(items: number, seed = 1): SyntheticCorpus {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const place = () => {
    const n = int(2, 3);
    let name = "";
    for (let i = 0; i < n; i++) name += pick(SYLLABLES);
    return name[0]?.toUpperCase() + name.slice(1);
  };
  const places = Array.from({ length: 4000 }, place);
  // Real minutes have a long tail of rare words (names, streets, projects, misspellings): a Zipf-like draw from a
  // pool of pseudo-words gives the index a realistic vocabulary size, which is what prefix and typo lookups scan.
  const rareWords = Array.from({ length: Math.max(2000, items * 3) }, () => place().toLowerCase() + pick(HEADS));
  const rare = () => rareWords[Math.floor(rareWords.length * next() ** 2)] as string;
  const members = Array.from({ length: 600 }, () => ({ name: `${pick(FIRST)} ${pick(LAST)}`, party: pick(PARTIES) }));
  const topicOf = () => {
    const head = pick(HEADS);
    let modifier = pick(MODIFIERS);
    if (modifier === head) modifier = "social";
    // Danish links with -s- after these endings: forebyggelse-s-plan, sundhed-s-råd, integration-s-råd.
    const link = /(else|hed|ion|ing|tet|skab|dom)$/.test(modifier) ? "s" : "";
    const compound = `${modifier}${link}${head}`;
    return next() < 0.3 ? `${compound} ${int(2015, 2024)}` : next() < 0.2 ? `${compound} i ${pick(places)}` : compound;
  };
  const topics: string[] = [];
  const meetings: Meeting[] = [];
  let made = 0;
  let meetingNo = 0;
  while (made < items) {
    const count = Math.min(items - made, int(12, 24));
    const year = int(2014, 2024);
    const date = `${year}-${String(int(1, 12)).padStart(2, "0")}-${String(int(1, 28)).padStart(2, "0")}`;
    const committee = pick(COMMITTEES);
    const municipality = pick(MUNICIPALITIES);
    const attendees = Array.from({ length: 7 }, () => pick(members));
    const agenda: AgendaItem[] = [];
    const votes: Vote[] = [];
    const upcoming: UpcomingItem[] = [];
    for (let n = 1; n <= count; n++) {
      const topic = topicOf();
      topics.push(topic);
      const opening = pick(OPENINGS);
      const title = opening ? `${opening} ${topic}` : topic[0]?.toUpperCase() + topic.slice(1);
      const fill = (template: string) =>
        template
          .replaceAll("{topic}", next() < 0.7 ? topic : topicOf())
          .replaceAll("{Topic}", topic[0]?.toUpperCase() + topic.slice(1))
          .replaceAll("{amount}", String(int(10, 9000) * 1000))
          .replaceAll("{amount2}", String(int(10, 900) * 1000))
          .replaceAll("{count}", String(int(2, 400)))
          .replaceAll("{year}", String(year + int(-2, 1)))
          .replaceAll(
            "{month}",
            pick([
              "januar",
              "februar",
              "marts",
              "april",
              "maj",
              "juni",
              "august",
              "september",
              "oktober",
              "november",
              "december",
            ]),
          )
          .replaceAll("{place}", pick(places))
          .replaceAll(
            "{council}",
            pick(["Ældrerådet", "Handicaprådet", "Integrationsrådet", "Ungerådet", "MED-udvalget"]),
          );
      const paragraphs = Array.from({ length: int(3, 9) }, () =>
        [...Array.from({ length: int(2, 5) }, () => fill(pick(FILLER))), `Se også ${rare()} og ${rare()}.`].join(" "),
      );
      const decisions: Decision[] = [{ body: committee, electionPeriod: null, date, text: "Indstillingen godkendt." }];
      if (next() < 0.12) {
        const voters = [...attendees];
        const split = int(1, 3);
        const against = voters.slice(0, split);
        const support = voters.slice(split);
        const entry = (m: { name: string; party: string }): VoteEntry => ({ name: m.name, party: m.party });
        const names = (list: typeof voters) => list.map((m) => `${m.name} (${m.party})`).join(", ");
        const proposer = pick(attendees);
        const text = [
          `${proposer.name} (${proposer.party}) foreslog, at ${topic} udsættes til næste møde.`,
          `For forslaget stemte: ${names(against)}.`,
          `Et flertal, ${names(support)} stemte imod.`,
        ].join("\n\n");
        decisions[0] = { body: committee, electionPeriod: null, date, text: `${text}\n\nIndstillingen godkendt.` };
        votes.push({
          item: n,
          body: committee,
          date,
          motion: `${proposer.name}s forslag om at udsætte ${topic}`,
          proposedBy: { name: proposer.name, party: proposer.party },
          outcome: "rejected",
          for: against.map(entry),
          against: support.map(entry),
          abstain: [],
          counts: null,
          text,
          decision: 0,
        });
      }
      agenda.push({
        number: n,
        id: null,
        url: null,
        title,
        kind: next() < 0.7 ? "Beslutning" : "Orientering",
        closed: false,
        caseNumber: `${String(year).slice(2)}/${int(100, 39999)}`,
        page: n * 2 + 1,
        sourcePage: null,
        decidedIn: committee,
        recommendation: `Administrationen indstiller, at udvalget godkender ${topic}.`,
        text: paragraphs.join("\n\n"),
        decisions,
      });
      if (n === count - 1) {
        for (let r = 0; r < int(5, 15); r++) {
          const part = pick(["primo", "medio", "ultimo"] as const);
          upcoming.push({
            title: topicOf(),
            responsible: pick(CENTRES),
            when: `${part[0]?.toUpperCase()}${part.slice(1)} ${year + 1}`,
            date: null,
            period: { part, year: year + 1 },
            item: n,
          });
        }
      }
    }
    made += count;
    const source = `synthetic_${String(meetingNo++).padStart(6, "0")}.txt`;
    meetings.push({
      // Random draws can repeat a committee and a date: the file name keeps synthetic meetings apart.
      ...inMemoryIdentity(source, { municipality, committee, date, documentType: "referat" }),
      id: source.replace(/\.txt$/, ""),
      source,
      documentType: "referat",
      municipality,
      committee,
      committeeRaw: `${committee} 2022-2025`,
      electionPeriod: "2022-2025",
      date,
      startTime: "17:00",
      location: null,
      participants: attendees.map((m) => m.name),
      absent: [],
      substitutes: [],
      members: attendees.map((m) => ({ name: m.name, party: m.party })),
      pageCount: null,
      items: agenda,
      votes,
      referredToCouncil: [],
      upcoming,
    });
  }
  return { meetings, topics };
}
