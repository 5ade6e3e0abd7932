// The Discord slash commands, each one object holding its declaration and how its options become a question.
import { type RESTPostAPIChatInputApplicationCommandsJSONBody, SlashCommandBuilder } from "discord.js";
import type { Language } from "../../src/domain/index.ts";
import { formatDate } from "../../src/index.ts";
import { MAX_QUESTION_LENGTH } from "../shared/answer-question.ts";

/** Reads an interaction's options; a plain interface so commands are testable without Discord. */
export interface CommandOptions {
  string(name: string): string | null;
  integer(name: string): number | null;
}

export type CommandInput = { question: string } | { problem: string };

export interface SlashCommand {
  /** What `npm run discord:register` sends to Discord. */
  declaration: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** The question to ask for these options, in the user's language, or a problem to tell them. */
  toQuestion(options: CommandOptions, language: Language): CommandInput;
}

const ask: SlashCommand = {
  declaration: new SlashCommandBuilder()
    .setName("ask")
    .setDescription("Ask about committee decisions, votes and upcoming items in the minutes")
    .setDescriptionLocalization("da", "Spørg om udvalgsbeslutninger, afstemninger og kommende sager i referaterne")
    .addStringOption((o) =>
      o
        .setName("question")
        .setNameLocalization("da", "spørgsmål")
        .setDescription("e.g. How did Ø vote on Integrationsrådet?")
        .setDescriptionLocalization("da", "fx Hvordan stemte Ø om Integrationsrådet?")
        .setRequired(true)
        .setMaxLength(MAX_QUESTION_LENGTH),
    )
    .toJSON(),
  toQuestion: (options) => ({ question: options.string("question") ?? "" }),
};

const votes: SlashCommand = {
  declaration: new SlashCommandBuilder()
    .setName("votes")
    .setDescription("How a party or member voted on a topic")
    .setDescriptionLocalization("da", "Hvordan et parti eller medlem stemte om et emne")
    .addStringOption((o) =>
      o
        .setName("party")
        .setNameLocalization("da", "parti")
        .setDescription("Party letter or name, or a member's name, e.g. Ø, Venstre, Marlene Harpsøe")
        .setDescriptionLocalization("da", "Partibogstav eller -navn, eller et medlems navn, fx Ø, Venstre")
        .setRequired(true)
        .setMaxLength(100),
    )
    .addStringOption((o) =>
      o
        .setName("topic")
        .setNameLocalization("da", "emne")
        .setDescription("What the vote was about, e.g. Integrationsrådet")
        .setDescriptionLocalization("da", "Hvad afstemningen handlede om, fx Integrationsrådet")
        .setRequired(true)
        .setMaxLength(300),
    )
    .toJSON(),
  toQuestion: (options, language) => {
    const party = options.string("party")?.trim() ?? "";
    const topic = options.string("topic")?.trim() ?? "";
    return {
      question: language === "da" ? `Hvordan stemte ${party} om ${topic}?` : `How did ${party} vote on ${topic}?`,
    };
  },
};

const upcoming: SlashCommand = {
  declaration: new SlashCommandBuilder()
    .setName("upcoming")
    .setDescription("What is coming up for a committee")
    .setDescriptionLocalization("da", "Hvad et udvalg skal behandle fremover")
    .addStringOption((o) =>
      o
        .setName("committee")
        .setNameLocalization("da", "udvalg")
        .setDescription("e.g. Social- og Beskæftigelsesudvalget (default: all)")
        .setDescriptionLocalization("da", "fx Social- og Beskæftigelsesudvalget (standard: alle)")
        .setMaxLength(200),
    )
    .toJSON(),
  toQuestion: (options, language) => {
    const committee = options.string("committee")?.trim();
    if (language === "da") {
      return { question: committee ? `Hvilke sager kommer op i ${committee}?` : "Hvilke sager kommer op?" };
    }
    return { question: committee ? `What is coming up in ${committee}?` : "What is coming up?" };
  },
};

const minutes: SlashCommand = {
  declaration: new SlashCommandBuilder()
    .setName("minutes")
    .setDescription("Link to the minutes of a meeting, or to one item")
    .setDescriptionLocalization("da", "Link til referatet af et møde, eller til ét punkt")
    .addStringOption((o) =>
      o
        .setName("date")
        .setNameLocalization("da", "dato")
        .setDescription("Meeting date, e.g. 2020-12-09 or 09-12-2020")
        .setDescriptionLocalization("da", "Mødedato, fx 09-12-2020")
        .setRequired(true)
        .setMaxLength(20),
    )
    .addIntegerOption((o) =>
      o
        .setName("item")
        .setNameLocalization("da", "punkt")
        .setDescription("Agenda item number (punkt)")
        .setDescriptionLocalization("da", "Punktnummer på dagsordenen")
        .setMinValue(1)
        .setMaxValue(999),
    )
    .toJSON(),
  toQuestion: (options, language) => {
    const date = parseDate(options.string("date") ?? "");
    if (!date) {
      return {
        problem:
          language === "da"
            ? "Jeg kan ikke læse datoen. Skriv den som 09-12-2020 eller 2020-12-09."
            : "I could not read that date. Please write it as 2020-12-09 or 09-12-2020.",
      };
    }
    const item = options.integer("item");
    const dmy = `${pad(date.day)}-${pad(date.month)}-${date.year}`;
    if (language === "da") {
      return {
        question: item
          ? `Giv mig et link til punkt ${item} fra mødet den ${dmy}`
          : `Giv mig et link til referatet fra mødet den ${dmy}`,
      };
    }
    const spoken = formatDate(`${date.year}-${pad(date.month)}-${pad(date.day)}`, "en");
    return {
      question: item
        ? `Link to item ${item} of the meeting on ${spoken}`
        : `Link to the minutes of the meeting on ${spoken}`,
    };
  },
};

/** Every command, by name: registration and dispatch both read this table. */
export const COMMANDS: Readonly<Record<string, SlashCommand>> = { ask, votes, upcoming, minutes };

const pad = (n: number) => String(n).padStart(2, "0");

/** Reads 2020-12-09, 09-12-2020, 9/12/2020 or 9.12.2020; null unless it is a real calendar date. */
export function parseDate(text: string): { year: number; month: number; day: number } | null {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const dmy = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(t);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : dmy
      ? [Number(dmy[3]), Number(dmy[2]), Number(dmy[1])]
      : [0, 0, 0];
  if (!year) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return { year, month, day };
}
