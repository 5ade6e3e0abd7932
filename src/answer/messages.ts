// Every word the answers say, per language, in one catalog: the console text and the chat renderers read it.
// Dates and lists are written by Intl (one date style everywhere: "9. december 2020" / "9 December 2020").
import type {
  Answer,
  AnswerStatus,
  Coverage,
  DecisionOutcome,
  Fact,
  Language,
  MeetingRole,
  Outcome,
  Position,
} from "../domain/index.ts";

const LOCALE: Record<Language, string> = { da: "da-DK", en: "en-GB" };

const dateFormats = new Map<Language, Intl.DateTimeFormat>();
const monthFormats = new Map<Language, Intl.DateTimeFormat>();
const listFormats = new Map<Language, Intl.ListFormat>();

/** "9. december 2020" / "9 December 2020"; anything that is not an ISO day is returned as given. */
export function formatDate(iso: string, language: Language): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  let f = dateFormats.get(language);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE[language], { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    dateFormats.set(language, f);
  }
  return f.format(new Date(`${iso}T00:00:00Z`));
}

/** "februar 2021" / "February 2021". */
export function formatMonth(year: number, month: number, language: Language): string {
  let f = monthFormats.get(language);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE[language], { month: "long", year: "numeric", timeZone: "UTC" });
    monthFormats.set(language, f);
  }
  return f.format(new Date(Date.UTC(year, month - 1, 1)));
}

/** "A, B og C" / "A, B and C". */
export function formatList(items: readonly string[], language: Language): string {
  let f = listFormats.get(language);
  if (!f) {
    f = new Intl.ListFormat(LOCALE[language], { style: "long", type: "conjunction" });
    listFormats.set(language, f);
  }
  return f.format(items);
}

/** "punkt 4–6 og 9" / "items 4–6 and 9", "item 9": item numbers with runs of consecutive numbers as ranges. */
export function formatItemNumbers(items: readonly number[], language: Language): string {
  const sorted = [...new Set(items)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] as number) + 1) j += 1;
    runs.push(j > i ? `${sorted[i]}–${sorted[j]}` : String(sorted[i]));
    i = j + 1;
  }
  const word = language === "da" ? "punkt" : sorted.length === 1 ? "item" : "items";
  return `${word} ${formatList(runs, language)}`;
}

/** "2016", "februar 2021", or "1. januar 2021 – 30. juni 2021". */
export function formatPeriod(from: string, to: string, language: Language): string {
  const [fy, fm, fd] = from.split("-").map(Number);
  const [ty, tm] = to.split("-").map(Number);
  if (fy && fy === ty && fm === 1 && fd === 1 && to.endsWith("-12-31")) return String(fy);
  if (fy && fm && fy === ty && fm === tm && fd === 1) return formatMonth(fy, fm, language);
  return `${formatDate(from, language)} – ${formatDate(to, language)}`;
}

export interface Messages {
  item: string;
  Item: string;
  page: string;
  sources: string;
  votes: string;
  upcoming: string;
  suggestions: string;
  minutes: string;
  askedBy: string;
  caseNumber: string;
  status: Record<AnswerStatus, string>;
  position: Record<Position, string>;
  positionNone: string;
  /** Before the vote's own sentence when it gives a reason ("… stemte imod, da …"). */
  voteReason: string;
  /** The short form for compact vote lines ("for", "imod"). */
  positionShort: Record<Position | "unknown", string>;
  outcome: Record<Outcome, string>;
  sideLabels: Record<Position, string>;
  counts: (c: { for: number; against: number; abstain: number }) => string;
  asParty: string;
  partyMembers: (names: string) => string;
  /** A party whose members voted differently: who stood where. */
  splitPosition: (sides: string) => string;
  theParties: string;
  yourQuestion: string;
  latestMeeting: string;
  closedItems: string;
  theMeeting: (where: string) => string;
  votesUnder: (label: string) => string;
  otherVotes: (count: number, subject: string) => string;
  notInVotes: (subject: string) => string;
  decisionsUnder: (label: string) => string;
  /** "Valgt: Bjarke Abel (A) som formand (Social- og Handicapudvalget)": who a decision elected or appointed. */
  appointed: (names: string, role: string | null, to: string | null) => string;
  /** "Punkt 29 "…" (Aarhus Byråd, 8. oktober 2025) er stillet af Thomas Medom (F) og …". */
  proposedBy: (item: string, names: string) => string;
  noRecordedVote: (topic: string, subject: string, items: string) => string;
  /** The plain first sentence of a decision: "Byrådet rejected O's proposal 11–13." */
  decisionLead: (body: string, parts: string) => string;
  outcomePart: (o: DecisionOutcome) => string;
  upcomingSingle: (title: string, when: string, committee: string, list: string) => string;
  agendaSingle: (title: string, committee: string, date: string, item: number, ref: string) => string;
  upcomingHeading: (committee: string, list: string) => string;
  plannedHeading: (day: string, committee: string, list: string) => string;
  noPlanOnDay: (day: string, where: string) => string;
  noNextAgenda: (committee: string, date: string, ref: string) => string;
  /** Nothing coming up is recorded for these bodies (a question without a topic). */
  noUpcomingIn: (bodies: string) => string;
  nearestPlans: (before: string | null, after: string | null) => string;
  agendaHeading: (committee: string, date: string, ref: string) => string;
  ongoing: string;
  undated: string;
  noDate: string;
  period: Record<"primo" | "medio" | "ultimo", string>;
  upcomingPast: (count: number) => string;
  upcomingStale: (committee: string, date: string, count: number) => string;
  upcomingPassed: (title: string, when: string, list: string) => string;
  latestTreatment: (topic: string, body: string, date: string, item: string, quote: string) => string;
  sourceMeeting: (committee: string, date: string, link: string) => string;
  sourceItem: (
    item: number,
    title: string,
    committee: string,
    date: string,
    page: number | null,
    link: string,
  ) => string;
  noLink: string;
  attendanceHeading: (committee: string, date: string, ref: string) => string;
  attended: (names: string) => string;
  /** "Sekretær: Mie Helene Andresen", "Formand: Lolan Ottesen (A)": a role the header names. */
  role: Record<MeetingRole, string>;
  noParticipants: string;
  absent: (names: string) => string;
  noAbsent: string;
  awayFromTreatment: (item: number) => string;
  /** No one absent from the whole meeting, some from some items (listed after). */
  noAbsentWhole: string;
  memberStatus: Record<Extract<Fact, { kind: "member-attendance" }>["status"], (name: string) => string>;
  substitute: (who: string, forWhom: string | null) => string;
  absentAtItem: (item: number, names: string) => string;
  noAbsentAtItem: (item: number) => string;
  /** "X (A) was absent from items 3 and 4: "quote" [1]". */
  partialAbsent: (who: string, items: string, plural: boolean, quote: string) => string;
  /** Away for part of the meeting given by a time only ("forlod mødet kl. 18.15"). */
  partialAbsentTime: (who: string, from: string | null, until: string | null, quote: string) => string;
  memberAbsentAtItem: (name: string, item: number) => string;
  memberPresentAtItem: (name: string, item: number) => string;
  memberPartlyAbsent: (name: string, items: string, plural: boolean) => string;
  passagesAbout: (about: string) => string;
  unreadVote: (body: string, date: string) => string;
  notStated: Record<Extract<Fact, { kind: "not-stated" }>["what"], string>;
  didYouMean: (asked: string, read: string) => string;
  notInBodies: (bodies: string) => string;
  nothingMore: (after: boolean) => string;
  more: (count: number, of: Extract<Fact, { kind: "more" }>["of"]) => string;
  moreHint: string;
  noMeeting: (what: string) => string;
  noVoteFound: (what: string, subject: string) => string;
  noUpcoming: (what: string) => string;
  nothingFound: (what: string) => string;
  unknownBody: (body: string, known: string) => string;
  noItem: (committee: string, date: string, item: number, link: string) => string;
  closestItems: string;
  coverage: (c: Coverage) => string;
  helpIntro: string;
  helpExamples: readonly string[];
}

const proposerDa = (p: string | null) => (p ? `forslaget fra ${p}` : "forslaget");
const proposerEn = (p: string | null) => (p ? `${p}'s proposal` : "the proposal");
const tally = (o: DecisionOutcome, abstained: string, against: string, language: Language) => {
  const counted =
    o.counts && !o.unanimous
      ? ` ${o.counts.for}–${o.counts.against}${o.counts.abstain ? ` (${o.counts.abstain} ${abstained})` : ""}`
      : "";
  return o.against?.length ? `${counted} (${against}: ${formatList(o.against, language)})` : counted;
};

/** What a body did with what it settled, by language: decided it, or only recommended it to another body. */
const OUTCOME_VERBS: Record<Language, Record<"decided" | "recommended", Record<DecisionOutcome["outcome"], string>>> = {
  da: {
    decided: { adopted: "godkendte", rejected: "forkastede" },
    recommended: { adopted: "anbefalede", rejected: "anbefalede ikke" },
  },
  en: {
    decided: { adopted: "approved", rejected: "rejected" },
    recommended: { adopted: "recommended adopting", rejected: "recommended against" },
  },
};

export const MESSAGES: Record<Language, Messages> = {
  da: {
    item: "punkt",
    Item: "Punkt",
    page: "side",
    sources: "Kilder",
    votes: "Afstemninger",
    upcoming: "Kommende sager",
    suggestions: "Nærmeste punkter i referaterne",
    minutes: "Referat",
    askedBy: "spurgte",
    caseNumber: "sag",
    status: {
      found: "Fra de offentliggjorte referater",
      not_found: "Ikke fundet i referaterne",
      clarify: "Uddyb gerne spørgsmålet",
    },
    position: { for: "stemte for", against: "stemte imod", abstain: "undlod at stemme" },
    positionNone: "er ikke nævnt i afstemningen",
    voteReason: "I referatet",
    positionShort: { for: "for", against: "imod", abstain: "undlod at stemme", unknown: "stemme ikke oplyst" },
    outcome: { adopted: "vedtaget", rejected: "forkastet" },
    sideLabels: { for: "For", against: "Imod", abstain: "Undlod" },
    counts: (c) => `${c.for} for, ${c.against} imod, ${c.abstain} undlod`,
    asParty: " (partiets stemmer)",
    partyMembers: (names) => ` (partiets medlemmer: ${names})`,
    splitPosition: (sides) => `stemte delt (${sides})`,
    theParties: "partierne",
    yourQuestion: "dit spørgsmål",
    latestMeeting: "seneste møde",
    closedItems: "lukkede punkter",
    theMeeting: (where) => `mødet (${where})`,
    votesUnder: (label) => `Der er disse afstemninger under ${label}:`,
    otherVotes: (n, subject) =>
      `${n === 1 ? "Én anden afstemning" : `${n} andre afstemninger`} under samme punkt nævner ikke ${subject}.`,
    notInVotes: (subject) =>
      `${subject} er ikke nævnt i nogen af afstemningerne herunder, så referatet siger ikke, hvordan de stemte.`,
    decisionsUnder: (label) => `Det blev besluttet under ${label}:`,
    proposedBy: (item, names) => `${item.charAt(0).toUpperCase()}${item.slice(1)} er stillet af ${names}`,
    appointed: (names, role, to) => `Valgt/udpeget: ${names}${role ? ` som ${role}` : ""}${to ? ` (${to})` : ""}.`,
    noRecordedVote: (topic, subject, items) =>
      `Referaterne har ingen afstemning om ${topic} med navngivne stemmer, så de siger ikke, hvordan ${subject} stemte (${items}).`,
    decisionLead: (body, parts) => `${body} ${parts}.`,
    outcomePart: (o) => {
      const verb = OUTCOME_VERBS.da[o.recommended ? "recommended" : "decided"][o.outcome];
      const what =
        o.what === "recommendation" ? "indstillingen" : o.what === "proposal" ? proposerDa(o.proposer) : "forslaget";
      const how = o.unanimous && o.outcome === "adopted" ? " enstemmigt" : "";
      return `${verb}${how} ${what}${tally(o, "undlod", "imod", "da")}`;
    },
    upcomingSingle: (title, when, committee, list) =>
      `${title} skal behandles ${when} i ${committee} ifølge listen over kommende sager i referatet fra ${list}.`,
    agendaSingle: (title, committee, date, item, ref) =>
      `${title} er på dagsordenen for mødet i ${committee} den ${date}, punkt ${item} ${ref}.`,
    upcomingHeading: (committee, list) =>
      `Disse sager er på vej i ${committee} ifølge listen over kommende sager i referatet fra ${list}:`,
    plannedHeading: (day, committee, list) =>
      `Planlagt til mødet den ${day} i ${committee} ifølge listen over kommende sager i referatet fra ${list}:`,
    noNextAgenda: (committee, date, ref) =>
      `Der er ingen dagsorden for et kommende møde i ${committee} i referaterne; det seneste møde var den ${date} ${ref}.`,
    noPlanOnDay: (day, where) =>
      `Ingen liste over kommende sager, dagsorden eller referat${where ? ` fra ${where}` : ""}, jeg kender, har et møde den ${day}.`,
    nearestPlans: (before, after) =>
      before && after
        ? `De nærmeste datoer, der har en: ${before} og ${after}.`
        : before || after
          ? `Den nærmeste dato, der har en: ${before ?? after}.`
          : "Jeg kender ingen andre datoer med en liste eller dagsorden her.",
    agendaHeading: (committee, date, ref) => `På dagsordenen for mødet i ${committee} den ${date} ${ref}:`,
    ongoing: "Løbende",
    undated: "Uden dato",
    noDate: "uden dato",
    period: { primo: "først på året", medio: "midt på året", ultimo: "sidst på året" },
    upcomingPast: (n) => `${n} sager på listen var planlagt før i dag og er udeladt.`,
    upcomingStale: (committee, date, n) =>
      `Den nyeste liste over kommende sager i ${committee} er fra ${date}, over et år før i dag; dens ${n} sager uden dato siger ikke noget om, hvad der er på vej nu.`,
    latestTreatment: (topic, body, date, item, quote) =>
      `Ingen liste over kommende sager og ingen kommende dagsorden nævner "${topic}". Seneste behandling: ${body} den ${date}, ${item}: ${quote}`,
    upcomingPassed: (title, when, list) =>
      `${title} var planlagt til ${when} ifølge listen i referatet fra ${list}; det tidspunkt er passeret.`,
    sourceMeeting: (committee, date, link) => `Referatet fra mødet i ${committee} den ${date}: ${link}`,
    sourceItem: (item, title, committee, date, page, link) =>
      `Punkt ${item} ${title} fra mødet i ${committee} den ${date}${page ? ` (side ${page})` : ""}: ${link}`,
    noLink: "(intet link til kilden)",
    attendanceHeading: (committee, date, ref) => `Mødet i ${committee} den ${date} ${ref}:`,
    attended: (names) => `Deltog: ${names}.`,
    role: {
      chair: "Formand",
      "vice-chair": "Næstformand",
      "meeting-leader": "Mødeleder",
      secretary: "Sekretær",
      "minute-taker": "Referent",
    },
    noParticipants: "Referatet har ingen liste over mødedeltagere.",
    absent: (names) => `Fraværende: ${names}.`,
    noAbsent: "Ingen er noteret som fraværende.",
    awayFromTreatment: (item) => `Deltog ikke i en behandling af punkt ${item}:`,
    noAbsentWhole: "Ingen er noteret som fraværende fra hele mødet.",
    memberStatus: {
      present: (n) => `${n} deltog i mødet.`,
      absent: (n) => `${n} var fraværende.`,
      substitute: (n) => `${n} var med som stedfortræder.`,
      replaced: (n) => `${n} deltog ikke: en stedfortræder var mødt i stedet.`,
      unlisted: (n) => `${n} er ikke nævnt i referatets liste over deltagere eller fraværende.`,
      "partly-absent": (n) => `${n} var fraværende under en del af mødet.`,
    },
    substitute: (who, forWhom) => `${who} var stedfortræder${forWhom ? ` for ${forWhom}` : ""}.`,
    absentAtItem: (item, names) => `Fraværende ved punkt ${item}: ${names}.`,
    noAbsentAtItem: (item) => `Ingen er noteret som fraværende ved punkt ${item}.`,
    partialAbsent: (who, items, _plural, quote) => `${who} var fraværende under punkt ${items}: ${quote}`,
    partialAbsentTime: (who, from, until, quote) =>
      `${who} var fraværende under en del af mødet (${from ? `fra kl. ${from}` : `indtil kl. ${until}`}): ${quote}`,
    memberAbsentAtItem: (n, item) => `${n} var fraværende ved punkt ${item}.`,
    memberPresentAtItem: (n, item) => `${n} deltog i punkt ${item}.`,
    memberPartlyAbsent: (n, items) => `${n} var fraværende under punkt ${items}.`,
    passagesAbout: (about) => `Det fandt jeg i referaterne om ${about}:`,
    unreadVote: (body, date) =>
      `${body}, ${date} – afstemningen står sådan i referatet (jeg kunne ikke læse stemmerne ud):`,
    notStated: {
      winner: "Referatet siger ikke, hvem der vandt.",
      chair: "Referatet siger ikke, hvem der var formand.",
      person: "Referatet nævner ikke personen.",
      amount: "Referatet nævner ikke beløbet.",
      reason: "Referatet siger ikke hvorfor.",
      secretary: "Referatet siger ikke, hvem der var sekretær eller referent.",
    },
    didYouMean: (asked, read) => `Jeg læste "${asked}" som "${read}".`,
    nothingMore: (after) =>
      after
        ? "Der er ikke mere: det forrige svar viste det hele."
        : 'Skriv et spørgsmål først; "flere" viser resten af et langt svar.',
    notInBodies: (bodies) => `Referaterne fra ${bodies} siger intet om det; det her står i andre udvalgs referater:`,
    more: (n, of) =>
      `… og ${n} ${{ votes: "afstemninger", decisions: "beslutninger", items: "punkter", passages: "punkter", meetings: "møder" }[of]} mere`,
    moreHint: 'Skriv "flere" for at se resten.',
    noMeeting: (what) => `Jeg fandt intet møde i de indekserede referater for ${what}.`,
    noVoteFound: (what, subject) =>
      `Jeg har søgt i referaterne efter ${what} og fandt ingen registreret afstemning, hvor ${subject} stemte om det.`,
    noUpcoming: (what) =>
      `Jeg har søgt i de nyeste lister over kommende sager og kommende dagsordener efter ${what} og fandt ingen sådan sag.`,
    noUpcomingIn: (bodies) => `Referaterne har ingen liste over kommende sager fra ${bodies}.`,
    nothingFound: (what) => `Jeg har søgt i referaterne efter ${what} og fandt ikke noget, der svarer på det.`,
    unknownBody: (body, known) => `Jeg har ingen referater fra ${body}; jeg har referater fra ${known}.`,
    noItem: (committee, date, item, link) =>
      `Referatet fra ${committee} den ${date} har intet punkt ${item}${link ? `: ${link}` : "."}`,
    closestItems: "Nærmeste punkter (ikke et svar):",
    coverage: (c) =>
      c.meetings === 0
        ? "Der er ingen referater i indekset endnu."
        : `Jeg kender ${c.meetings} ${c.meetings === 1 ? "referat" : "referater"} fra ${formatList(c.municipalities, "da") || "ukendte kommuner"} (${formatList(c.bodies, "da")}), ${c.from && c.to ? `${formatDate(c.from, "da")} – ${formatDate(c.to, "da")}` : ""}.`,
    helpIntro: "Jeg svarer på spørgsmål om udvalgenes referater, fx:",
    helpExamples: [
      "Hvordan stemte Enhedslisten om Integrationsrådet?",
      "Hvad besluttede udvalget om veteranpolitikken?",
      "Hvad er på vej i Social- og Beskæftigelsesudvalget?",
      "Hvem deltog i mødet den 8. marts 2021?",
      "Giv mig et link til punkt 12 fra mødet den 09-12-2020",
    ],
  },
  en: {
    item: "item",
    Item: "Item",
    page: "page",
    sources: "Sources",
    votes: "Votes",
    upcoming: "Coming up",
    suggestions: "Closest items in the minutes",
    minutes: "Minutes",
    askedBy: "asked",
    caseNumber: "case",
    status: {
      found: "From the published minutes",
      not_found: "Not found in the minutes",
      clarify: "Could you say more?",
    },
    position: { for: "voted for", against: "voted against", abstain: "abstained" },
    positionNone: "is not named in this vote",
    voteReason: "The minutes say",
    positionShort: { for: "for", against: "against", abstain: "abstained", unknown: "position not recorded" },
    outcome: { adopted: "adopted", rejected: "rejected" },
    sideLabels: { for: "For", against: "Against", abstain: "Abstained" },
    counts: (c) => `${c.for} for, ${c.against} against, ${c.abstain} abstained`,
    asParty: " (as a party)",
    partyMembers: (names) => ` (party members: ${names})`,
    splitPosition: (sides) => `split (${sides})`,
    theParties: "the parties",
    yourQuestion: "your question",
    latestMeeting: "the latest meeting",
    closedItems: "closed items",
    theMeeting: (where) => `the meeting (${where})`,
    votesUnder: (label) => `Votes under ${label}:`,
    otherVotes: (n, subject) =>
      `${n === 1 ? "One other vote" : `${n} other votes`} on the same item ${n === 1 ? "does" : "do"} not name ${subject}.`,
    notInVotes: (subject) =>
      `${subject.charAt(0).toUpperCase()}${subject.slice(1)} is not named in any of the votes below, so the minutes do not say how they voted.`,
    decisionsUnder: (label) => `Decisions under ${label}:`,
    proposedBy: (item, names) => `${item.charAt(0).toUpperCase()}${item.slice(1)} was proposed by ${names}`,
    appointed: (names, role, to) =>
      `Elected or appointed: ${names}${role ? ` as "${role}"` : ""}${to ? ` (${to})` : ""}.`,
    noRecordedVote: (topic, subject, items) =>
      `The minutes record no vote naming who stood where on ${topic}, so they do not say how ${subject} voted (${items}).`,
    decisionLead: (body, parts) => `${body} ${parts}.`,
    outcomePart: (o) => {
      const verb = OUTCOME_VERBS.en[o.recommended ? "recommended" : "decided"][o.outcome];
      const what =
        o.what === "recommendation"
          ? "the recommendation"
          : o.what === "proposal"
            ? proposerEn(o.proposer)
            : "the motion";
      const how = o.unanimous && o.outcome === "adopted" ? "unanimously " : "";
      return `${how}${verb} ${what}${tally(o, "abstained", "against", "en")}`;
    },
    upcomingSingle: (title, when, committee, list) =>
      `${title} is planned for ${when} in ${committee}, according to the list of upcoming items in the minutes of ${list}.`,
    agendaSingle: (title, committee, date, item, ref) =>
      `${title} is on the agenda of the meeting of ${committee} on ${date}, item ${item} ${ref}.`,
    upcomingHeading: (committee, list) =>
      `Coming up in ${committee}, from the list of upcoming items in the minutes of ${list}:`,
    plannedHeading: (day, committee, list) =>
      `Planned for the meeting of ${committee} on ${day}, by the list of upcoming items in the minutes of ${list}:`,
    noNextAgenda: (committee, date, ref) =>
      `No agenda of a coming meeting of ${committee} is in the minutes I know; its last meeting was on ${date} ${ref}.`,
    noPlanOnDay: (day, where) =>
      `No list of upcoming items, agenda or minutes${where ? ` of ${where}` : ""} that I know has a meeting on ${day}.`,
    nearestPlans: (before, after) =>
      before && after
        ? `The nearest dates that have one: ${before} and ${after}.`
        : before || after
          ? `The nearest date that has one: ${before ?? after}.`
          : "I know no other dates with a list or agenda here.",
    agendaHeading: (committee, date, ref) => `On the agenda of the meeting of ${committee} on ${date} ${ref}:`,
    ongoing: "Ongoing",
    undated: "Not yet dated",
    noDate: "no date set",
    period: { primo: "early in the year", medio: "mid-year", ultimo: "late in the year" },
    upcomingPast: (n) => `${n} items on the list were due before today and are left out.`,
    upcomingStale: (committee, date, n) =>
      `The newest list of coming items in ${committee} is from ${date}, more than a year before today; its ${n} undated items say nothing about what is coming now.`,
    latestTreatment: (topic, body, date, item, quote) =>
      `No list of coming items and no coming agenda names "${topic}". The latest treatment: ${body} on ${date}, ${item}: ${quote}`,
    upcomingPassed: (title, when, list) =>
      `${title} was planned for ${when} according to the list in the minutes of ${list}; that time has passed.`,
    sourceMeeting: (committee, date, link) => `The minutes of the meeting of ${committee} on ${date}: ${link}`,
    sourceItem: (item, title, committee, date, page, link) =>
      `Item ${item} ${title} of the meeting of ${committee} on ${date}${page ? ` (page ${page})` : ""}: ${link}`,
    noLink: "(no link to the source)",
    attendanceHeading: (committee, date, ref) => `The meeting of ${committee} on ${date} ${ref}:`,
    attended: (names) => `Attended: ${names}.`,
    role: {
      chair: "Chair",
      "vice-chair": "Vice-chair",
      "meeting-leader": "Chair of the meeting",
      secretary: "Secretary",
      "minute-taker": "Minute-taker",
    },
    noParticipants: "The minutes give no list of participants.",
    absent: (names) => `Absent: ${names}.`,
    noAbsent: "No one is recorded as absent.",
    awayFromTreatment: (item) => `Took no part in a treatment of item ${item}:`,
    noAbsentWhole: "No one is recorded as absent from the whole meeting.",
    memberStatus: {
      present: (n) => `${n} attended the meeting.`,
      absent: (n) => `${n} was absent.`,
      substitute: (n) => `${n} attended as a substitute.`,
      replaced: (n) => `${n} did not attend: a substitute sat in instead.`,
      unlisted: (n) => `${n} is not named in the minutes' lists of participants or absent members.`,
      "partly-absent": (n) => `${n} was absent for part of the meeting.`,
    },
    substitute: (who, forWhom) => `${who} was a substitute${forWhom ? ` for ${forWhom}` : ""}.`,
    absentAtItem: (item, names) => `Absent at item ${item}: ${names}.`,
    noAbsentAtItem: (item) => `No one is recorded as absent at item ${item}.`,
    partialAbsent: (who, items, plural, quote) => `${who} was absent from item${plural ? "s" : ""} ${items}: ${quote}`,
    partialAbsentTime: (who, from, until, quote) =>
      `${who} was absent for part of the meeting (${from ? `from ${from}` : `until ${until}`}): ${quote}`,
    memberAbsentAtItem: (n, item) => `${n} was absent from item ${item}.`,
    memberPresentAtItem: (n, item) => `${n} attended item ${item}.`,
    memberPartlyAbsent: (n, items, plural) => `${n} was absent from item${plural ? "s" : ""} ${items}.`,
    passagesAbout: (about) => `What the minutes say about ${about}:`,
    unreadVote: (body, date) =>
      `${body}, ${date} – the minutes record the vote like this (I could not read the sides):`,
    notStated: {
      winner: "The minutes do not say who won.",
      chair: "The minutes do not say who chaired the meeting.",
      person: "The minutes do not name the person.",
      amount: "The minutes do not state the amount.",
      reason: "The minutes do not say why.",
      secretary: "The minutes do not say who was the secretary or took the minutes.",
    },
    didYouMean: (asked, read) => `I read "${asked}" as "${read}".`,
    nothingMore: (after) =>
      after
        ? "There is no more: the previous answer showed all of it."
        : 'Ask a question first; "more" shows the rest of a long answer.',
    notInBodies: (bodies) => `The minutes of ${bodies} say nothing about it; this is in other bodies' minutes:`,
    more: (n, of) =>
      `… and ${n} more ${{ votes: "votes", decisions: "decisions", items: "items", passages: "items", meetings: "meetings" }[of]}`,
    moreHint: 'Write "more" to see the rest.',
    noMeeting: (what) => `I found no meeting in the indexed minutes for ${what}.`,
    noVoteFound: (what, subject) =>
      `I searched the minutes for ${what} and found no recorded vote in which ${subject} voted on it.`,
    noUpcoming: (what) =>
      `I searched the newest lists of upcoming items and future agendas for ${what} and found no such item.`,
    noUpcomingIn: (bodies) => `The minutes hold no list of upcoming items from ${bodies}.`,
    nothingFound: (what) => `I searched the minutes for ${what} and found no record that answers this.`,
    unknownBody: (body, known) => `I have no minutes from ${body}; I have minutes from ${known}.`,
    noItem: (committee, date, item, link) =>
      `The minutes of ${committee} on ${date} have no item ${item}${link ? `: ${link}` : "."}`,
    closestItems: "Closest items (not an answer):",
    coverage: (c) =>
      c.meetings === 0
        ? "There are no minutes in the index yet."
        : `I know ${c.meetings} ${c.meetings === 1 ? "set of minutes" : "sets of minutes"} from ${formatList(c.municipalities, "en") || "unknown municipalities"} (${formatList(c.bodies, "en")}), ${c.from && c.to ? `${formatDate(c.from, "en")} – ${formatDate(c.to, "en")}` : ""}.`,
    helpIntro: "I answer questions about the committees' minutes, for example:",
    helpExamples: [
      "How did the Red-Green Alliance vote on Integrationsrådet?",
      "What was decided about Vapnagaard?",
      "What is coming up in Social- og Beskæftigelsesudvalget?",
      "Who was absent from the meeting on 16 March 2016?",
      "Link to item 12 of the meeting on 9 December 2020",
    ],
  },
};

/** The messages of an answer's language. */
export const messagesOf = (answer: Pick<Answer, "language">): Messages => MESSAGES[answer.language];
