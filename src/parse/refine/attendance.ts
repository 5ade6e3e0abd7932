// Settles the meeting's attendance once all items and votes are known: absence for some items is mapped to the
// meeting's own item numbers, a member is never called absent from an item they voted on, and a substitute whose
// sentence names nobody ("Y mødte som stedfortræder") stands in for the one absentee left without one.
import type { Member, PartialAbsence, Vote } from "../../domain/index.ts";
import { resolveScope } from "../rules/item-scope.ts";
import type { PartialReading } from "./block-votes.ts";

type Substitute = { name: string; party: string | null; for: string | null };

export interface AttendanceInput {
  items: readonly number[];
  votes: readonly Vote[];
  absent: readonly string[];
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

/** The items on which a member is named in a vote (for, against or abstaining). */
function votedItems(name: string, votes: readonly Vote[]): Set<number> {
  const out = new Set<number>();
  for (const v of votes) if ([...v.for, ...v.against, ...v.abstain].some((e) => same(e.name, name))) out.add(v.item);
  return out;
}

export function settleAttendance(input: AttendanceInput): SettledAttendance {
  const absent = [...input.absent];
  const byName = new Map<string, PartialAbsence>();
  for (const reading of input.partial) {
    for (const m of reading.members) {
      const voted = votedItems(m.name, input.votes);
      // Absent from an item they voted on: the vote wins; the sentence stays as the evidence of the rest.
      const items = resolveScope(reading.scope, input.items).filter((n) => !voted.has(n));
      if (items.length === 0) continue;
      if (items.length === input.items.length && voted.size === 0) {
        if (!absent.some((a) => same(a, m.name))) absent.push(m.name);
        continue;
      }
      const key = m.name.toLowerCase();
      const seen = byName.get(key);
      if (seen) {
        seen.items = [...new Set([...seen.items, ...items])].sort((a, b) => a - b);
        if (!seen.text.includes(reading.text)) seen.text = `${seen.text} ${reading.text}`;
      } else byName.set(key, { name: m.name, party: m.party, items, text: reading.text });
    }
  }
  const partialAbsence = [...byName.values()].filter((p) => !absent.some((a) => same(a, p.name)));

  // "Kim Vad (V) mødte som stedfortræder": for the one absentee (of the same party, when known) nobody replaced.
  const partyOf = (name: string) => input.members.find((m) => same(m.name, name))?.party ?? null;
  const substitutes = input.substitutes.map((s) => ({ ...s }));
  for (const s of substitutes) {
    if (s.for !== null) continue;
    const open = absent.filter((a) => !substitutes.some((o) => same(o.for, a)));
    const party = s.party ?? partyOf(s.name);
    const fits = party ? open.filter((a) => (partyOf(a) ?? party) === party) : open;
    if (fits.length === 1 && fits[0]) s.for = fits[0];
  }
  return { absent, partialAbsence, substitutes };
}
