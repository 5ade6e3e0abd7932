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
}

const clean = (name: string) => name.normalize("NFC").replace(/\s+/g, " ").trim();

/** Collects the roster, bodies and municipalities of every indexed meeting. */
export function buildLexicon(meetings: readonly Meeting[], extraMunicipalities: readonly string[] = []): Lexicon {
  const members = new Map<string, RosterMember>();
  const addMember = (name: string | null | undefined, party: string | null | undefined) => {
    if (!name) return;
    const n = clean(name);
    if (n.split(" ").length < 2 && !party) return; // a lone first name is no roster entry
    const key = n.toLowerCase();
    const known = members.get(key);
    if (!known) members.set(key, { name: n, party: party ?? null });
    else if (!known.party && party) known.party = party;
  };
  const bodies = new Set<string>();
  const municipalities = new Set<string>(extraMunicipalities.map(clean));
  const letters = new Set(PARTIES.map((p) => p.letter));
  for (const m of meetings) {
    for (const x of m.members) addMember(x.name, x.party);
    for (const v of m.votes) {
      for (const e of [...v.for, ...v.against, ...v.abstain]) {
        addMember(e.name, e.party);
        if (e.party) letters.add(e.party);
      }
      if (v.proposedBy?.party) letters.add(v.proposedBy.party);
      bodies.add(clean(v.body));
    }
    for (const s of m.substitutes) {
      addMember(s.name, s.party);
      addMember(s.for, null);
    }
    for (const n of [...m.participants, ...m.absent]) addMember(n, null);
    bodies.add(clean(m.committee));
    for (const item of m.items) for (const d of item.decisions) bodies.add(clean(d.body));
    if (m.municipality) municipalities.add(clean(m.municipality));
  }
  return {
    members: [...members.values()],
    bodies: [...bodies],
    municipalities: [...municipalities],
    partyLetters: letters,
  };
}
