// Danish party letters and the names people use for them: the one lexicon shared by the parser and the engine.
import { z } from "zod";

/** A party letter as the minutes write it. Ø, Æ and Å are letters of their own and never folded. */
export const PartyLetterSchema = z
  .string()
  .regex(/^[A-ZÆØÅ]$/u, "a party letter is one capital letter (A–Z, Æ, Ø, Å)")
  .describe("party letter, e.g. A, C, O, Ø");
export type PartyLetter = z.infer<typeof PartyLetterSchema>;

export interface PartyInfo {
  /** The letter on the ballot. */
  letter: string;
  /** The official Danish name. */
  name: string;
  /** Other ways people write or say it, in Danish and English, lower case. */
  aliases: readonly string[];
  /** Abbreviations as written in minutes and by people, upper case ("DF", "EL"); matched case-sensitively. */
  abbreviations: readonly string[];
  /** Genitive forms used in council minutes ("Venstres byrådsgruppe"), lower case. */
  genitives: readonly string[];
  /** An English name for answers in English. */
  english: string;
}

/** The national parties. Other letters (e.g. L) are local lists and are kept as written. */
export const PARTIES: readonly PartyInfo[] = [
  {
    letter: "A",
    name: "Socialdemokratiet",
    aliases: [
      "socialdemokratiet",
      "socialdemokraterne",
      "soc.dem.",
      "socialdemokrater",
      "social democrats",
      "the social democrats",
      "social democratic party",
      "the social democratic party",
    ],
    abbreviations: ["S"],
    genitives: ["socialdemokratiets", "socialdemokraternes"],
    english: "the Social Democrats",
  },
  {
    letter: "B",
    name: "Radikale Venstre",
    aliases: [
      "radikale venstre",
      "radikale",
      "de radikale",
      "det radikale venstre",
      "social liberals",
      "the social liberals",
      "social liberal party",
      "danish social liberal party",
    ],
    abbreviations: ["RV"],
    genitives: ["radikale venstres", "det radikale venstres", "radikales"],
    english: "the Social Liberals",
  },
  {
    letter: "C",
    name: "Det Konservative Folkeparti",
    aliases: [
      "det konservative folkeparti",
      "konservative folkeparti",
      "konservative",
      "de konservative",
      "conservatives",
      "the conservatives",
      "conservative people's party",
      "the conservative people's party",
      "conservative party",
    ],
    abbreviations: ["KF"],
    genitives: ["det konservative folkepartis", "konservative folkepartis", "konservatives", "de konservatives"],
    english: "the Conservatives",
  },
  {
    letter: "D",
    name: "Nye Borgerlige",
    aliases: ["nye borgerlige", "new right", "the new right"],
    abbreviations: ["NB"],
    genitives: ["nye borgerliges"],
    english: "the New Right",
  },
  {
    letter: "F",
    name: "SF – Socialistisk Folkeparti",
    aliases: [
      "socialistisk folkeparti",
      "sf – socialistisk folkeparti",
      "sf - socialistisk folkeparti",
      "socialist people's party",
      "the socialist people's party",
      "green left",
      "the green left",
    ],
    abbreviations: ["SF"],
    genitives: ["socialistisk folkepartis", "sf's", "sfs"],
    english: "the Socialist People's Party (SF)",
  },
  {
    letter: "I",
    name: "Liberal Alliance",
    aliases: ["liberal alliance", "the liberal alliance"],
    abbreviations: ["LA"],
    genitives: ["liberal alliances"],
    english: "Liberal Alliance",
  },
  {
    letter: "K",
    name: "Kristendemokraterne",
    aliases: ["kristendemokraterne", "christian democrats", "the christian democrats"],
    abbreviations: ["KD"],
    genitives: ["kristendemokraternes"],
    english: "the Christian Democrats",
  },
  {
    letter: "M",
    name: "Moderaterne",
    aliases: ["moderaterne", "moderates", "the moderates"],
    abbreviations: [],
    genitives: ["moderaternes"],
    english: "the Moderates",
  },
  {
    letter: "O",
    name: "Dansk Folkeparti",
    aliases: ["dansk folkeparti", "danish people's party", "the danish people's party"],
    abbreviations: ["DF"],
    genitives: ["dansk folkepartis"],
    english: "the Danish People's Party",
  },
  {
    letter: "V",
    name: "Venstre",
    aliases: [
      "venstre",
      "liberals",
      "the liberals",
      "liberal party",
      "the liberal party",
      "venstre, danmarks liberale parti",
    ],
    abbreviations: [],
    genitives: ["venstres"],
    english: "Venstre (the Liberals)",
  },
  {
    letter: "Æ",
    name: "Danmarksdemokraterne",
    aliases: ["danmarksdemokraterne", "denmark democrats", "the denmark democrats"],
    abbreviations: ["DD"],
    genitives: ["danmarksdemokraternes"],
    english: "the Denmark Democrats",
  },
  {
    letter: "Ø",
    name: "Enhedslisten – De Rød-Grønne",
    aliases: [
      "enhedslisten",
      "enhedslisten – de rød-grønne",
      "enhedslisten - de rød-grønne",
      "de rød-grønne",
      "red-green alliance",
      "the red-green alliance",
      "red green alliance",
      "the red green alliance",
      "unity list",
      "the unity list",
    ],
    abbreviations: ["EL"],
    genitives: ["enhedslistens"],
    english: "the Red-Green Alliance (Enhedslisten)",
  },
  {
    letter: "Å",
    name: "Alternativet",
    aliases: ["alternativet", "the alternative", "alternative"],
    abbreviations: ["ALT"],
    genitives: ["alternativets"],
    english: "the Alternative",
  },
];

const byLetter = new Map(PARTIES.map((p) => [p.letter, p]));

/** The party known by this letter, or undefined for a local list. */
export function partyByLetter(letter: string): PartyInfo | undefined {
  return byLetter.get(letter);
}

/** A readable party label: the official name for national parties, "liste L" for local lists. */
export function partyName(letter: string, language: "da" | "en" = "da"): string {
  const p = byLetter.get(letter);
  if (!p) return language === "da" ? `liste ${letter}` : `list ${letter}`;
  return language === "da" ? p.name : p.english;
}
