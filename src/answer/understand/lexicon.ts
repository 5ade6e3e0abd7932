// The vocabulary a question is read against that comes from the indexed minutes: members, bodies, municipalities, letters.

import type { Meeting } from "../../domain/index.ts";
import { PARTIES } from "../../domain/index.ts";

export interface RosterMember {
  name: string;
  /** The party letter the minutes give this member, when any document does. */
  party: string | null;
}

export interface Lexicon {
  members: readonly RosterMember[];
  /** Committees and other bodies (Byrådet, Økonomiudvalget…) as the minutes name them, without period suffixes. */
  bodies: readonly string[];
  municipalities: readonly string[];
  /** Ballot letters: the national parties plus local lists seen in the minutes. */
  partyLetters: ReadonlySet<string>;
  /** Every day something happened in the indexed minutes: meetings, decision blocks, votes (ISO). */
  dates: ReadonlySet<string>;
  /** The municipalities each body met or decided in, to tell apart councils of the same generic name. */
  bodyMunicipalities: ReadonlyMap<string, ReadonlySet<string>>;
}

const tidy = (name: string) => name.normalize("NFC").replace(/\s+/g, " ").trim();

/** Collects the roster, bodies and municipalities of every indexed meeting. */
export function buildLexicon(meetings: readonly Meeting[], extraMunicipalities: readonly string[] = []): Lexicon {
  // The same names and bodies recur in every meeting: tidy each spelling once.
  const tidied = new Map<string, string>();
  const clean = (name: string) => {
    let out = tidied.get(name);
    if (out === undefined) {
      out = tidy(name);
      tidied.set(name, out);
    }
    return out;
  };
  const members = new Map<string, RosterMember>();
  const keys = new Map<string, { name: string; key: string; single: boolean }>();
  const addMember = (name: string | null | undefined, party: string | null | undefined) => {
    if (!name) return;
    let spelling = keys.get(name);
    if (!spelling) {
      const n = clean(name);
      spelling = { name: n, key: n.toLowerCase(), single: !n.includes(" ") };
      keys.set(name, spelling);
    }
    if (spelling.single && !party) return; // a lone first name is no roster entry
    const known = members.get(spelling.key);
    if (!known) members.set(spelling.key, { name: spelling.name, party: party ?? null });
    else if (!known.party && party) known.party = party;
  };
  const bodies = new Set<string>();
  const municipalities = new Set<string>(extraMunicipalities.map(clean));
  const letters = new Set(PARTIES.map((p) => p.letter));
  const dates = new Set<string>();
  const bodyMunicipalities = new Map<string, Set<string>>();
  const seenIn = (body: string, municipality: string | null) => {
    if (!municipality) return;
    let set = bodyMunicipalities.get(body);
    if (!set) {
      set = new Set();
      bodyMunicipalities.set(body, set);
    }
    set.add(municipality);
  };
  for (const m of meetings) {
    const place = m.municipality ? clean(m.municipality) : null;
    dates.add(m.date);
    for (const x of m.members) addMember(x.name, x.party);
    for (const v of m.votes) {
      for (const entries of [v.for, v.against, v.abstain]) {
        for (const e of entries) {
          addMember(e.name, e.party);
          if (e.party) letters.add(e.party);
        }
      }
      if (v.proposedBy?.party) letters.add(v.proposedBy.party);
      bodies.add(clean(v.body));
      seenIn(clean(v.body), place);
      dates.add(v.date);
    }
    for (const s of m.substitutes) {
      addMember(s.name, s.party);
      addMember(s.for, null);
    }
    for (const n of m.participants) addMember(n, null);
    for (const n of m.absent) addMember(n, null);
    bodies.add(clean(m.committee));
    seenIn(clean(m.committee), place);
    for (const item of m.items) {
      for (const d of item.decisions) {
        bodies.add(clean(d.body));
        seenIn(clean(d.body), place);
        if (d.date) dates.add(d.date);
      }
    }
    if (m.municipality) municipalities.add(clean(m.municipality));
  }
  return {
    members: [...members.values()],
    bodies: [...bodies],
    municipalities: [...municipalities],
    partyLetters: letters,
    dates,
    bodyMunicipalities,
  };
}
