// "Marlene Harpsøe (O) foreslog, at …" / "(O) fremsatte følgende ændringsforslag: "…"" / "X (Ø) stillede forslag om:".
import type { ItemProposal } from "../../domain/index.ts";
import { PROPOSAL_PATTERNS } from "../lexicon.ts";
import { partyRef, readPeopleList } from "../members.ts";
import type { Proposer, Rule } from "./fragment.ts";
import { readProposer } from "./subject.ts";

/** The proposal's own words: quotes and a leading "til <target>:" dropped. */
function proposalText(rest: string): string | null {
  let t = rest.trim();
  const colon = /^(?:til\s+[^"“”:]{0,80})?:\s*/u.exec(t);
  if (colon) t = t.slice(colon[0].length);
  t = t.replace(/^["“”]+|["“”]+\.?$/gu, "").trim();
  return t === "" ? null : t;
}

/**
 * "Ændringsforslag fra Venstre: …", "Ændringsforslag nr. 1 stillet af Det Konservative Folkeparti:" — the proposer after
 * the noun; "Ændringsforslag fra A til ad 1:" (Dragør) names what it amends after the proposer.
 */
const FROM =
  /^(?:ændrings|tillægs|medlems)?forslag(?:\s+nr\.?\s*\d{1,2})?\s+(?:fra|stillet\s+af|fremsat\s+af)\s+(.{1,120}?)(?:\s+til\s+[^:]{1,80})?\s*:\s*(.*)$/iu;

/**
 * "Det foreslås, at der anlægges en cykelsti. (Stillet af Ø)" / "(Stillet af Enhedslisten)" on its own line (København's
 * beslutningsprotokol, after "Det foreslås, 1. at …"): the proposer written under the proposal, the words before it.
 */
const SIGNED = /\(\s*stillet\s+af\s+([^()]{1,160})\)\s*\.?$/iu;

/** "(Stillet af Enhedslisten)" anywhere in an item's case text or recommendation (København's eDoc "Medlemsforslag"). */
const SIGNED_IN_TEXT = /\(\s*stillet\s+af\s+([^()\n]{1,160})\)/iu;

/** The proposer an item's own text names under its proposal, or null. */
export function signedProposer(text: string): Proposer | null {
  if (!/stillet\s+af/iu.test(text)) return null;
  const m = SIGNED_IN_TEXT.exec(text);
  return m ? readProposer(m[1] ?? "") : null;
}

export const proposal: Rule = {
  name: "proposal",
  example: "Allan Berg Mortensen (Ø) stillede forslag om:",
  scope: "sentence",
  // FROM and the first of PROPOSAL_PATTERNS say "forslag", the second "foreslog" / "foreslår", the third "afstemning";
  // SIGNED "stillet af".
  cue: /forslag|foresl|afstemning|stillet\s+af/iu,
  read(sentence) {
    const signed = SIGNED.exec(sentence);
    const signer = signed ? readProposer(signed[1] ?? "") : null;
    if (signed && signer) {
      const before = sentence
        .slice(0, signed.index)
        .trim()
        .replace(/^det\s+foreslås\s*,?\s*/iu, "");
      const text = before === "" ? null : proposalText(before);
      return {
        fragments: [
          { kind: "motion", source: "proposal", label: null, points: [], text, proposer: signer, needsText: false },
        ],
      };
    }
    const from = FROM.exec(sentence.trim());
    if (from) {
      const proposer = readProposer(from[1] ?? "");
      const text = proposalText(from[2] ?? "");
      return {
        fragments: [
          { kind: "motion", source: "proposal", label: null, points: [], text, proposer, needsText: text === null },
        ],
      };
    }
    for (const p of PROPOSAL_PATTERNS) {
      const m = p.exec(sentence);
      if (!m) continue;
      const subject = sentence.slice(0, m.index).trim();
      // The proposer is the subject; "Udvalget foreslog …" still proposes, with nobody named.
      if (subject.length > 160 || /[.!?]$/.test(subject)) continue;
      const proposer = subject === "" ? null : readProposer(subject);
      const rest = sentence.slice((m.index ?? 0) + m[0].length);
      const text = proposalText(rest);
      return {
        fragments: [
          {
            kind: "motion",
            source: "proposal",
            label: null,
            points: [],
            text,
            proposer,
            needsText: text === null || /:\s*$/.test(rest),
          },
        ],
      };
    }
    return null;
  },
};

/**
 * "Forslaget er stillet af: …" / "Forslaget er stillet af SF Aarhus: …" (Aarhus' beslutningsforslag), "Forslaget er
 * fremsat af …": the words naming who put an item's proposal forward. The group before a colon is optional; the list
 * follows the colon (on the same line or in the next paragraph), or the words themselves without one.
 */
const PROPOSED_BY = /(?<![\p{L}])(?:beslutnings|medlems)?forslaget\s+(?:er|blev)\s+(?:stillet|fremsat)\s+af/iu;
/** After those words: an optional group, the colon, the list (the next paragraph when the line ends there). */
const GROUP_COLON_LIST = /^(?:\s+([^:\n]{1,80}?))?\s*:\s*([^\n]{1,600})/u;
/** After those words without a colon on the line: the list itself ("… stillet af Mette Holm (Ø)."). */
const PLAIN_LIST = /^\s+([^\n]{1,600})/u;

/** "SF Aarhus", "Det Konservative Folkeparti Aarhus": a party, with the city or local branch after it dropped. */
function groupParty(group: string): string | null {
  const words = group.trim().split(/\s+/u);
  for (let n = words.length; n > 0; n--) {
    const party = partyRef(words.slice(0, n).join(" "));
    if (party) return party;
  }
  return null;
}

/**
 * Who put an item's proposal forward, read from the item's own texts (case text, recommendation): members with their
 * party ("Name (V)"; the party named before the colon for those without a letter), else the party of "(Stillet af
 * Enhedslisten)". Null when the texts name nobody ("stillet af administrationen").
 */
export function itemProposal(texts: readonly (string | null)[]): ItemProposal | null {
  for (const text of texts) {
    if (!text || !/stillet\s+af|fremsat\s+af/iu.test(text)) continue;
    const m = PROPOSED_BY.exec(text);
    if (m) {
      const rest = text.slice((m.index ?? 0) + m[0].length);
      const colon = GROUP_COLON_LIST.exec(rest);
      const plain = colon ? null : PLAIN_LIST.exec(rest);
      const group = colon?.[1] ?? "";
      const list = colon?.[2] ?? plain?.[1] ?? "";
      const people = readPeopleList(list.trim());
      const party = group === "" ? null : groupParty(group);
      const by = people.entries.map((e) => ({ name: e.name, party: e.party ?? (e.name ? party : null) }));
      if (people.complete && by.length > 0) {
        const said = `${m[0]}${(colon ?? plain)?.[0] ?? ""}`;
        return { by, text: said.replace(/\s+/gu, " ").trim() };
      }
    }
    const signed = SIGNED_IN_TEXT.exec(text);
    const proposer = signed ? readProposer(signed[1] ?? "") : null;
    if (signed && proposer)
      return { by: [{ name: proposer.name ?? null, party: proposer.party ?? null }], text: signed[0] };
  }
  return null;
}
