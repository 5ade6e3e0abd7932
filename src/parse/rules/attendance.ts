// "Fraværende: X og Y." and "X (C) var mødt som stedfortræder for Y (C)." — who was away and who stood in.
import { HEADER_LABELS, SUBSTITUTE_PATTERN } from "../lexicon.ts";
import { readPeopleList } from "../members.ts";
import type { Rule } from "./fragment.ts";

const ABSENT = new RegExp(`^(?:${HEADER_LABELS.absent.join("|")})\\s*:\\s*(.+)$`, "iu");
const NOT_PRESENT =
  /^(.+?)\s+(?:var\s+fraværende|deltog\s+ikke\s+i\s+mødet|havde\s+meldt\s+afbud|var\s+ikke\s+til\s+stede)\b/iu;

export const absentees: Rule = {
  name: "absentees",
  example: "Fraværende: Betina Svinggaard og John Calberg.",
  scope: "sentence",
  read(sentence) {
    const m = ABSENT.exec(sentence.trim()) ?? NOT_PRESENT.exec(sentence.trim());
    if (!m) return null;
    const names = readPeopleList(m[1] ?? "")
      .entries.map((e) => e.name)
      .filter((n): n is string => n !== null);
    return names.length > 0 ? { fragments: [{ kind: "absent", names }] } : null;
  },
};

export const substitute: Rule = {
  name: "substitute",
  example: "Per Hansen (C) var mødt som stedfortræder for Kristina Kongsted (C).",
  scope: "sentence",
  read(sentence) {
    const labelled = /^stedfortrædere?\s*:\s*(.+?)\s+for\s+(.+)$/iu.exec(sentence.trim());
    if (labelled) {
      const who = readPeopleList(labelled[1] ?? "").entries[0];
      const forWhom = readPeopleList(labelled[2] ?? "").entries[0];
      if (who?.name)
        return { fragments: [{ kind: "substitute", name: who.name, party: who.party, for: forWhom?.name ?? null }] };
    }
    const m = SUBSTITUTE_PATTERN.exec(sentence);
    if (!m) return null;
    const who = readPeopleList(sentence.slice(0, m.index)).entries[0];
    const forWhom = readPeopleList(sentence.slice((m.index ?? 0) + m[0].length)).entries[0];
    if (!who?.name) return null;
    return { fragments: [{ kind: "substitute", name: who.name, party: who.party, for: forWhom?.name ?? null }] };
  },
};
