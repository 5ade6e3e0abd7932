// Says plainly what the minutes do not state when a question asks for one specific thing (the prize winner, the
// chair) and the facts found do not name it: after what was found, never instead of it.
import type { Fact } from "../../domain/index.ts";
import { CHAIR_WORDS, SECRETARY_WORDS } from "../understand/intent.ts";
import type { Draft } from "./draft.ts";

interface NotStatedRule {
  what: Extract<Fact, { kind: "not-stated" }>["what"];
  /** A real question asking for it. */
  example: string;
  asks: RegExp;
  /** The found text names it. */
  named: RegExp;
}

export const NOT_STATED_RULES: readonly NotStatedRule[] = [
  {
    what: "winner",
    example: "Who won the social employment prize 2020?",
    asks: /(?<![\p{L}])(?:who won|won the|winner|hvem vandt|vinderen|hvem fik prisen|prismodtageren|hvem modtog)(?![\p{L}])/iu,
    named: /(?:vinder(?:en)?|vandt|tildelt|tildeles|modtager(?:en)?\s+(?:er|var|blev))\s+(?:\p{L}+\s+){0,3}\p{Lu}/u,
  },
  {
    what: "chair",
    example: "Who chaired the meeting on 14 April 2021?",
    asks: new RegExp(`(?<![\\p{L}])(?:${CHAIR_WORDS}|chaired|chairman)(?![\\p{L}])`, "iu"),
    named: /(?<![\p{L}])(?:formand|mødeleder|chair)(?![\p{L}])/iu,
  },
  {
    what: "secretary",
    example: "Hvem var sekretær på mødet i Sundheds- og Forebyggelsesudvalget?",
    asks: new RegExp(`(?<![\\p{L}])(?:${SECRETARY_WORDS})(?![\\p{L}])`, "iu"),
    named:
      /(?<![\p{L}])(?:sekretær|udvalgssekretær|mødesekretær|referent|protokolfører|secretary|minute-taker)(?![\p{L}])/iu,
  },
  {
    what: "amount",
    example: "Hvor mange penge er der afsat til aktivitetscentret?",
    asks: /(?<![\p{L}])(?:hvor mange penge|hvor meget (?:koster|kostede|kosted|blev|er|var|skal)|hvad (?:koster|kostede|kostet)|hvor stort (?:et )?beløb|how much|what (?:did|does|will) (?:\p{L}+\s+){1,6}cost|what is the cost|the amount|beløbet)(?![\p{L}])/iu,
    named: /\d[\d.,]*\s*(?:kr\.|kr(?![\p{L}])|kroner|mio\.|mio(?![\p{L}])|mia\.|millioner|milliarder|mill\.|DKK)/iu,
  },
];

/** The rules whose thing the question asks for ("who won", "how much"). */
export function askedFor(question: string): readonly NotStatedRule[] {
  return NOT_STATED_RULES.filter((r) => r.asks.test(question));
}

/** The not-stated facts for a question whose found facts do not name what it asks for. */
export function notStated(question: string, draft: Draft): Fact[] {
  if (draft.status !== "found") return [];
  const found = [
    ...draft.decisions.map((d) => d.text),
    ...draft.matches.map((m) => m.quote ?? ""),
    ...draft.citations.map((c) => c.quote ?? ""),
    ...(draft.attendance
      ? [
          ...draft.attendance.participants,
          ...draft.attendance.absent,
          // A role the header names says who held it: "Sekretær Mie Helene Andresen", "Lolan Ottesen (A) - formand".
          ...(draft.attendance.roles ?? []).map((r) => r.quote),
        ]
      : []),
  ].join("\n");
  return askedFor(question)
    .filter((r) => !r.named.test(found))
    .map((r) => ({
      kind: "not-stated" as const,
      what: r.what,
    }));
}
