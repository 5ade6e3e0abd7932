// The parser's vocabulary as typed tables: words of Danish minutes, kept apart from the rules that use them.
import type { MeetingRole, Outcome, Position } from "../domain/index.ts";

// Patterns that run on every sentence start a word with `(?<!\w)`, not `\b`: before a letter of a-z the two are the
// same boundary, but with the "iu" flags V8 tests `\b` at every character (~1 us per sentence and pattern) while it
// scans for the word's letters past a lookbehind. (`\b` before "ø" needs a word character before it: those stay.)

/** Title words that open a document and what kind of document they announce. */
export const DOCUMENT_TYPES: readonly { word: string; type: "referat" | "dagsorden" }[] = [
  { word: "referat", type: "referat" },
  { word: "beslutningsprotokol", type: "referat" },
  { word: "protokol", type: "referat" },
  { word: "dagsorden", type: "dagsorden" },
];

/** Labels of header fields ("Mødedato Onsdag d. …"); matched at the start of a line, colon optional. */
export const HEADER_LABELS: Record<"date" | "place" | "participants" | "absent" | "time" | "notes", readonly string[]> =
  {
    date: ["mødedato", "dato", "møde afholdt", "mødetidspunkt"],
    time: ["starttidspunkt", "mødestart", "tidspunkt", "tid"],
    place: ["mødested", "sted", "mødelokale"],
    participants: ["mødedeltagere", "deltagere", "medlemmer", "til stede", "tilstede var", "til stede var", "tilstede"],
    notes: ["bemærkninger", "bemærkning"],
    absent: [
      "afbud/fraværende",
      "fraværende med afbud",
      "fraværende uden afbud",
      // København: "Fraværende i mødet: X til kl. 18.40 i punkt 2" (away for part of the meeting)
      "fraværende i mødet",
      "fraværende",
      "afbud fra",
      "afbud",
      "fravær",
      "ikke til stede",
      "deltog ikke",
    ],
  };

/** A list marker in front of an entry listed one per line: "- Name", "• Name", "1. Name", "2) Name". */
export const LIST_MARKER = /^(?:[-•*–·▪]|\d{1,2}[.)])\s+/u;

/** Words that start an item heading: "Punkt 3: …", "Pkt. 3 …", "Sag nr. 3 …". */
export const ITEM_HEADING_WORDS: readonly string[] = [
  "punkt",
  "pkt.",
  "pkt",
  "sag nr.",
  "dagsordenspunkt",
  "nr.",
  "nr",
];

/** A body's journal code after the item number ("Nr. 24 BR 242/07. Salg af grund"): not part of the title. */
export const JOURNAL_CODE = /^[A-ZÆØÅ]{1,4}\s+\d{1,5}\/\d{2,4}\.?\s+/u;

/** Kind prefixes of item headings and their normalised kind; null means a prefix that carries no kind. */
export const ITEM_KINDS: readonly { pattern: RegExp; kind: "Beslutning" | "Orientering" | null }[] = [
  // "Beslutning", "Beslutningssag", "Beslutnings sag", the common typo "Beslutningsag", "Beslutningspunkt".
  { pattern: /^(?:til\s+)?beslutning(?:s?\s*s?ag|spunkt|ssager)?$/iu, kind: "Beslutning" },
  { pattern: /^(?:til\s+)?orientering(?:s?\s*s?ag|spunkt)?$/iu, kind: "Orientering" },
  { pattern: /^(?:til\s+)?(?:tema)?drøftelse(?:s?\s*s?ag|spunkt)?$/iu, kind: null },
];

/** A heading that marks an item closed to the public. */
export const CLOSED_WORDS: readonly string[] = ["lukket", "lukket punkt", "lukket sag", "fortroligt", "fortrolig"];

// Case (journal) number shapes live in src/domain/case-number.ts (one home for the parser and the question reader).

/** Labels that may precede a case number on its line. */
export const CASE_NUMBER_LABELS: readonly string[] = [
  "sagsnr.",
  "sagsnr",
  "sags nr",
  "sags id",
  "sagsid",
  "sag",
  "j. nr.",
  "journalnummer",
  "sags nr.",
  "sagsnummer",
  "j.nr.",
  "journalnr.",
];

/** Section headings inside an item; a line equal to one of these (case and trailing colon ignored) opens a section. */
export const SECTION_HEADINGS: Record<
  | "intro"
  | "law"
  | "case"
  | "supplement"
  | "economy"
  | "hearing"
  | "recommendation"
  | "attachments"
  | "decidedIn"
  | "history"
  | "other",
  readonly string[]
> = {
  intro: [
    "indledning",
    "baggrund",
    "indledning/baggrund",
    "beslutningstema",
    "resumé",
    "resume",
    "formål",
    "problemstilling",
  ],
  law: ["retsgrundlag", "lovgrundlag", "hjemmel", "lovgivning"],
  case: [
    "sagsfremstilling",
    "sagsbeskrivelse",
    "sagens indhold",
    "beskrivelse af sagen",
    "beskrivelse",
    "redegørelse",
    "sagen",
  ],
  supplement: ["supplerende sagsfremstilling", "supplerende oplysninger", "tillæg til sagsfremstilling"],
  economy: [
    "økonomi/personaleforhold",
    "økonomi",
    "økonomiske konsekvenser",
    "økonomiske og personalemæssige konsekvenser",
    "personalemæssige konsekvenser",
    "bevillingsmæssige konsekvenser",
    "økonomi og finansiering",
  ],
  hearing: [
    "kommunikation/høring/borgerinddragelse",
    "kommunikation/høring",
    "kommunikation",
    "høring",
    "borgerinddragelse",
    "høringsberettigede",
  ],
  recommendation: [
    "indstilling",
    "indstillinger",
    "forslag til beslutning",
    "administrationens indstilling",
    "indstilling/beslutning",
    // FirstAgenda (Aarhus): "Beslutningspunkter" / "Det indstilles: At 1) Byrådet …".
    "beslutningspunkter",
  ],
  attachments: ["bilag", "bilagsliste"],
  decidedIn: ["sagen afgøres i"],
  history: ["sagsforløb", "sagens forløb", "tidligere beslutninger", "tidligere behandling"],
  other: [
    "relation til vision og tværgående politikker",
    "politiske beslutninger og aftaler",
    "politisk behandling",
    "sagens gang",
    "løsning",
    "tidsplan",
    "videre proces",
    "den videre proces",
    "miljø",
    "miljøvurdering",
    "klima",
    "klimakonsekvenser",
    "sundhedsmæssige konsekvenser",
    "risikovurdering",
    "handicappolitik",
    "kompetence",
  ],
};

/** Words that open a decision block: "Beslutninger <body> den …", "Beslutning i <body> den …", bare "Beslutning". */
export const DECISION_HEADING_WORDS: readonly string[] = [
  "beslutninger",
  "beslutning",
  "afgørelse",
  "udvalgets beslutning",
];

/** Labels of a `Sagsforløb` entry; each entry is a decision block of its own. */
export const HISTORY_LABELS: Record<"body" | "date" | "item", readonly string[]> = {
  body: ["udvalg", "organ", "behandlet i"],
  date: ["dato", "mødedato"],
  item: ["punktnummer", "punkt", "pkt."],
};

/** Danish month names (and short forms) to month numbers. */
export const MONTHS: Record<string, number> = {
  januar: 1,
  jan: 1,
  februar: 2,
  feb: 2,
  marts: 3,
  mar: 3,
  april: 4,
  apr: 4,
  maj: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
  // English, as some publishing systems print dates ("Wednesday, October 8, 2025").
  january: 1,
  february: 2,
  march: 3,
  may: 5,
  june: 6,
  july: 7,
  october: 10,
  oct: 10,
};

/**
 * Endings and names of bodies that decide: committees ("…udvalget"), councils, boards.
 * Used to tell a body name from running text and to pick the closest known body for a misspelt one.
 */
export const BODY_WORDS: readonly string[] = [
  "udvalget",
  "udvalg",
  "byrådet",
  "byråd",
  "kommunalbestyrelsen",
  "borgerrepræsentationen",
  "magistraten",
  "regionsrådet",
  "bestyrelsen",
  "rådet",
  "forum",
];

/** The city council under its names; "begærede sagen i Byrådet" refers a case there. */
export const COUNCIL_NAMES: readonly string[] = [
  "byrådet",
  "kommunalbestyrelsen",
  "borgerrepræsentationen",
  "regionsrådet",
];

/** Verbs that state a member's or party's position in a vote; negated forms come first so they win. */
export const POSITION_VERBS: readonly { phrase: string; position: Position }[] = [
  { phrase: "kunne ikke tiltræde", position: "against" },
  { phrase: "kan ikke tiltræde", position: "against" },
  { phrase: "ønskede ikke at tiltræde", position: "against" },
  { phrase: "tiltrådte ikke", position: "against" },
  { phrase: "tiltræder ikke", position: "against" },
  { phrase: "kunne ikke anbefale", position: "against" },
  { phrase: "kan ikke anbefale", position: "against" },
  { phrase: "anbefaler ikke", position: "against" },
  { phrase: "anbefalede ikke", position: "against" },
  { phrase: "godkendte ikke", position: "against" },
  { phrase: "godkender ikke", position: "against" },
  { phrase: "besluttede ikke at godkende", position: "against" },
  { phrase: "kunne ikke godkende", position: "against" },
  { phrase: "kan ikke godkende", position: "against" },
  { phrase: "kunne ikke støtte", position: "against" },
  { phrase: "kan ikke støtte", position: "against" },
  // "Enhedslisten kunne ikke tilslutte sig indstillingen" (Slagelse: "Økonomiudvalget tilsluttede sig, at …").
  { phrase: "kunne ikke tilslutte sig", position: "against" },
  { phrase: "kan ikke tilslutte sig", position: "against" },
  { phrase: "tilsluttede sig ikke", position: "against" },
  { phrase: "tilslutter sig ikke", position: "against" },
  { phrase: "stemte imod", position: "against" },
  { phrase: "stemmer imod", position: "against" },
  { phrase: "stemte nej", position: "against" },
  { phrase: "stemmer nej", position: "against" },
  { phrase: "var imod", position: "against" },
  { phrase: "er imod", position: "against" },
  { phrase: "undlod at stemme", position: "abstain" },
  { phrase: "undlader at stemme", position: "abstain" },
  { phrase: "stemte hverken for eller imod", position: "abstain" },
  { phrase: "stemmer hverken for eller imod", position: "abstain" },
  { phrase: "stemte blankt", position: "abstain" },
  // Present but not voting ("en partigruppe undlod at deltage i afstemningen").
  { phrase: "deltog ikke i afstemningen", position: "abstain" },
  { phrase: "undlod at tage stilling", position: "abstain" },
  { phrase: "undlader at tage stilling", position: "abstain" },
  { phrase: "undlod", position: "abstain" },
  { phrase: "undlader", position: "abstain" },
  { phrase: "stemte for", position: "for" },
  { phrase: "stemmer for", position: "for" },
  { phrase: "stemte ja", position: "for" },
  { phrase: "stemmer ja", position: "for" },
  { phrase: "var for", position: "for" },
  { phrase: "tilsluttede sig", position: "for" },
  { phrase: "tilslutter sig", position: "for" },
  { phrase: "kunne tiltræde", position: "for" },
  { phrase: "kan tiltræde", position: "for" },
  { phrase: "tiltrådte", position: "for" },
  { phrase: "tiltræder", position: "for" },
  { phrase: "godkendte", position: "for" },
  { phrase: "godkender", position: "for" },
  { phrase: "besluttede at godkende", position: "for" },
  { phrase: "besluttede at anbefale", position: "for" },
  { phrase: "anbefaler", position: "for" },
  { phrase: "anbefalede", position: "for" },
];

/**
 * Verbs that only count as a vote position when the sentence shows a split (a majority marker, named
 * members with parties); "Udvalget godkendte …" on its own is a unanimous decision, not a vote.
 */
export const WEAK_POSITION_VERBS: ReadonlySet<string> = new Set([
  "godkendte",
  "godkender",
  "besluttede at godkende",
  "besluttede at anbefale",
  "besluttede ikke at godkende",
  "anbefaler",
  "anbefalede",
  "kunne tiltræde",
  "kan tiltræde",
  "tilsluttede sig",
  "tilslutter sig",
  "tiltrådte",
  "tiltræder",
]);

/**
 * What a side recommends a motion to ("Et mindretal i udvalget (Ø) indstiller forslaget til forkastelse"), and the
 * position that makes it.
 */
export const RECOMMENDED_VERDICTS: readonly { word: string; position: Position }[] = [
  { word: "vedtagelse", position: "for" },
  { word: "godkendelse", position: "for" },
  { word: "forkastelse", position: "against" },
];

/** Labels that introduce a list of voters: "For forslaget stemte: …", "Imod: …", "Undlod at stemme: …". */
export const POSITION_LABELS: readonly { pattern: RegExp; position: Position }[] = [
  {
    pattern: /^(?:for(?:\s+(?:forslaget|indstillingen|ændringsforslaget))?\s+stemte|for\s+stemmer|for)\s*:?\s*/iu,
    position: "for",
  },
  {
    pattern: /^(?:imod(?:\s+(?:forslaget|indstillingen|ændringsforslaget))?\s+stemte|imod\s+stemmer|imod)\s*:?\s*/iu,
    position: "against",
  },
  {
    pattern: /^(?:undlod\s+at\s+stemme|undlader\s+at\s+stemme|hverken\s+for\s+eller\s+imod|undlod)\s*:\s*/iu,
    position: "abstain",
  },
];

/**
 * A remark inside a list of voters, about one group's votes (Folketinget: "For stemte 43 (V, DF, KF, NB, LA og 1 RV (ved
 * en fejl) )"): not part of the list. `cue` is in every remark.
 */
export const LIST_REMARK = { cue: /fejl/iu, pattern: / ?\(\s*(?:ved\s+en\s+fejl(?:tagelse)?|fejlagtigt)\s*\)/giu };

/** Markers of a majority or minority in front of a list of voters ("Et flertal", "Et borgerligt flertal (V, C og O)"). */
export const MAJORITY_MARKERS: readonly { pattern: RegExp; side: "majority" | "minority" }[] = [
  {
    pattern:
      /^(?:(?:et|det)\s+(?:\p{Ll}+\s+)?)?flertal(?:let)?(?:\s+(?:i|af)\s+(?:udvalget|byrådet|kommunalbestyrelsen|økonomiudvalget|magistraten))?(?:\s+bestående\s+af)?\s*[,:]?\s*/iu,
    side: "majority",
  },
  {
    pattern:
      /^(?:(?:et|det)\s+(?:\p{Ll}+\s+)?)?mindretal(?:let)?(?:\s+(?:i|af)\s+(?:udvalget|byrådet|kommunalbestyrelsen|økonomiudvalget|magistraten))?(?:\s+bestående\s+af)?\s*[,:]?\s*/iu,
    side: "minority",
  },
];

/**
 * Words that make a sentence a vote statement: when no rule reads such a sentence into a vote (or a known non-vote),
 * it is kept as an unread vote statement and quoted instead of answered. Party letters in parentheses count too.
 */
export const VOTE_VOCABULARY: readonly RegExp[] = [
  // Not the idioms "frem/hen imod" (towards), "tage imod" (receive), "op imod" (compared with), "stemmer overens"
  // (agrees): "Der er invitation på vej …, der vil blive opdateret hen imod dagen".
  /(?<![\p{L}])(?:stemte|stemmer(?!(?:\s+\p{L}+){0,2}\s+overens)|stemmerne|stemme(?!(?:\s+\p{L}+){0,2}\s+overens)|stemmelighed|undlod|undlader|(?<!(?:frem|hen|op|tage|tager|tog|taget)\s+)imod)(?![\p{L}])/iu,
  /(?<![\p{L}])(?:kunne|kan)\s+(?:ikke\s+)?tiltræde(?![\p{L}])/iu,
  // Party letters in a list: two or more "(X)" in one sentence.
  /\(\s*[A-ZÆØÅ]{1,3}\s*\).*\(\s*[A-ZÆØÅ]{1,3}\s*\)/u,
];

/**
 * A reason after a labelled list ("Imod stemte (V) med bemærkning om, at …", "… stemte imod, da …"): cut off
 * before the list is read.
 */
export const REASON_TAIL =
  /\s+med\s+(?:følgende\s+|den\s+)?(?:bemærkning|mindretalsudtalelse|begrundelse|protokolbemærkning)\b.*$|,?\s+(?:da|idet|fordi|med\s+henvisning\s+til|af\s+hensyn\s+til)\s.*$/iu;

/** Words after which a clause with its own subject starts ("Godkendt, idet Venstre stemte imod"). */
export const CLAUSE_WORDS: readonly string[] = ["mens", "medens", "idet", "hvor", "hvorefter"];

/** Statements that look like positions but are not votes. */
export const NOT_VOTE_PHRASES: readonly string[] = [
  "tog forbehold",
  "tager forbehold",
  "tog forbehold for",
  "deltog ikke i sagens behandling",
  "deltog ikke i behandlingen",
  "deltog ikke i punktets behandling",
  "erklærede sig inhabil",
  "var inhabil",
];

/**
 * Sentences saying a member took no part in one treatment of an item, in any body's decision block ("Thure Hastrup
 * deltog ikke i sagens behandling.", "Rådmand X var forhindret i at deltage i sagens behandling.").
 */
export const AWAY_FROM_TREATMENT_PHRASES: readonly string[] = [
  "deltog ikke i sagens behandling",
  "deltog ikke i behandlingen",
  "deltog ikke i punktets behandling",
  "deltog ikke i udvalgets behandling",
  "var forhindret i at deltage",
  "forlod mødet under",
  "erklærede sig inhabil",
  "var inhabil",
];

/** Phrases that introduce a proposal (the motion of the following vote). */
export const PROPOSAL_PATTERNS: readonly RegExp[] = [
  /(?<!\w)(?:fremsatte|stillede|fremsætter|stiller|fremlagde)\s+(?:følgende\s+|et\s+)?(?:ændrings|under|tillægs)?forslag(?:et)?(?:\s+om)?\s*(?:,\s*)?/iu,
  /(?<!\w)(?:foreslog|foreslår)\s*(?:,\s*)?/iu,
  /(?<![\p{L}\p{N}])(?:ønskede|ønsker)\s+(?:at\s+)?(?:sætte|få)\s+(?:følgende\s+)?(?:forslag\s+)?til\s+afstemning\s*:?\s*/iu,
];

/**
 * Lines that announce that what follows is put to the vote. A pattern with a `motion` group names the question
 * inside the line ("Herefter satte formanden Karen Holms (A) kandidatur til afstemning."); the others announce it
 * at the line's start, the question after them.
 */
export const BALLOT_INTROS: readonly RegExp[] = [
  // "Herefter satte formanden Karen Holms (A) kandidatur til afstemning." (Greve). The recommendation put to the vote
  // is a turn back to it (RECOMMENDATION_TURN), not a question of its own.
  /^(?:(?:herefter|derefter|dernæst|så)\s+)?(?:satte|sætter)\s+(?:formanden|borgmesteren|mødelederen|næstformanden|[\p{L}-]*(?:udvalget|rådet))\s+(?!indstillingen\b)(?<motion>\S.*?)\s+til\s+afstemning\s*[.:]?\s*$/iu,
  // "Herefter blev Per Vangs (F) kandidatur sat til afstemning."
  /^(?:(?:herefter|derefter|dernæst|så)\s+)?blev\s+(?!indstillingen\b|der\b)(?<motion>\S.*?)\s+sat\s+til\s+afstemning\s*[.:]?\s*$/iu,
  /^derefter\s+fulgte\s+følgende\s+afstemning\s*:?\s*/iu,
  /^(?:der\s+blev\s+)?(?:herefter\s+|derefter\s+)?(?:stemt|afstemning)\s+om\s*:?\s*/iu,
  /^følgende\s+blev\s+sat\s+til\s+afstemning\s*:?\s*/iu,
  /^(?:herefter|derefter)\s+blev\s+(?:der\s+)?stemt\s+om\s*:?\s*/iu,
  // "Udvalget stemte om John T. Olsen kunne deltage i sagens behandling." (Greve): the body puts a question to the vote.
  /^(?:[\p{L}-]+\s+og\s+)?[\p{L}-]*(?:udvalget|rådet|bestyrelsen|repræsentationen|magistraten)\s+stemte\s+(?:herefter\s+|derefter\s+|først\s+)?om\s*:?\s*/iu,
];

/** Words that turn a decision block to its next vote ("Herefter blev indstillingen godkendt"). */
export const TURN_WORDS: readonly string[] = ["herefter", "derefter", "dernæst", "efterfølgende", "hernæst"];

/** Active verbs by which a body adopts the recommendation without an outcome word ("Herefter anbefaler udvalget indstillingen"). */
export const RECOMMENDATION_TURN_VERBS: readonly string[] = [
  "anbefaler",
  "anbefalede",
  "godkender",
  "godkendte",
  "vedtager",
  "vedtog",
  "tiltræder",
  "tiltrådte",
  "indstiller",
];

/** Outcome words of a tally ("blev forkastet med 13 stemmer mod 11") and of closing statements. */
export const OUTCOME_WORDS: readonly { word: string; outcome: Outcome }[] = [
  { word: "ikke godkendt", outcome: "rejected" },
  { word: "ikke vedtaget", outcome: "rejected" },
  { word: "ikke anbefalet", outcome: "rejected" },
  // "Anbefales ikke." / "Kan ikke godkendes." (Greve committees' short decisions), before the plain words below.
  { word: "anbefales ikke", outcome: "rejected" },
  { word: "ikke anbefales", outcome: "rejected" },
  { word: "godkendes ikke", outcome: "rejected" },
  { word: "ikke godkendes", outcome: "rejected" },
  { word: "forkastet", outcome: "rejected" },
  { word: "nedstemt", outcome: "rejected" },
  { word: "afvist", outcome: "rejected" },
  { word: "faldt", outcome: "rejected" },
  { word: "bortfaldet", outcome: "rejected" },
  { word: "vedtaget", outcome: "adopted" },
  { word: "godkendt", outcome: "adopted" },
  { word: "anbefalet", outcome: "adopted" },
  { word: "tiltrådt", outcome: "adopted" },
  { word: "anbefales", outcome: "adopted" },
  { word: "godkendes", outcome: "adopted" },
];

/** "begærede sagen i Byrådet" (Dragør: "i KB"): a minority sends the case to the council. */
export const REFERRAL_PATTERN =
  /(?<![\p{L}\p{N}])(?:begærede|begærer|ønskede|ønsker|krævede|kræver)\s+(?:at\s+)?sagen\s+(?:indbragt\s+for|behandlet\s+i|optaget\s+(?:i|på)|forelagt\s+(?:for\s+)?|sendt\s+(?:videre\s+)?til|i|for)\s+(?:det\s+samlede\s+)?(byrådet|kommunalbestyrelsen|borgerrepræsentationen|regionsrådet|kb(?![\p{L}]))/iu;

/** Stopping a committee's decision under the municipal act (§ 23) also sends the case to the council. */
export const STOP_PATTERN =
  /(?<!\w)(?:standsede|standser)\s+sagen\b|(?<!\w)(?:benyttede|gjorde\s+brug\s+af)\s+(?:sin\s+)?standsningsret/iu;

/**
 * Roles a meeting header names, by the words the minutes write for them. `label`: the word stands as a header label of
 * its own ("Sekretær" over the name, "Referent: Name"), which also ends a list above it; otherwise the word is a title
 * beside a listed member ("Lolan Ottesen (A) - formand", "Formand Erik Nielsen (A)"). Longer words first.
 */
export const MEETING_ROLE_WORDS: readonly {
  role: MeetingRole;
  words: readonly string[];
  label: boolean;
  example: string;
}[] = [
  {
    role: "secretary",
    words: ["sekretær for udvalget", "udvalgssekretær", "mødesekretær", "sekretær"],
    label: true,
    example: "Afbud/Fraværende\n\nSekretær\nMie Helene Andresen",
  },
  {
    role: "minute-taker",
    words: ["referent", "protokolfører", "referatfører"],
    label: true,
    example: "Referent: Jens Holt, Center for Politik og Borgerservice",
  },
  { role: "meeting-leader", words: ["mødeleder", "ordstyrer"], label: true, example: "Mødeleder: Anna Berg (A)" },
  { role: "vice-chair", words: ["næstformand"], label: false, example: "Grethe Larsen (A) - næstformand" },
  { role: "chair", words: ["udvalgsformand", "formand"], label: false, example: "Formand Erik Nielsen (A)" },
];

/**
 * The roles a person is elected or appointed to ("valgt som formand", "udpeges som ny repræsentant"): a role written in
 * an appointment ends in one of these nouns ("bestyrelsesmedlem", "næstformand"). Adjectives before it ("ny") are dropped.
 */
export const APPOINTMENT_ROLE_NOUNS: readonly string[] = [
  "formand",
  "medlem",
  "suppleant",
  "stedfortræder",
  "repræsentant",
  "observatør",
  "revisor",
  "dirigent",
  "leder",
];

/** Adjectives before an appointed role ("som ny formand", "som nyt medlem"): no part of the role. */
export const APPOINTMENT_ROLE_ADJECTIVES: readonly string[] = ["ny", "nyt", "nye", "konstitueret", "midlertidig"];

/** Titles in front of a member's name ("Borgmester Jens Hansen (A)"): not part of the name. */
export const PERSON_TITLES: readonly string[] = [
  "borgmester",
  "viceborgmester",
  "rådmand",
  "udvalgsformand",
  "formand",
  "næstformand",
  "overborgmester",
  "byrådsmedlem",
  "medlem",
];

/** Attendance phrases inside the text. */
export const SUBSTITUTE_PATTERN =
  /(?<!\w)(?:(?:(?:var|er|deltog)\s+(?:mødt\s+)?(?:i\s+mødet\s+)?(?:som\s+)?|(?:blev|er|var)\s+indkaldt\s+som\s+|mødte\s+(?:som\s+)?|indtrådte\s+som\s+)(?:stedfortræder|suppleant)\s+for\s+|deltog\s+(?:i\s+stedet\s+)?for\s+(?=\p{Lu}))/iu;

/**
 * A position on part of a proposal: "X (Ø) er ikke imod et nyt vandværk, men mod placeringen" (Greve). The subject stands
 * before the match; the part opposed after "men (i)mod".
 */
export const PART_STANCE = /\s(?:er|var)\s+ikke\s+imod\s+[^,;]{0,160}?,?\s+men\s+(?:i)?mod\s/iu;

/** The vote that follows such a stance in the same sentence: "…, og stemte derfor imod" (the vote decides). */
export const STANCE_THEN_VOTE =
  /(?<![\p{L}])og\s+(?:stemte|stemmer)\s+(?:derfor\s+|dermed\s+|således\s+)?(imod|for|nej|ja)(?![\p{L}])/iu;

/**
 * A period named beside a substitute: "Godkendt, at X (A) er indkaldt som stedfortræder for Y (A) i perioden 1. marts til
 * 31. maj" is an appointment the council approves (Aabenraa's recommendation "at X indtræder som stedfortræder", the
 * case text "… så længe hindringen varer"), not a record of who sat in at this meeting.
 */
export const SUBSTITUTE_PERIOD =
  /(?<![\p{L}])(?:i\s+perioden|i\s+en\s+periode|i\s+fraværsperioden|indtil\s+videre|så\s+længe|til\s+og\s+med\s+den|under\s+(?:dennes|hans|hendes)\s+(?:orlov|fravær|sygdom))(?![\p{L}])/iu;

/** Qualifications that make a stated position partial ("kunne tiltræde indstillingen, men ikke den del …"). */
export const PARTIAL_POSITION = /,?\s+(?:men|dog)\s+ikke\b|\bbortset\s+fra\b|\bmed\s+undtagelse\s+af\b/iu;

/** Abbreviations that end in a period but do not end a sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  "bl.a",
  "f.eks",
  "fx",
  "jf",
  "pkt",
  "pk",
  "nr",
  "kr",
  "mv",
  "m.v",
  "m.m",
  "ca",
  "d",
  "kl",
  "stk",
  "evt",
  "inkl",
  "ekskl",
  "vedr",
  "iht",
  "ift",
  "mio",
  "mia",
  "tlf",
  "ang",
  "dvs",
  "osv",
  "pga",
  "p.g.a",
  "hhv",
  "jan",
  "feb",
  "aug",
  "sept",
  "okt",
  "nov",
  "dec",
  "dr",
  "st",
  "adm",
  "tidl",
  "forv",
  "opr",
]);

/** Column headings of "Kommende sager" tables, by role. */
export const UPCOMING_COLUMNS: Record<"title" | "responsible" | "when", readonly string[]> = {
  title: ["sag/overskrift", "sag", "overskrift", "emne", "titel", "sagens titel", "punkt"],
  responsible: ["ansvarligt center", "ansvarlig", "center", "afdeling", "ansvarlig enhed", "forvaltning"],
  when: ["mødedato", "dato", "møde", "tidspunkt", "forventet behandling", "behandles", "forventet mødedato"],
};

/** Parts of a year written in upcoming lists: "Primo 2021" = early 2021. */
export const YEAR_PARTS: Record<string, "primo" | "medio" | "ultimo"> = {
  primo: "primo",
  medio: "medio",
  ultimo: "ultimo",
};

/** Words that mark a person list entry as no person (to keep "Udvalget" or "Byrådet" out of voter lists). */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  "udvalget",
  "byrådet",
  "kommunalbestyrelsen",
  "medlemmerne",
  "medlemmer",
  "gruppe",
  "gruppen",
  "grupperne",
  "liste",
  "partiet",
  "partierne",
  "flertal",
  "flertallet",
  "mindretal",
  "mindretallet",
  "indstillingen",
  "forslaget",
  "sagen",
  "administrationen",
  "forvaltningen",
  "direktøren",
  "formanden",
  "borgmesteren",
  "enigt",
  "alle",
  "resten",
  "øvrige",
  "de",
  "det",
  "den",
  "der",
]);

/** Numbers written as words, as in "Socialdemokratiets to medlemmer". */
export const NUMBER_WORDS: Record<string, number> = {
  en: 1,
  et: 1,
  to: 2,
  tre: 3,
  fire: 4,
  fem: 5,
  seks: 6,
  syv: 7,
  otte: 8,
  ni: 9,
  ti: 10,
  elleve: 11,
  tolv: 12,
};

/**
 * The longest list of people and parties read as one, in characters. The largest council has 55 members ("Anne
 * Vang (A), " is about 25 characters each: 1,400); a joint meeting's attendance list of some hundred names stays well
 * under. A longer "list" is not minutes' prose: it is left unread (a vote statement so long is quoted, not read),
 * and nothing the size of the document is built from it.
 */
export const LONGEST_PEOPLE_LIST = 20_000;

/**
 * The longest paragraph the sentence rules read, in characters. The longest in ../shared/real is 3,399 (a case
 * description); a PDF page run together is a few thousand. A longer "paragraph" is kept verbatim in its decision
 * block, where answers quote it, but not read for votes, attendance or vote statements: every rule over it made a
 * copy of it, and a 45 MB line cost several hundred megabytes that way.
 */
export const LONGEST_PARAGRAPH_READ = 50_000;

/**
 * The most votes one document is read with. A year's budget meeting of a large council votes on a few hundred
 * amendments; the Greve archive holds 288 votes in 286 meetings. A document with more is refused by name as soon as
 * the count passes (each vote costs the reading a few kilobytes, so without a bound a 10 MB file of vote
 * statements cost half a gigabyte).
 */
export const MOST_VOTES_PER_DOCUMENT = 10_000;

/** Group nouns after genitive party names: "Venstres byrådsgruppe", "Det Konservative Folkepartis byrådsgrupper". */
export const PARTY_GROUP_NOUNS: readonly string[] = [
  "byrådsgrupper",
  "byrådsgruppe",
  "grupper",
  "gruppe",
  "medlemmer",
  "medlem",
  "repræsentanter",
  "repræsentant",
  "kommunalbestyrelsesgrupper",
  "kommunalbestyrelsesgruppe",
];

/** The 98 Danish municipalities, to read "Helsingør Kommune" / "Københavns Kommune" in the body text. */
export const MUNICIPALITIES: readonly string[] = [
  "Albertslund",
  "Allerød",
  "Assens",
  "Ballerup",
  "Billund",
  "Bornholm",
  "Brøndby",
  "Brønderslev",
  "Dragør",
  "Egedal",
  "Esbjerg",
  "Fanø",
  "Favrskov",
  "Faxe",
  "Fredensborg",
  "Fredericia",
  "Frederiksberg",
  "Frederikshavn",
  "Frederikssund",
  "Furesø",
  "Faaborg-Midtfyn",
  "Gentofte",
  "Gladsaxe",
  "Glostrup",
  "Greve",
  "Gribskov",
  "Guldborgsund",
  "Haderslev",
  "Halsnæs",
  "Hedensted",
  "Helsingør",
  "Herlev",
  "Herning",
  "Hillerød",
  "Hjørring",
  "Holbæk",
  "Holstebro",
  "Horsens",
  "Hvidovre",
  "Høje-Taastrup",
  "Hørsholm",
  "Ikast-Brande",
  "Ishøj",
  "Jammerbugt",
  "Kalundborg",
  "Kerteminde",
  "Kolding",
  "København",
  "Køge",
  "Langeland",
  "Lejre",
  "Lemvig",
  "Lolland",
  "Lyngby-Taarbæk",
  "Læsø",
  "Mariagerfjord",
  "Middelfart",
  "Morsø",
  "Norddjurs",
  "Nordfyns",
  "Nyborg",
  "Næstved",
  "Odder",
  "Odense",
  "Odsherred",
  "Randers",
  "Rebild",
  "Ringkøbing-Skjern",
  "Ringsted",
  "Roskilde",
  "Rudersdal",
  "Rødovre",
  "Samsø",
  "Silkeborg",
  "Skanderborg",
  "Skive",
  "Slagelse",
  "Solrød",
  "Sorø",
  "Stevns",
  "Struer",
  "Svendborg",
  "Syddjurs",
  "Sønderborg",
  "Thisted",
  "Tønder",
  "Tårnby",
  "Vallensbæk",
  "Varde",
  "Vejen",
  "Vejle",
  "Vesthimmerlands",
  "Viborg",
  "Vordingborg",
  "Ærø",
  "Aabenraa",
  "Aalborg",
  "Aarhus",
];

/** Titles of items that hold the committee's list of upcoming items. */
export const UPCOMING_ITEM_TITLES: readonly RegExp[] = [
  /kommende\s+(?:sager|punkter|møder)/iu,
  /årshjul/iu,
  /sager\s+til\s+kommende/iu,
];
