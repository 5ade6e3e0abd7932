// The benchmark's mixed question set: votes, decisions, upcoming items, typos, Danish and English.
import { random, type SyntheticCorpus } from "./synthetic-minutes.ts";

export interface BenchQuestion {
  /** The question as a user asks it (for the assistant). */
  question: string;
  /** The topic words alone (for searchItems and for plain MiniSearch). */
  topic: string;
}

const TEMPLATES: readonly ((topic: string, who: string, committee: string) => string)[] = [
  (t) => `Hvad besluttede udvalget om ${t}?`,
  (t) => `What was decided about ${t}?`,
  (t, who) => `Hvordan stemte ${who} om ${t}?`,
  (t, who) => `How did ${who} vote on ${t}?`,
  (t) => `Hvornår skal ${t} behandles?`,
  (_t, _w, c) => `What is coming up in ${c}?`,
];
const WHO = [
  "Enhedslisten",
  "Venstre",
  "Dansk Folkeparti",
  "Socialdemokratiet",
  "Ø",
  "the Conservatives",
  "Marlene Harpsøe",
  "Allan Mortensen",
];

/** `count` questions about topics that occur in the corpus; every fifth topic carries a typo. */
export function benchQuestions(corpus: SyntheticCorpus, count: number, seed = 7): BenchQuestion[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const questions: BenchQuestion[] = [];
  for (let i = 0; i < count; i++) {
    let topic = pick(corpus.topics);
    if (i % 5 === 4) {
      const at = 1 + Math.floor(next() * (topic.length - 2));
      topic = topic.slice(0, at) + topic.slice(at + 1);
    }
    const committee = pick(corpus.meetings).committee;
    const template = TEMPLATES[i % TEMPLATES.length] as (typeof TEMPLATES)[number];
    questions.push({
      question: template(topic, pick(WHO), committee),
      topic: i % TEMPLATES.length === 5 ? committee : topic,
    });
  }
  return questions;
}
