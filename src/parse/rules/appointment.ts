// Elections and appointments recorded in a decision block: "Valgt blev: Anne Lund (A) og Per Vang (V)", "Som medlem
// valgtes Ole Krog (C)", "Bjarke Abel (A) blev valgt som formand for Social- og Handicapudvalget", "Kultur- og
// Fritidsudvalget udpegede Lone Mortensen (V) og Charlotte Levin (A) til Greve Museums bestyrelse", "Udvalget godkendte,
// at X (A) udpeges som ny repræsentant til bestyrelsen". One ordered table of shapes, each with a real-shaped example;
// the people must read as a complete list of named persons, the role must end in a role noun, else nothing is read.
import { APPOINTMENT_ROLE_ADJECTIVES, APPOINTMENT_ROLE_NOUNS } from "../lexicon.ts";
import { readPeopleList } from "../members.ts";
import { splitSentences } from "../sentences.ts";
import type { Rule } from "./fragment.ts";

/** One person elected or appointed, as a clause says. */
export interface AppointmentReading {
  name: string;
  party: string | null;
  role: string | null;
  to: string | null;
}

/** What a shape finds in a clause: the list of people, and the role ("som …") or the body ("til …") as written. */
interface ShapeParts {
  list: string;
  /** "formand for Social- og Handicapudvalget", "ny repræsentant til bestyrelsen", "medlem af Ældrerådet". */
  role?: string;
  to?: string;
}

export interface AppointmentShape {
  name: string;
  example: string;
  pattern: RegExp;
  parts(m: RegExpExecArray): ShapeParts | null;
}

/** A list, then "som <role>" or "til <body>" (lazy: the first "som"/"til" after the list ends it). */
const LIST_THEN_ROLE = /^(.+?)(?:\s+som\s+(.+)|\s+til\s+(.+))?$/u;
const listThenRole = (tail: string): ShapeParts | null => {
  const m = LIST_THEN_ROLE.exec(tail.trim());
  return m ? { list: m[1] ?? "", role: m[2], to: m[3] } : null;
};

/** The subject of an active appointment: a body, not a person ("Kultur- og Fritidsudvalget udpegede …"). */
const BODY_SUBJECT =
  /(?:udvalg|udvalget|byråd|byrådet|kommunalbestyrelsen|bestyrelsen|rådet|magistraten|borgerrepræsentationen)$/iu;

/** Ordered: the first shape whose pattern matches a clause reads it. */
export const APPOINTMENT_SHAPES: readonly AppointmentShape[] = [
  {
    name: "valgt-blev",
    example: "Valgt blev: Anne Lund (A) og Per Vang (V).",
    pattern: /^(?:gen)?(?:valgt|udpeget)\s+blev\s*:?\s+(.+)$/iu,
    parts: (m) => listThenRole(m[1] ?? ""),
  },
  {
    name: "role-first",
    example: "Som medlem valgtes Ole Krog (C)",
    pattern: /^(?:som\s+(.{1,80}?)|til\s+(.{1,100}?))\s+(?:gen)?(?:valgtes|udpegedes)\s*:?\s+(.+)$/iu,
    parts: (m) => ({ list: m[3] ?? "", role: m[1], to: m[2] }),
  },
  {
    name: "passive",
    example: "Bjarke Abel (A) blev valgt som formand for Social- og Handicapudvalget.",
    pattern: /^(.+?)\s+blev\s+(?:gen)?(?:valgt|udpeget)\s+(?:som\s+(.+)|til\s+(.+))$/iu,
    parts: (m) => ({ list: m[1] ?? "", role: m[2], to: m[3] }),
  },
  {
    name: "body-active",
    example:
      "Kultur- og Fritidsudvalget udpegede Lone Mortensen (V) og Charlotte Levin (A) til Greve Museums bestyrelse",
    pattern: /^(.{1,80}?)\s+(?:gen)?(?:valgte|udpegede)\s+(.+)$/iu,
    parts: (m) => (BODY_SUBJECT.test((m[1] ?? "").trim()) ? listThenRole(m[2] ?? "") : null),
  },
  {
    name: "approved-appointment",
    example: "Udvalget godkendte, at Maria Holdt Witthøft (A) udpeges som ny repræsentant til bestyrelsen.",
    pattern: /^(.{1,80}?)\s+godkendte,?\s+at\s+(.+?)\s+(?:gen)?(?:udpeges|vælges)(?:\s+som\s+(.+)|\s+til\s+(.+))?$/iu,
    parts: (m) => ({ list: m[2] ?? "", role: m[3], to: m[4] }),
  },
];

const ROLE_NOUN = new RegExp(`(?:${APPOINTMENT_ROLE_NOUNS.join("|")})$`, "iu");
const ROLE_ADJECTIVE = new RegExp(`^(?:${APPOINTMENT_ROLE_ADJECTIVES.join("|")})\\s+`, "iu");
/** "formand for X", "medlem af X", "repræsentant til X", "suppleant i X": the role, then the body. */
const ROLE_AND_BODY = /^(\S+(?:\s+\S+){0,2}?)\s+(?:for|af|til|i)\s+(.+)$/u;

/** The role and body of "ny formand for Social- og Handicapudvalget"; null when it is no role ("som følge af …"). */
function roleAndBody(text: string): { role: string; to: string | null } | null {
  const t = text.trim().replace(ROLE_ADJECTIVE, "");
  const split = ROLE_AND_BODY.exec(t);
  const role = (split ? split[1] : t) ?? "";
  if (role.split(/\s+/u).length > 3 || !ROLE_NOUN.test(role)) return null;
  return { role, to: split ? (split[2] ?? "").trim() : null };
}

/** A clause's appointments, or null when no shape reads it. */
export function readAppointmentClause(clause: string): AppointmentReading[] | null {
  const text = clause.trim().replace(/[.;]+$/u, "");
  for (const shape of APPOINTMENT_SHAPES) {
    const m = shape.pattern.exec(text);
    if (!m) continue;
    const parts = shape.parts(m);
    if (!parts) continue;
    let role: string | null = null;
    let to = parts.to?.trim() || null;
    if (parts.role !== undefined) {
      const r = roleAndBody(parts.role);
      if (!r) continue;
      role = r.role;
      to = r.to ?? to;
    }
    const people = readPeopleList(parts.list);
    if (!people.complete || people.entries.some((e) => e.name === null)) continue;
    return people.entries.map((e) => ({ name: e.name ?? "", party: e.party, role, to }));
  }
  return null;
}

/** "…, og som stedfortræder valgtes …": a second clause of the same sentence, read on its own. */
const NEXT_CLAUSE = /,?\s+og\s+(?=(?:som|til)\s+\S.*?\s(?:gen)?(?:valgtes|udpegedes)\s)|;\s+/iu;

/** The appointments a decision block's text records, each with the sentence it was read from. */
export function readAppointments(text: string): (AppointmentReading & { text: string })[] {
  if (!/valg|udpeg/iu.test(text)) return [];
  const out: (AppointmentReading & { text: string })[] = [];
  for (const paragraph of text.split(/\n\s*\n/u))
    for (const sentence of splitSentences(paragraph)) {
      if (!/valg|udpeg/iu.test(sentence)) continue;
      for (const clause of sentence.split(NEXT_CLAUSE))
        for (const a of readAppointmentClause(clause) ?? []) out.push({ ...a, text: sentence });
    }
  return out;
}

/**
 * An appointment is no vote: the sentence is explained, not kept as an unread vote statement. After the vote rules in
 * the registry, so an election written with its votes ("… blev valgt med 15 stemmer mod 10") is still read as a vote.
 */
export const appointment: Rule = {
  name: "appointment",
  example: "Valgt blev: Anne Lund (A) og Per Vang (V).",
  scope: "sentence",
  cue: /valg|udpeg/iu,
  read(sentence) {
    return sentence.split(NEXT_CLAUSE).some((c) => readAppointmentClause(c) !== null)
      ? { fragments: [{ kind: "noVote" }] }
      : null;
  },
};
