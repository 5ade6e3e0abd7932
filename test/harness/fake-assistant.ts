// A stand-in Assistant for adapter tests: realistic Answers (checked against AnswerSchema), scripted failures and pauses.
import { renderText } from "../../src/answer/render-text.ts";
import { type Answer, AnswerSchema, type AskOptions, type Assistant, noFacts } from "../../src/domain/index.ts";

/**
 * An answer whose facts are its votes, decisions and upcoming rows, and whose text is rendered from them, as the
 * engine's are: hand-made fixtures stay consistent with what the renderers read.
 */
export function withFacts(answer: Answer): Answer {
  const facts: Answer["facts"] = [
    ...answer.votes.map(({ citation, ...vote }) => ({
      kind: "vote" as const,
      citation,
      vote,
      proposer: null,
      sides: null,
      quote: null,
    })),
    ...answer.decisions.map((d) => ({
      kind: "decision" as const,
      citation: d.citation,
      body: d.body,
      date: d.date,
      quote: d.text,
      outcomes: d.outcomes,
    })),
    ...answer.upcoming.map(({ citation, ...row }) => ({ kind: "upcoming" as const, citation, row })),
  ];
  const { text: _text, ...rest } = { ...answer, facts };
  return AnswerSchema.parse({ ...rest, text: renderText(rest) });
}

const SBU = "Social- og Beskæftigelsesudvalget";
const MINUTES_URL = "https://www.helsingor.dk/politik/dagsordener-og-referater/sbu-2020-12-09.pdf";

/** A vote answer shaped like the engine's for "how did Ø vote on Integrationsrådet?". */
export function voteAnswer(question = "how did Ø vote on Integrationsrådet?"): Answer {
  return withFacts(
    AnswerSchema.parse({
      question,
      language: "en",
      intent: "vote",
      status: "found",
      text:
        "Enhedslisten (Ø) voted against in all three votes on the strategic conversion of budget area 722, " +
        "which includes Integrationsrådet: Social- og Beskæftigelsesudvalget 11-11-2020, Byrådet 30-11-2020 and " +
        `${SBU} 09-12-2020 (${SBU} 09-12-2020, punkt 12).`,
      citations: [
        {
          municipality: "Helsingør",
          committee: SBU,
          meetingDate: "2020-12-09",
          item: 12,
          title: "Strategisk omstilling - Budgetområde 722 Beskæftigelse",
          caseNumber: "20/8896",
          page: 33,
          url: `${MINUTES_URL}#page=33`,
          quote: "Et flertal, Allan Berg Mortensen (Ø) … stemte imod.",
          source: "000_ba4137c0fa87d1a0.txt",
        },
      ],
      subject: { kind: "party", name: "Enhedslisten", party: "Ø" },
      votes: [
        vote("Social- og Beskæftigelsesudvalget", "2020-11-11", "against", "adopted"),
        vote("Byrådet", "2020-11-30", "against", "rejected", { for: 13, against: 11, abstain: 1 }),
        vote("Social- og Beskæftigelsesudvalget", "2020-12-09", "against", "adopted"),
      ],
      decisions: [],
      upcoming: [],
      attendance: null,
      matches: [],
      suggestions: [],
      context: {
        intent: "vote",
        topic: "Integrationsrådet",
        party: "Ø",
        member: null,
        committee: null,
        date: null,
        item: 12,
      },
    }),
  );
}

function vote(
  body: string,
  date: string,
  position: "for" | "against" | "abstain",
  outcome: "adopted" | "rejected",
  counts: { for: number; against: number; abstain: number } | null = null,
) {
  return {
    body,
    date,
    motion: "Ændringsforslag om at bevare Integrationsrådet",
    outcome,
    position,
    positionBasis: "party-members" as const,
    members: ["Allan Berg Mortensen"],
    counts,
    citation: 0,
  };
}

/** A `not_found` answer, the honest reply to a question the minutes cannot answer. */
export function notFoundAnswer(question: string): Answer {
  return AnswerSchema.parse({
    question,
    language: "en",
    intent: "search",
    status: "not_found",
    text: `I searched the minutes for “${question}” and found no record of it.`,
    citations: [],
    ...noFacts(),
    context: { intent: "search", topic: question, party: null, member: null, committee: null, date: null, item: null },
  });
}

export interface FakeAssistant extends Assistant {
  /** Every ask, in order, with the options the adapter passed. */
  readonly asked: { question: string; options: AskOptions | undefined }[];
  /** Makes the next asks wait until the returned function is called (to check acknowledgements come first). */
  hold(): () => void;
  /** Makes the next ask throw `error`. */
  failNext(error: Error): void;
}

/**
 * Answers questions mentioning Integrationsrådet with `voteAnswer`, everything else with `notFoundAnswer`,
 * unless `answer` decides otherwise.
 */
export function createFakeAssistant(answer?: (question: string, options?: AskOptions) => Answer): FakeAssistant {
  const asked: FakeAssistant["asked"] = [];
  let gate: Promise<void> | null = null;
  const failures: Error[] = [];
  return {
    asked,
    hold() {
      let release = () => {};
      gate = new Promise<void>((resolve) => {
        release = () => {
          gate = null;
          resolve();
        };
      });
      return release;
    },
    failNext(error) {
      failures.push(error);
    },
    async ask(question, options) {
      asked.push({ question, options });
      if (gate) await gate;
      const failure = failures.shift();
      if (failure) throw failure;
      if (answer) return answer(question, options);
      return /integrationsrådet/i.test(question) ? voteAnswer(question) : notFoundAnswer(question);
    },
  };
}
