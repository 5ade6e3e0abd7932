// The document's roster: every member named with a party anywhere, so a later mention without the letter gets it.
import type { Member, VoteEntry } from "../../domain/index.ts";
import { isPersonName, partyRef } from "../members.ts";
import { eachMatch } from "../text-scan.ts";

const NAMED =
  /((?:[A-ZÆØÅ][\p{L}'’-]+|[A-ZÆØÅ]\.)(?:\s+(?:[A-ZÆØÅ][\p{L}'’-]+|[A-ZÆØÅ]\.|von|van|de|la|af)){1,4})\s*\(\s*([A-ZÆØÅ]{1,3})\s*\)/gu;

export class Roster {
  private readonly parties = new Map<string, Member>();

  /** Records a member; the first party seen for a name is kept. */
  add(name: string | null | undefined, party: string | null | undefined): void {
    if (!name || !party) return;
    const key = name.toLowerCase();
    if (!this.parties.has(key)) this.parties.set(key, { name, party });
  }

  /** Records every "Name (X)" in a text. */
  scan(text: string): void {
    // Every "Name (X)" has its parenthesis: a text without one (most decision blocks) is not scanned for names.
    if (!text.includes("(")) return;
    for (const m of eachMatch(NAMED, text)) {
      let name = m[1] ?? "";
      // "Centerchef Pernille Madsen (A)" is unlikely; titles are written in lower case ("centerchef"), so only trim leading list words.
      name = name.replace(/^(?:Et|En|Samt|Og|Mens|Herefter|Derefter)\s+/u, "");
      // A name already on the roster keeps its first party: not read again (a member is named in every vote line).
      if (this.parties.has(name.toLowerCase())) continue;
      const party = partyRef(m[2] ?? "");
      if (party && isPersonName(name)) this.add(name, party);
    }
  }

  /** The party of a name, or null when never stated. */
  partyOf(name: string): string | null {
    return this.parties.get(name.toLowerCase())?.party ?? null;
  }

  /** Fills in missing party letters from the roster (the same list when no entry lacks one: most lists). */
  resolve<T extends VoteEntry>(entries: T[]): T[] {
    if (!entries.some((e) => e.name && !e.party)) return entries;
    return entries.map((e) => (e.name && !e.party ? { ...e, party: this.partyOf(e.name) } : e));
  }

  members(): Member[] {
    return [...this.parties.values()];
  }
}
