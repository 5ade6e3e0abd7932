// Finds the committee or council a question is about: the name as written, its short form (SBU), or generic words.

import { JaroWinklerDistance } from "natural/lib/natural/distance/index.js";
import { escapeRegExp } from "../../parse/escape-regexp.ts";
import { BODY_WORDS } from "../../parse/lexicon.ts";
import { longestPhraseAt, translate } from "../glossary.ts";
import { foldLetters, type Span, TOPIC_PREPOSITIONS, tokenize, unfoldOffset } from "./tokens.ts";

export interface BodyMention extends Span {
  /** The indexed body's name. */
  body: string;
  /**
   * "exact": the name itself; "short": an abbreviation (SBU, ØU); "generic": "byrådet", "the city council";
   * "described": by its subject ("the employment committee").
   */
  how: "exact" | "short" | "generic" | "described";
}

/**
 * Generic words for kinds of body, and the pattern an indexed name must fit to be one: every indexed body of that
 * kind is meant ("byrådet" is Byrådet in Helsingør, Aarhus Byråd, Kommunalbestyrelsen in Hvidovre…); a municipality
 * named in the question narrows them (see `understand`).
 */
export const GENERIC_BODIES: readonly { phrases: readonly string[]; fits: RegExp }[] = [
  {
    phrases: [
      "city council",
      "town council",
      "municipal council",
      "municipal board",
      "the council",
      "council meeting",
      "council meetings",
      "council's",
      "byrådet",
      "byråd",
      "byrådets",
      "byrådsmødet",
      "byrådsmøde",
      "kommunalbestyrelsen",
      "kommunalbestyrelse",
      "kommunalbestyrelsens",
      "kommunalbestyrelsesmødet",
      "kommunalbestyrelsesmøde",
      "borgerrepræsentationen",
      "borgerrepræsentationens",
      "kb",
      "kb-mødet",
    ],
    fits: /(?:^|\s)(?:byråd(?:et)?|kommunalbestyrelse(?:n)?|borgerrepræsentation(?:en)?)$/iu,
  },
  {
    phrases: [
      "finance committee",
      "economic committee",
      "economy committee",
      "economic affairs committee",
      "executive committee",
      "økonomiudvalget",
      "økonomiudvalg",
      "økonomiudvalgets",
    ],
    fits: /^økonomiudvalg(?:et)?$/iu,
  },
];

const GENERIC_NAMES = new Set(GENERIC_BODIES.flatMap((g) => g.phrases));

/** Council names that belong to one kind of council: only indexed bodies with that name answer to them. */
const OWN_COUNCIL_NAMES: readonly string[] = ["borgerrepræsentation"];

/** Body-shaped words: a name ending like a committee or council ("Teknisk Udvalg", "Borgerrepræsentationen"). */
// Case-sensitive (a capital marks a name), so the endings are listed lower case and capitalised.
const BODY_SHAPED = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:\\p{Lu}[\\p{L}-]*\\s+)?[\\p{L}-]*(?:${BODY_WORDS.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]).join("|")})(?![\\p{L}\\p{N}])`,
  "gu",
);

/** Words that name a body only by its kind ("udvalget", "the council"): never an unknown body's name. */
const KIND_WORDS = new Set(
  [...BODY_WORDS, ...GENERIC_NAMES, "udvalgets", "rådets"].filter(
    (w) => !OWN_COUNCIL_NAMES.some((n) => w.startsWith(n)),
  ),
);

/** True for a phrase that names a body by its kind only ("byrådet", "the city council"), never by its own name. */
export function namesBodyKind(phrase: string): boolean {
  return GENERIC_NAMES.has(phrase.toLowerCase());
}

/**
 * A body the question names that is not among the indexed bodies: a capitalised, body-shaped name outside the
 * spans already read ("Teknisk Udvalg", "Borgerrepræsentationen"). The caller still checks it is not a topic word
 * the minutes use ("Integrationsrådet").
 */
export function findUnknownBody(question: string, claimed: readonly Span[]): { name: string; span: Span } | null {
  for (const m of question.matchAll(BODY_SHAPED)) {
    const start = m.index ?? 0;
    const span = { start, end: start + m[0].length };
    const name = m[0].trim();
    if (!/^\p{Lu}/u.test(name) || KIND_WORDS.has(name.toLowerCase())) continue;
    if (claimed.some((c) => c.start < span.end && span.start < c.end)) continue;
    return { name, span };
  }
  return null;
}

/**
 * "Vision for Greve Byråd", "… onboarding af nyt Byråd", "the budget of the council": after one of these words the
 * council is part of what is asked about (a title), not the body whose minutes are asked about: unless a word of
 * place puts it there ("… om budgettet i byrådet", "about X in the city council").
 */
const TOPIC_WORD = new RegExp(
  `(?<![\\p{L}])(?:${[...TOPIC_PREPOSITIONS, "for", "of", "af", "vedr\\.?"].join("|")})\\s`,
  "iu",
);
const PLACE_BEFORE = /(?<![\p{L}])(?:i|in|fra|from|hos|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+)?$/u;

/** True when the council named at `at` is part of the question's topic (see TOPIC_WORD). */
function inTopic(question: string, at: number): boolean {
  const before = question.slice(0, at);
  return TOPIC_WORD.test(before) && !PLACE_BEFORE.test(before);
}

/**
 * A body named only by its kind ("byrådet", "the city council") when no indexed body is of that kind: the phrase as
 * written, so that the answer says the index holds no such minutes rather than answer from another body.
 * Possessives ("byrådets mødekalender") and destinations ("sendt til byrådet") are a topic's words, not the body
 * whose minutes are asked about.
 */
export function findKindNotIndexed(question: string, bodies: readonly string[]): string | null {
  const names = bodies.map(stripPeriod);
  for (const g of GENERIC_BODIES) {
    if (names.some((n) => g.fits.test(n))) continue;
    for (const phrase of g.phrases) {
      if (/s$/u.test(phrase)) continue;
      for (const m of question.matchAll(wordPattern(phrase, "giu", "-"))) {
        const s = m.index ?? 0;
        if (namesOtherCouncil(question, s) || isDestination(question, s) || inTopic(question, s)) continue;
        // "the city council" is named with its article ("I have no minutes from the city council").
        const article = /(?<![\p{L}])the\s+$/iu.exec(question.slice(Math.max(0, s - 8), s));
        return `${article ? article[0] : ""}${m[0]}`;
      }
    }
  }
  return null;
}

/** "Stevns council", "the Aarhus council": the word council after a municipality's name means its council. */
const COUNCIL_AFTER_PLACE = "(?:'s|s)?\\s+(?:city\\s+|town\\s+|municipal\\s+)?(council)(?![\\p{L}\\p{N}])";

/** True when the word before `at` makes "council" another body: "the disability council meeting" (a glossary phrase). */
function namesOtherCouncil(question: string, at: number): boolean {
  if (!/^council/iu.test(question.slice(at))) return false;
  const before = /([\p{L}-]+)\s+$/u.exec(question.slice(0, at));
  return before !== null && translate(`${before[1]} council`).length > 0;
}

/**
 * "send the case to the city council", "oversendt til byrådet": the council is where a case goes, not the body whose
 * minutes are asked about, so it must not narrow the search to that body's meetings.
 */
const DESTINATION_BEFORE =
  /(?<![\p{L}])(?:go|goes|gone|went|going|send|sends|sent|refer|refers|referred|forward|forwarded|passed|brought|taken|oversendt|oversendte|oversendes|sendt|sendte|sendes|videresendt|videresendte|videresendes|henvist|henviste|henvises)\s+(?:[\p{L}-]+\s+){0,2}?(?:to|til)\s+(?:the\s+)?$/iu;

function isDestination(question: string, at: number): boolean {
  return DESTINATION_BEFORE.test(question.slice(Math.max(0, at - 80), at));
}

/** The usual short form of a committee: initials of its parts plus U ("Social- og Beskæftigelsesudvalget" → "SBU"). */
export function shortForm(body: string): string | null {
  const words = body.split(/[\s,-]+/).filter((w) => w && !/^(og|for|i|and|of)$/i.test(w));
  if (words.length === 0) return null;
  const letters = words.map((w) => w.charAt(0).toUpperCase()).join("");
  const last = words[words.length - 1] ?? "";
  if (/udvalg(et)?$/i.test(last) && !/^udvalg/i.test(last)) return `${letters}U`;
  return letters.length >= 2 ? letters : null;
}

/**
 * Every short form a committee goes by: the one above, and for a name of three or more parts also its initials
 * without the U ("Klima-, Teknik- og Miljøudvalget": KTMU and KTM; "Skole-, Børne- og Ungeudvalget": SBUU and SBU).
 */
export function shortForms(body: string): string[] {
  const short = shortForm(body);
  if (!short) return [];
  const bare = short.endsWith("U") ? short.slice(0, -1) : "";
  return bare.length >= 3 ? [short, bare] : [short];
}

const stripPeriod = (name: string) => name.replace(/\s+\d{4}\s*-\s*\d{4}$/, "").trim();

// Patterns are compiled once per name: a question is read against every body of the index.
const PATTERNS = new Map<string, RegExp>();

function memoPattern(key: string, make: () => RegExp): RegExp {
  let re = PATTERNS.get(key);
  if (!re) {
    re = make();
    PATTERNS.set(key, re);
  }
  return re;
}

/** A body's name in folded letters, its definite ending optional, with the endings a question adds. */
function exactNamePattern(body: string): RegExp {
  return memoPattern(`name\u0000${body}`, () => {
    const stem = escapeRegExp(foldLetters(body).replace(/(et|en)$/u, ""))
      .replace(/-/g, "-?")
      .replace(/\s+/g, "\\s+");
    return new RegExp(`(?<![\\p{L}\\p{N}])${stem}(?:et|en|s|ets|ens)?(?![\\p{L}\\p{N}])`, "gu");
  });
}

/** A phrase standing as whole words (not followed by `alsoNotAfter` either). */
function wordPattern(phrase: string, flags: string, alsoNotAfter = ""): RegExp {
  return memoPattern(`${flags}\u0000${alsoNotAfter}\u0000${phrase}`, () => {
    return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}${alsoNotAfter}])`, flags);
  });
}

/**
 * Bodies named in the question, longest name first so "Social- og Beskæftigelsesudvalget" wins over
 * "Beskæftigelsesudvalget". Definite and indefinite forms match ("beskæftigelsesudvalg").
 */
export function findBodies(
  question: string,
  bodies: readonly string[],
  municipalities: readonly string[] = [],
): BodyMention[] {
  const found: BodyMention[] = [];
  const free = (s: number, e: number) => !found.some((f) => s < f.end && f.start < e);
  const folded = foldLetters(question);
  const names = [...new Set(bodies.map(stripPeriod))].sort((a, b) => b.length - a.length);
  for (const body of names) {
    // A name that is itself a generic word ("Byrådet", "Kommunalbestyrelsen") is any municipality's: see below.
    if (GENERIC_NAMES.has(body.toLowerCase())) continue;
    for (const m of folded.matchAll(exactNamePattern(body))) {
      // Folding changes lengths (æ → ae): map the match back to the question's offsets.
      const s = unfoldOffset(question, m.index ?? 0);
      const e = unfoldOffset(question, (m.index ?? 0) + m[0].length);
      if (free(s, e)) found.push({ body, how: "exact", start: s, end: e });
    }
  }
  for (const body of names) {
    for (const short of shortForms(body)) {
      if (short.length < 2) continue;
      for (const m of question.matchAll(wordPattern(short, "gu"))) {
        const s = m.index ?? 0;
        if (free(s, s + m[0].length)) found.push({ body, how: "short", start: s, end: s + m[0].length });
      }
    }
  }
  for (const g of GENERIC_BODIES) {
    const kind = names.filter((n) => g.fits.test(n));
    if (kind.length === 0) continue;
    const add = (s: number, e: number) => {
      // "How did A vote on Byrådets anvendelse af spørgsmål/svar?": a council's possessive in a title is no body asked
      // about ("Hvad var byrådets beslutning om …?" is).
      if (!free(s, e) || namesOtherCouncil(question, s) || isDestination(question, s)) return;
      if (/(?:s|'s|’s)$/u.test(question.slice(s, e)) && inTopic(question, s)) return;
      for (const body of kind) found.push({ body, how: "generic", start: s, end: e });
    };
    for (const phrase of g.phrases) {
      // A council's own Danish name means that kind of council only: "Borgerrepræsentationen" is Copenhagen's, never
      // another municipality's Byrådet (then no indexed body fits, and the answer says so).
      const own = OWN_COUNCIL_NAMES.find((n) => phrase.startsWith(n));
      if (own && !kind.some((k) => k.toLowerCase().includes(own))) continue;
      for (const m of question.matchAll(wordPattern(phrase, "giu", "-"))) {
        const s = m.index ?? 0;
        add(s, s + m[0].length);
      }
    }
    if (g === GENERIC_BODIES[0]) {
      for (const place of municipalities) {
        const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(place)}${COUNCIL_AFTER_PLACE}`, "giu");
        for (const m of question.matchAll(re)) {
          const word = m[1] ?? "";
          const s = (m.index ?? 0) + m[0].length - word.length;
          add(s, s + word.length);
        }
      }
    }
  }
  // Several bodies can share one description ("the technical committee"): test them all against what came before.
  found.push(...findBodiesByWords(question, names).filter((m) => free(m.start, m.end)));
  for (const m of findMisspeltBodies(question, names)) if (free(m.start, m.end)) found.push(m);
  return found.sort((a, b) => a.start - b.start);
}

/** How close a misspelt one-word body name must be (Jaro-Winkler on folded letters). */
export const BODY_TYPO_THRESHOLD = 0.94;

/** One-word body names written with a typo ("Beskæftigelsesudvalgt", "Økonomiudvalet"). */
export function findMisspeltBodies(question: string, bodies: readonly string[]): BodyMention[] {
  const single = bodies.filter((b) => !/\s/.test(b)).map((b) => ({ body: b, folded: foldLetters(b) }));
  const out: BodyMention[] = [];
  for (const t of tokenize(question)) {
    // A kind's own words ("byrådets") are read as such (findBodies' generic phrases), never as a typo of a name.
    if (t.text.length < 8 || GENERIC_NAMES.has(t.lower)) continue;
    const folded = foldLetters(t.text);
    let best: { body: string; score: number } | null = null;
    for (const b of single) {
      const score = JaroWinklerDistance(folded, b.folded, {});
      if (score >= BODY_TYPO_THRESHOLD && (!best || score > best.score)) best = { body: b.body, score };
    }
    if (best) out.push({ body: best.body, how: "described", start: t.start, end: t.end });
  }
  return out;
}

// "the social and employment committee", "beskæftigelses udvalget": up to four words before the word for committee.
const DESCRIBED_BODY =
  /(?<![\p{L}\p{N}])((?:[\p{L}-]+\s+){1,5}?)(?:committee|board|udvalget|udvalg)(?![\p{L}\p{N}])/giu;
const LINK_WORDS = new Set(["and", "og", "&", "the", "for", "of", "den", "det"]);

/** Two words that are the same Danish stem, give or take a linking -s- or an ending ("beskæftigelse"/"beskæftigelses"). */
function sameStem(a: string, b: string): boolean {
  const x = a.replace(/s$/u, "");
  const y = b.replace(/s$/u, "");
  const n = Math.min(x.length, y.length);
  return (
    n >= 4 &&
    (x.startsWith(y.slice(0, Math.max(4, y.length - 2))) || y.startsWith(x.slice(0, Math.max(4, x.length - 2))))
  );
}

/**
 * Bodies described by their subject, in English or Danish: "the employment committee" → Beskæftigelsesudvalget,
 * "social and employment committee" → Social- og Beskæftigelsesudvalget. Every subject word of the body's name must
 * be given; of several bodies that fit, the one with the most subject words wins.
 */
export function findBodiesByWords(question: string, bodies: readonly string[]): BodyMention[] {
  const out: BodyMention[] = [];
  for (const m of question.matchAll(DESCRIBED_BODY)) {
    const words = tokenize(m[1] ?? "")
      .map((t) => t.lower.replace(/-$/u, ""))
      .filter((w) => !LINK_WORDS.has(w));
    if (words.length === 0) continue;
    const danish: string[] = [...words];
    for (let i = 0; i < words.length; i++) {
      const phrase = longestPhraseAt(words, i);
      if (phrase) danish.push(...translate(phrase.phrase));
    }
    let best: { body: string; parts: number } | null = null;
    for (const body of bodies) {
      const parts = bodyWords(body);
      if (parts.length === 0 || !parts.every((p) => danish.some((w) => sameStem(w, p)))) continue;
      if (!best || parts.length > best.parts) best = { body, parts: parts.length };
    }
    if (best) {
      const start = m.index ?? 0;
      out.push({ body: best.body, how: "described", start, end: start + m[0].length });
      continue;
    }
    // A capitalised "Teknisk Udvalg" is a body's own name: when no indexed body has all its words, it is another
    // body (said so in the answer), not a description of one that shares a word.
    const named = /^\p{Lu}/u.test(m[0].slice((m[1] ?? "").length));
    const partial = named ? null : describedInPart(m[1] ?? "", bodies);
    if (partial) {
      const start = (m.index ?? 0) + partial.offset;
      for (const body of partial.bodies) out.push({ body, how: "described", start, end: (m.index ?? 0) + m[0].length });
    }
  }
  return out;
}

/**
 * Bodies named by some of their subject words right before "committee" ("the technical committee" → Teknik- og
 * Miljøudvalget): the few indexed bodies that have them all (a municipality in the question picks among them, see
 * `understand`), and where those words start in `words`.
 */
function describedInPart(words: string, bodies: readonly string[]): { bodies: string[]; offset: number } | null {
  const tokens = tokenize(words);
  const parts = bodies.map((body) => ({ body, parts: bodyWords(body) })).filter((b) => b.parts.length > 0);
  const fits = (word: string, bodyParts: readonly string[]) =>
    [word, ...translate(word)].some((w) => bodyParts.some((p) => sameStem(w, p)));
  let candidates = parts;
  let offset = -1;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i];
    if (!t) break;
    const word = t.lower.replace(/-$/u, "");
    if (LINK_WORDS.has(word)) continue;
    const next = candidates.filter((b) => fits(word, b.parts));
    if (next.length === 0) break;
    candidates = next;
    offset = t.start;
  }
  if (offset < 0 || candidates.length > MAX_PARTIAL_BODIES) return null;
  return { bodies: candidates.map((b) => b.body), offset };
}

/** More bodies than this sharing the words means the words name none of them. */
const MAX_PARTIAL_BODIES = 3;

/** Words of a committee's name that carry its subject ("social", "beskæftigelse"), for loose matching. */
export function bodyWords(body: string): string[] {
  return tokenize(body.replace(/udvalget$|udvalg$/i, ""))
    .map((t) => t.lower.replace(/-$/, ""))
    .filter((w) => w.length > 2 && w !== "og");
}
