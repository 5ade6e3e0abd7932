// Reads the `<what>` of "follow <what>" the way questions are read: a case number, a member, a party (letter, name
// or abbreviation), a body, or else a topic in free words; with a municipality when one is named.

import type { Lexicon } from "../answer/understand/lexicon.ts";
import { understand } from "../answer/understand/understand.ts";
import { caseKey } from "../domain/case-number.ts";
import { type Language, partyName } from "../domain/index.ts";
import type { FollowQuery } from "./store.ts";

export interface FollowTarget {
  query: FollowQuery;
  /** What is followed, as the reply restates it: "Enhedslisten (Ø) i Greve". */
  label: string;
  language: Language;
}

/** The short Danish name of a party: "Enhedslisten" for "Enhedslisten – De Rød-Grønne". */
export function shortPartyName(letter: string): string {
  return (partyName(letter, "da").split(/\s+[–-]\s+/)[0] ?? letter).trim();
}

/** Reads `<what>`; null when it names nothing that can be followed. */
export function understandFollow(text: string, lexicon: Lexicon, today: string): FollowTarget | null {
  const u = understand(text, lexicon, { today });
  const municipality = u.municipality ?? "";
  const place = municipality ? (u.language === "da" ? ` i ${municipality}` : ` in ${municipality}`) : "";
  const make = (query: Omit<FollowQuery, "municipality" | "terms"> & { terms?: string[][] }, label: string) => ({
    query: { terms: [], ...query, municipality },
    label: `${label}${place}`,
    language: u.language,
  });
  const key = caseKey(u.caseNumber);
  if (u.caseNumber && key)
    return make({ kind: "case", key }, `${u.language === "da" ? "sag" : "case"} ${u.caseNumber}`);
  if (u.member)
    return make(
      { kind: "member", key: u.member.name },
      u.member.party ? `${u.member.name} (${u.member.party})` : u.member.name,
    );
  if (u.party) return make({ kind: "party", key: u.party }, `${shortPartyName(u.party)} (${u.party})`);
  const body = u.bodies[0];
  if (body && u.topic.concepts.length === 0) return make({ kind: "body", key: body }, body);
  if (u.topic.concepts.length > 0) {
    const terms = u.topic.concepts.map((c) => c.alternatives.map((a) => a.toLowerCase()));
    const words = u.topic.text.trim();
    const label = body ? `"${words}" (${body})` : `"${words}"`;
    return make({ kind: "topic", key: body ? `${words.toLowerCase()}|${body}` : words.toLowerCase(), terms }, label);
  }
  if (body) return make({ kind: "body", key: body }, body);
  return null;
}
