// Settles the meeting's attendance once all items and votes are known: absence for some items is mapped to the
// meeting's own item numbers, a member is never called absent from an item they voted on at this meeting (a vote
// quoted from another meeting proves nothing), an absence stated in items' decision blocks (or recorded per item by
// the publishing system) is an absence from the whole meeting when it covers every item that records a decision and
// from those items only otherwise, and a substitute whose sentence names nobody ("Y mødte som stedfortræder") stands
// in for the one absentee left without one.
import type { Member, PartialAbsence, Vote } from "../../domain/index.ts";
import { absentees, partialAbsence, substitute } from "../rules/attendance.ts";
import { resolveScope } from "../rules/item-scope.ts";
import type { PartialReading } from "./block-votes.ts";

type Substitute = { name: string; party: string | null; for: string | null };

export interface AttendanceInput {
  /** The meeting's day: votes of other days are quoted from other meetings. */
  date: string;
  items: readonly number[];
  votes: readonly Vote[];
  /** Absent from the whole meeting, as the header (or its notes) lists them. */
  absent: readonly string[];
  /** Absences stated in an item's own decision block ("Fraværende: X" under the decision). */
  absentAt: readonly { name: string; item: number; text: string }[];
  /**
   * Absences the publishing system records per item (FirstAgenda's `ExternalAgendaItemAttendees`), `text` as the
   * system words it ("Fraværende: X"): quoted only when no decision block states the absence.
   */
  recorded?: readonly { name: string; item: number; text: string }[];
  /**
   * The items that record a decision at this meeting (not "Underskriftsark" with a decision of "."); all when none.
   * Given as a function, it is asked only when some absence is stated: reading every decision of a meeting that
   * records nobody away (most meetings, and every long one of the parse bench) for attendance words found nothing.
   */
  decided?: readonly number[] | (() => readonly number[]);
  /**
   * The publishing system keeps attendance per item (FirstAgenda): an absence stated under one item is an absence
   * from that item. Otherwise one statement under one item is taken as the meeting's note (the first item often holds
   * the notes for the whole meeting); stated under several items but not all, it is an absence from those items.
   */
  perItem?: boolean;
  partial: readonly PartialReading[];
  substitutes: readonly Substitute[];
  members: readonly Member[];
}

export interface SettledAttendance {
  absent: string[];
  partialAbsence: PartialAbsence[];
  substitutes: Substitute[];
}

const same = (a: string | null | undefined, b: string | null | undefined) =>
  Boolean(a && b && a.toLowerCase() === b.toLowerCase());

/** A sentence compared without case, spacing and full stops. */
const sentenceKey = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\s.]+/gu, " ")
    .trim();

/**
 * A decision text that records a decision: some words beside who was away ("Underskriftsark" decided as ".", or an
 * empty decision with only "Afbud: X" under it, records none).
 */
/** Two whitespace characters in a row: a line worth tidying (most are not, and copying a long line costs). */
const RUN = /\s\s/u;

export function recordsDecision(text: string): boolean {
  const attendance = [absentees, partialAbsence, substitute];
  // Each line as the sentence rules see one, whitespace runs as one space: the rules' patterns are not written for
  // runs of thousands of spaces. (Their cues are not tested first: on one very long line the anchored patterns fail
  // at once, while a cue would scan it all.)
  return text.split(/\n+/u).some((raw) => {
    if (!/\p{L}/u.test(raw)) return false;
    const line = RUN.test(raw) ? raw.replace(/\s+/gu, " ").trim() : raw.trim();
    return !attendance.some((rule) => rule.read(line) !== null);
  });
}

/** The items on which a member is named in a vote (for, against or abstaining). */
function votedItems(name: string, votes: readonly Vote[]): Set<number> {
  const out = new Set<number>();
  for (const v of votes) if ([...v.for, ...v.against, ...v.abstain].some((e) => same(e.name, name))) out.add(v.item);
  return out;
}

export function settleAttendance(input: AttendanceInput): SettledAttendance {
  const votes = input.votes.filter((v) => v.date === input.date);
  const partyOf = (name: string) => input.members.find((m) => same(m.name, name))?.party ?? null;
  const absent = [...input.absent];
  // Absent from every item that records a decision: absent from the meeting. Worked out when first needed.
  let decided: readonly number[] | undefined;
  const scope = (): readonly number[] => {
    decided ??= typeof input.decided === "function" ? input.decided() : (input.decided ?? []);
    return decided.length > 0 ? decided : input.items;
  };
  const coversAll = (items: readonly number[]) => scope().every((n) => items.includes(n));
  // "Fraværende: X" in items' decision blocks, and the system's own record per item: recorded absent (listed in
  // `absent`), from the whole meeting when it covers every decided item they did not vote on, else from those items.
  const readings: PartialReading[] = [...input.partial];
  type Stated = { name: string; items: Set<number>; texts: Set<string>; recordedTexts: Set<string> };
  const stated = new Map<string, Stated>();
  const statedOf = (name: string) => {
    const key = name.toLowerCase();
    const s = stated.get(key) ?? { name, items: new Set<number>(), texts: new Set<string>(), recordedTexts: new Set() };
    stated.set(key, s);
    return s;
  };
  for (const a of input.absentAt) {
    const s = statedOf(a.name);
    s.items.add(a.item);
    // The same sentence under several items ("Fraværende: X og Y." and "Fraværende: X og Y") is quoted once.
    if (![...s.texts].some((t) => sentenceKey(t) === sentenceKey(a.text))) s.texts.add(a.text);
  }
  for (const r of input.recorded ?? []) {
    const s = statedOf(r.name);
    s.items.add(r.item);
    s.recordedTexts.add(r.text);
  }
  // Listed absent from the meeting and named in a vote of it: absent from the decided items they did not vote on
  // (unless a sentence says for which items: "X ankom under punkt 3").
  const partlyRead = (name: string) => input.partial.some((r) => r.members.some((m) => same(m.name, name)));
  for (const name of input.absent) {
    if (votedItems(name, votes).size === 0 || partlyRead(name)) continue;
    const s = statedOf(name);
    for (const n of scope()) s.items.add(n);
    if (s.texts.size === 0) s.recordedTexts.add(`Fraværende: ${name}`);
  }
  const bounded = new Set<string>();
  for (const { name, items, texts, recordedTexts } of stated.values()) {
    if (!absent.some((a) => same(a, name))) absent.push(name);
    const voted = votedItems(name, votes);
    const away = [...items].filter((n) => !voted.has(n));
    const partly = partlyRead(name);
    const whole =
      input.absent.some((a) => same(a, name)) || coversAll(away) || (input.perItem !== true && items.size === 1);
    if (voted.size === 0 && !partly && whole) continue;
    bounded.add(name.toLowerCase());
    readings.push({
      members: [{ name, party: partyOf(name) }],
      scope: { kind: "items", items: away },
      text: [...(texts.size > 0 ? texts : recordedTexts)].join(" "),
    });
  }
  const byName = new Map<string, PartialAbsence>();
  for (const reading of readings) {
    for (const m of reading.members) {
      const voted = votedItems(m.name, votes);
      // Absent from an item they voted on: the vote wins; the sentence stays as the evidence of the rest.
      const items = resolveScope(reading.scope, input.items).filter((n) => !voted.has(n));
      // A time and no item ("forlod mødet kl. 18.15"): partly absent, the items not known.
      const time = reading.scope.kind === "time" ? reading.scope : null;
      if (items.length === 0 && !time) continue;
      if (items.length > 0 && coversAll(items) && voted.size === 0) {
        if (!absent.some((a) => same(a, m.name))) absent.push(m.name);
        bounded.delete(m.name.toLowerCase());
        continue;
      }
      const key = m.name.toLowerCase();
      const seen = byName.get(key);
      const times = {
        ...(time?.from ? { from: time.from } : {}),
        ...(time?.until ? { until: time.until } : {}),
      };
      if (seen) {
        seen.items = [...new Set([...seen.items, ...items])].sort((a, b) => a - b);
        if (!seen.text.includes(reading.text)) seen.text = `${seen.text} ${reading.text}`;
        Object.assign(seen, times);
      } else byName.set(key, { name: m.name, party: m.party, items, text: reading.text, ...times });
    }
  }
  // A member recorded absent is absent from the whole meeting unless their absence is bounded to some items; bounded
  // to none (every item it was stated under, they voted on), they were not absent.
  for (const name of bounded) {
    if (byName.has(name)) continue;
    const at = absent.findIndex((a) => same(a, name));
    if (at >= 0) absent.splice(at, 1);
  }
  const partialAbsence = [...byName.values()].filter(
    (p) => bounded.has(p.name.toLowerCase()) || !absent.some((a) => same(a, p.name)),
  );

  // "Kim Vad (V) mødte som stedfortræder": for the one absentee (of the same party, when known) nobody replaced.
  // The same note under every item ("Afbud: X (Stedfortræder: Y)" in each decision) names one substitute once.
  const substitutes: Substitute[] = [];
  for (const s of input.substitutes) {
    const seen = substitutes.find(
      (o) => same(o.name, s.name) && (same(o.for, s.for) || s.for === null || o.for === null),
    );
    if (!seen) substitutes.push({ ...s });
    else if (seen.for === null && s.for !== null) seen.for = s.for;
  }
  for (const s of substitutes) {
    if (s.for !== null) continue;
    const open = absent.filter((a) => !substitutes.some((o) => same(o.for, a)));
    const party = s.party ?? partyOf(s.name);
    const fits = party ? open.filter((a) => (partyOf(a) ?? party) === party) : open;
    if (fits.length === 1 && fits[0]) s.for = fits[0];
  }
  return { absent, partialAbsence, substitutes };
}
