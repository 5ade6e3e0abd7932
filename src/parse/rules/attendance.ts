// "Fraværende: X og Y." and "X (C) var mødt som stedfortræder for Y (C)." — who was away and who stood in.
import { HEADER_LABELS, LIST_MARKER, SUBSTITUTE_PATTERN, SUBSTITUTE_PERIOD } from "../lexicon.ts";
import { isPersonName, partyRef, readPeopleList } from "../members.ts";
import { charIn, eachMatch, trimEndWhere } from "../text-scan.ts";
import type { Rule } from "./fragment.ts";
import {
  ARRIVED_AT,
  ARRIVED_DURING,
  FROM_DURING,
  FROM_ITEM,
  FROM_TIME,
  type ItemScope,
  JOINED_FROM,
  LEFT_AFTER,
  LEFT_AT,
  LEFT_FOR_ITEM,
  readScope,
  readTime,
  type ScopePhrase,
  THESE_ITEMS,
  THIS_ITEM,
  TIME_ITEMS,
  type TimePhrase,
  UNTIL_DURING,
  UNTIL_TIME,
} from "./item-scope.ts";

const ABSENT_LABEL = `(?:${[...HEADER_LABELS.absent].sort((a, b) => b.length - a.length).join("|")})`;
const ABSENT = new RegExp(`^${ABSENT_LABEL}\\s*:\\s*(.+)$`, "iu");
/** "Fraværende med afbud:" alone (København's Borgerrepræsentationen also without the colon): the absentees follow, one
 * per paragraph. */
const ABSENT_LIST = new RegExp(`^${ABSENT_LABEL}\\s*:?$`, "iu");
/** "Ninna Hedeager Olsen (Enhedslisten), tjenesterejse." / "Borgmester Anne Vang, A (sygdom)": one absentee. */
const LISTED = /^([^(),]+?)\s*(?:\(|,|\.?$)/u;

/** The absentee a paragraph under "Fraværende med afbud:" names, or null when it names nobody ("Ingen."). */
export function listedAbsentee(paragraph: string): string | null {
  // "1. Jens Holm, Ø" in a numbered list.
  const m = LISTED.exec(withoutReason(paragraph.trim().replace(LIST_MARKER, "").replace(/\.$/u, "")));
  const name = readPeopleList(m?.[1] ?? "").entries;
  return name.length === 1 && name[0]?.name ? name[0].name : null;
}
/** "Afbud fra Tina Rottbøll (A)" with no colon; "Der er afbud fra X, Y og Z." (Brønderslev). */
const SENT_REGRETS = /^(?:der\s+(?:er|var)\s+)?afbud\s+fra\s+(\p{Lu}.*?)\.?$/iu;
const NOT_PRESENT =
  /^(.+?)\s+(?:var\s+fraværende|deltog\s+ikke\s+i\s+mødet|havde\s+meldt\s+afbud|var\s+ikke\s+til\s+stede|udeblev|var\s+forhindret\s+i\s+at\s+deltage\s+i\s+mødet)\b/iu;
/** "Følgende udeblev uden afbud: X, Y og Z." (København's local committees): the absentees after the colon. */
const FOLLOWING_ABSENT =
  /^følgende(?:\s+medlemmer)?\s+(?:udeblev(?:\s+uden\s+afbud)?|havde\s+meldt\s+afbud|var\s+fraværende)\s*:\s*(.+)$/iu;
/** The reason given after an absentee ("Lene Borg grundet sygdom", "Mads Lin pga. ferie"): not part of the name. */
const ABSENCE_REASON = /\s+(?:grundet|pga\.?|på\s+grund\s+af)\s+[^,;]*$/iu;
/** An absentee's name with the reason after it cut off. */
const withoutReason = (text: string) => text.trim().replace(ABSENCE_REASON, "");

export const absentees: Rule = {
  name: "absentees",
  example: "Fraværende: Betina Svinggaard og John Calberg.",
  scope: "sentence",
  // An absence label, or the words of NOT_PRESENT (with "var forhindret i at deltage"), FOLLOWING_ABSENT and
  // SENT_REGRETS.
  cue: new RegExp(`${ABSENT_LABEL}|fravær|stede|deltog|afbud|udeblev|forhindret`, "iu"),
  read(sentence) {
    if (ABSENT_LIST.test(sentence.trim())) return { fragments: [{ kind: "absent", names: [], listFollows: true }] };
    const m =
      ABSENT.exec(sentence.trim()) ??
      FOLLOWING_ABSENT.exec(sentence.trim()) ??
      NOT_PRESENT.exec(sentence.trim()) ??
      SENT_REGRETS.exec(sentence.trim());
    if (!m) return null;
    const names = readPeopleList(withoutReason(m[1] ?? ""))
      .entries.map((e) => e.name)
      .filter((n): n is string => n !== null);
    return names.length > 0 ? { fragments: [{ kind: "absent", names }] } : null;
  },
};

/** "Hans Ebbe, V," (Copenhagen's form) or "Lone Berg (A) og Ib Ravn": the members a sentence names, or null. */
export function readAttendees(text: string): { name: string; party: string | null }[] | null {
  const t = text.trim().replace(/[,:]$/u, "").trim();
  const comma = /^(.+?),\s*(\p{Lu}{1,3})$/u.exec(t);
  if (comma && isPersonName(comma[1] ?? "")) {
    const party = partyRef(comma[2] ?? "");
    if (party !== undefined) return [{ name: (comma[1] ?? "").trim(), party }];
  }
  const list = readPeopleList(t);
  if (!list.complete || list.entries.length === 0) return null;
  const out: { name: string; party: string | null }[] = [];
  for (const e of list.entries) {
    if (!e.name || !isPersonName(e.name)) return null;
    out.push({ name: e.name, party: e.party });
  }
  return out;
}

const ABSENT_START = new RegExp(`^${ABSENT_LABEL}\\s*[:/]?\\s*`, "iu");

/** "X (O) blev erklæret inhabil og forlod mødet …": a clause of habilitet between the member and the verb. */
const INHABIL_CLAUSE = "(?:(?:blev\\s+(?:erklæret|fundet)|erklærede\\s+sig|var)\\s+inhabile?\\s+og\\s+)?";

/** Verbs of being away for part of a meeting, and the scope phrases that may follow each. */
const PARTIAL_VERBS: readonly {
  pattern: RegExp;
  phrases: readonly ScopePhrase[];
  /** A time and no item after the verb ("forlod mødet kl. 18.15"): partly absent, the items not known. */
  times?: readonly TimePhrase[];
}[] = [
  {
    // "X var forhindret i at deltage i udvalgets behandling af sagen" (Aarhus),
    // "X (O) var fraværende under punkt 4 og 5", "X deltog ikke i behandlingen af punkt 9", "X (C) deltog ikke fra
    // kl. 19.00 (punkt 12-20)", "X (Ø) var fraværende fra kl. 19.00"
    pattern:
      /^(.+?)\s+(?:var\s+fraværende|var\s+ikke\s+til\s+stede|deltog\s+ikke(?:\s+i\s+(?:behandlingen|behandling)\s+af)?|var\s+forhindret\s+i\s+at\s+deltage(?:\s+i\s+(?:[\p{L}]+s\s+)?(?:behandlingen|behandling)\s+af)?)\s+(.+)$/iu,
    phrases: [TIME_ITEMS, FROM_ITEM, THESE_ITEMS, THIS_ITEM],
    times: [FROM_TIME],
  },
  // "X (A) forlod mødet efter punkt 6", "X, V, forlod mødet kl. 20.20 under behandling af punkt 3" (after that item);
  // "X (C) forlod mødet ved behandlingen af punkt 3", "… under behandlingen af dette punkt" (that item);
  // "X (A) forlod mødet kl. 18.15" (a time only)
  {
    pattern: new RegExp(`^(.+?)\\s+${INHABIL_CLAUSE}(?:forlod|forlød|forlader)\\s+mødet\\s+(.+)$`, "iu"),
    phrases: [TIME_ITEMS, LEFT_AFTER, LEFT_FOR_ITEM, THIS_ITEM],
    times: [LEFT_AT],
  },
  // "X (V) ankom kl. 17.00 under punkt 3", "X, A, ankom til mødet kl. 17.35 under behandlingen af punkt 2",
  // "X (B) ankom kl. 17.45" (a time only)
  {
    pattern: /^(.+?)\s+(?:ankom|kom|mødte\s+op)(?:\s+til\s+mødet)?\s+(.+)$/iu,
    phrases: [ARRIVED_DURING],
    times: [ARRIVED_AT],
  },
  // "X (V) deltog fra punkt 3" (missed the items before), "X (V) deltog fra kl. 18.00" (a time only)
  { pattern: /^(.+?)\s+deltog(?:\s+først)?\s+(fra\s+.+)$/iu, phrases: [JOINED_FROM], times: [ARRIVED_AT] },
];

const FOLLOWING_DID_NOT_TAKE_PART =
  /^følgende(?:\s+medlemmer)?\s+deltog\s+ikke\s+i\s+(?:behandlingen\s+af\s+(?:punktet|sagen)|(?:punktets|sagens)\s+behandling)\s*:\s*(\S.*)$/iu;

/** Scope phrases after a name under an absence label: "Name (A), sag 129-138", "Name til kl. 18.40 i punkt 2". */
const LISTED_SCOPES: readonly ScopePhrase[] = [UNTIL_DURING, FROM_DURING, FROM_ITEM, THESE_ITEMS];
/** Where one listed member ends and the next begins once line breaks are gone: "… i punkt 2 Aksel Friis fra …". */
const NEXT_LISTED = /(?<=\d)\s+(?=\p{Lu})/u;

/** "Ole Dam (V) fra kl. 19.00" / "Ole Dam (V) til kl. 18.30" under an absence label: a time and no item. */
const LISTED_TIME = /\s+((?:fra|til)\s+kl\.?\s*\d{1,2}[.:]\s?\d{2})\.?$/iu;

function readListedTime(entry: string): { scope: ItemScope; before: string } | null {
  const m = LISTED_TIME.exec(entry.trim());
  const scope = m ? readTime(m[1] ?? "", [FROM_TIME, UNTIL_TIME]) : null;
  return m && scope ? { scope, before: entry.trim().slice(0, m.index) } : null;
}

/** "Fraværende fra kl. 17.30: Ole Dam (V)": the time stands in the label, the members after the colon. */
const TIMED_LABEL = new RegExp(
  `^${ABSENT_LABEL}\\s+((?:fra|til)\\s+kl\\.?\\s*\\d{1,2}[.:]\\s?\\d{2})\\s*:\\s*(.+)$`,
  "iu",
);

type Scoped = { members: { name: string; party: string | null }[]; scope: ItemScope };

/** "Name (A), sag 129-138" or several such entries run together; null unless every entry reads. */
function readScopedEntries(text: string): Scoped[] | null {
  const readOne = (entry: string): Scoped | null => {
    const read = readScope(entry, LISTED_SCOPES) ?? readListedTime(entry);
    const members = read ? readAttendees(read.before) : null;
    return read && members ? { members, scope: read.scope } : null;
  };
  const whole = readOne(text);
  if (whole) return [whole];
  const entries = text.split(NEXT_LISTED).map(readOne);
  return entries.length > 1 && entries.every((e) => e !== null) ? (entries as Scoped[]) : null;
}

export const partialAbsence: Rule = {
  name: "partialAbsence",
  example: "Fraværende / Brian Møller (A), sag 129-138",
  scope: "sentence",
  // An absence label (TIMED_LABEL, ABSENT_START), "deltog" (FOLLOWING_DID_NOT_TAKE_PART) or a verb of PARTIAL_VERBS.
  cue: new RegExp(`${ABSENT_LABEL}|fravær|stede|deltog|forl[oø]d|forlader|kom|mødte|forhindret`, "iu"),
  read(sentence) {
    const s = sentence.trim();
    const timed = TIMED_LABEL.exec(s);
    if (timed) {
      const scope = readTime(timed[1] ?? "", [FROM_TIME, UNTIL_TIME]);
      const members = readAttendees(trimEndWhere(timed[2] ?? "", charIn(/[.\s]/)));
      if (scope && members) return { fragments: [{ kind: "partialAbsent", members, scope }] };
    }
    const label = ABSENT_START.exec(s);
    if (label && label[0].length < s.length) {
      // "Fraværende i mødet: Lene Bro til kl. 18.40 i punkt 2 Aksel Friis fra kl. 21.30 i punkt 4" (one a line)
      const entries = readScopedEntries(s.slice(label[0].length));
      if (entries) return { fragments: entries.map((e) => ({ kind: "partialAbsent", ...e })) };
    }
    // "Følgende deltog ikke i behandlingen af punktet: X (A), Y (V)" (eDoc): the names follow, the item is the block's.
    const listed = FOLLOWING_DID_NOT_TAKE_PART.exec(s);
    if (listed) {
      const members = readAttendees(trimEndWhere(listed[1] ?? "", charIn(/[.\s]/)));
      if (members) return { fragments: [{ kind: "partialAbsent", members, scope: { kind: "this" } }] };
    }
    for (const verb of PARTIAL_VERBS) {
      const m = verb.pattern.exec(s);
      if (!m) continue;
      const read = readScope(m[2] ?? "", verb.phrases);
      const scope = read?.before.trim() === "" ? read.scope : readTime(m[2] ?? "", verb.times ?? []);
      if (!scope) continue;
      const members = readAttendees(m[1] ?? "");
      if (members) return { fragments: [{ kind: "partialAbsent", members, scope }] };
    }
    return null;
  },
};

/** What a substitute did, after the name: "deltog", "mødte", "var indkaldt", "indkaldt". */
const SUBSTITUTE_CAME =
  "(?:\\s+(?:deltog|mødte(?:\\s+op)?|var\\s+indkaldt|blev\\s+indkaldt|indkaldt)(?:\\s+i\\s+stedet)?)";
/** One member away, then the substitute: the absentee (with any reason) and the substitute, in that order. */
const AWAY_THEN_SUBSTITUTE: readonly RegExp[] = [
  // "Afbud fra X, stedfortræder Y", "Afbud: X grundet sygdom, suppleant Y", "Afbud: X, suppleant Y deltog"
  new RegExp(
    `^(?:afbud\\s+fra|afbud\\s*:|fraværende\\s*:)\\s*(.+?)[,.;]?\\s+(?:stedfortræder|suppleant)\\s*:?\\s+(.+?)${SUBSTITUTE_CAME}?\\.?$`,
    "iu",
  ),
  // "X (A) var fraværende, stedfortræder Y (A) deltog", "X havde meldt afbud, suppleant Y mødte"
  new RegExp(
    `^(.+?)\\s+(?:var\\s+fraværende|havde\\s+meldt\\s+afbud)[,;]?\\s+(?:og\\s+)?(?:stedfortræder(?:en)?|suppleant(?:en)?)\\s*:?\\s+(.+?)${SUBSTITUTE_CAME}\\.?$`,
    "iu",
  ),
];

/** "Afbud: Lise Ravn, Ronni Holm (A) (Stedfortræder: Jesper Kure (A))": the substitute of the member before it. */
const SUBSTITUTE_IN_PARENTHESES = new RegExp(
  `^${ABSENT_LABEL}\\s*:?\\s*(.+?)\\s*\\(\\s*(?:stedfortræder|suppleant)\\s*:?\\s*(.+?)\\s*\\)\\.?$`,
  "iu",
);

/** "Fraværende med afbud: Jens Dahl og Pia Holt, Bo Ravn deltog": the label, absentees, a comma, who came instead. */
const AWAY_COMMA_CAME = new RegExp(
  `^${ABSENT_LABEL}\\s*:\\s*([^,:]+?),\\s+([^,:]+?)\\s+(?:var\\s+)?(?:indkaldt|deltog|mødte)(?:\\s+i\\s+stedet)?\\.?$`,
  "iu",
);

/** "Cai Holm (Stedfortræder for Bo Dam)" as a listed participant's name (FirstAgenda's `Moededeltagere`). */
const NAMED_AS_SUBSTITUTE = /^(.+?)\s*\(\s*(?:stedfortræder|suppleant)\s+for\s+([^()]+?)\s*\)$/iu;

/** A participant's name with a substitute note split off: the name, and whom they stand in for (or null). */
export function participantName(listed: string): { name: string; substituteFor: string | null } {
  const m = NAMED_AS_SUBSTITUTE.exec(listed.trim());
  return m ? { name: (m[1] ?? "").trim(), substituteFor: (m[2] ?? "").trim() } : { name: listed, substituteFor: null };
}

/** "Kim Vad (V) mødte som stedfortræder." / "Lars Hald (C) var indkaldt som stedfortræder.": for whom is not said. */
const CAME_AS_SUBSTITUTE =
  /^(.+?)\s+(?:mødte|deltog|var\s+mødt|var\s+indkaldt|blev\s+indkaldt|er\s+indkaldt|indtrådte)\s+som\s+(?:\d\.\s+)?(?:stedfortræder|suppleant)\.?$/iu;
/** "Birgitte Glifberg (A), Suppleant for Brian Møller (A)" in a members list. */
const LISTED_SUBSTITUTE = /^(.+?)\s*,\s*(?:suppleant|stedfortræder)\s+for\s+(.+?)\.?$/iu;

export const substitute: Rule = {
  name: "substitute",
  example: "Per Hansen (C) var mødt som stedfortræder for Kristina Kongsted (C).",
  scope: "sentence",
  // The role words, "i stedet", the verbs of AWAY_COMMA_CAME, or the lexicon's SUBSTITUTE_PATTERN.
  cue: new RegExp(`stedfortræder|suppleant|stedet|indkaldt|deltog|mødte|${SUBSTITUTE_PATTERN.source}`, "iu"),
  read(sentence) {
    // "… er indkaldt som stedfortræder for Y (A) i perioden 1. marts til 31. maj": an appointment, not this meeting's.
    if (SUBSTITUTE_PERIOD.test(sentence)) return null;
    // "Afbud fra Benthe Viola Holm stedfortræder Anders Liltorp", "Afbud: Lene Borg grundet sygdom, suppleant Kim
    // Vad", "Lene Borg (A) var fraværende, stedfortræder Kim Vad (A) deltog": one member away, the substitute after.
    const sent = AWAY_THEN_SUBSTITUTE.map((p) => p.exec(sentence.trim())).find((m) => m !== null);
    if (sent) {
      const away = readPeopleList(withoutReason(sent[1] ?? "")).entries[0];
      const who = readPeopleList(sent[2] ?? "").entries[0];
      if (away?.name && who?.name)
        return {
          fragments: [
            { kind: "absent", names: [away.name] },
            { kind: "substitute", name: who.name, party: who.party, for: away.name },
          ],
        };
    }
    // "Fraværende: Evan Lund (V) - Marianne Kiær (V) mødte som stedfortræder" / "Mikkel Holm havde meldt afbud, og
    // Peter Sten deltog i stedet": the absentee, then who came instead.
    const instead =
      /^(?:fraværende\s*:\s*)?(.+?)\s+[-–]\s+(.+?)\s+mødte\s+som\s+(?:stedfortræder|suppleant)\.?$/iu.exec(
        sentence.trim(),
      ) ??
      /^(.+?)\s+(?:havde\s+meldt\s+afbud|var\s+fraværende),?\s+og\s+(.+?)\s+(?:deltog|mødte)\s+i\s+stedet\.?$/iu.exec(
        sentence.trim(),
      );
    if (instead) {
      const away = readPeopleList(instead[1] ?? "").entries[0];
      const who = readPeopleList(instead[2] ?? "").entries[0];
      if (away?.name && who?.name)
        return {
          fragments: [
            { kind: "absent", names: [away.name] },
            { kind: "substitute", name: who.name, party: who.party, for: away.name },
          ],
        };
    }
    // "Fraværende med afbud: Lene Borg, Kim Vad indkaldt" / "…: Jens Dahl og Pia Holt, Bo Ravn deltog" (København's
    // local committees, one a line under the label): the absentees, then after a comma who came; for whom is said only
    // when one was away. Without the label "X, Y deltog" says both took part, so the label is required.
    // "Afbud: Ronni Holm (Stedfortræder: Jesper Kure)" (Greve): the substitute in parentheses after the member replaced.
    const inParentheses = SUBSTITUTE_IN_PARENTHESES.exec(sentence.trim());
    if (inParentheses) {
      const away = readPeopleList(inParentheses[1] ?? "").entries.flatMap((e) => (e.name ? [e.name] : []));
      const who = readPeopleList(inParentheses[2] ?? "").entries[0];
      const replaced = away.at(-1);
      if (replaced && who?.name)
        return {
          fragments: [
            { kind: "absent", names: away },
            { kind: "substitute", name: who.name, party: who.party, for: replaced },
          ],
        };
    }
    const cameInstead = AWAY_COMMA_CAME.exec(sentence.trim());
    if (cameInstead) {
      const away = readAttendees(cameInstead[1] ?? "");
      const who = readAttendees(cameInstead[2] ?? "");
      if (away && who?.length === 1 && who[0]) {
        const forWhom = away.length === 1 ? (away[0]?.name ?? null) : null;
        return {
          fragments: [
            { kind: "absent", names: away.map((a) => a.name) },
            { kind: "substitute", name: who[0].name, party: who[0].party, for: forWhom },
          ],
        };
      }
    }
    const listed = LISTED_SUBSTITUTE.exec(sentence.trim());
    if (listed) {
      const who = readAttendees(listed[1] ?? "");
      const forWhom = readAttendees(listed[2] ?? "");
      if (who?.length === 1 && forWhom?.length === 1 && who[0] && forWhom[0])
        return {
          fragments: [{ kind: "substitute", name: who[0].name, party: who[0].party, for: forWhom[0].name }],
        };
    }
    const came = CAME_AS_SUBSTITUTE.exec(sentence.trim());
    if (came) {
      const who = readAttendees(came[1] ?? "");
      if (who?.length === 1 && who[0])
        return { fragments: [{ kind: "substitute", name: who[0].name, party: who[0].party, for: null }] };
    }
    const labelled = /^stedfortrædere?\s*:\s*(.+?)\s+for\s+(.+)$/iu.exec(sentence.trim());
    if (labelled) {
      const who = readPeopleList(labelled[1] ?? "").entries[0];
      const forWhom = readPeopleList(labelled[2] ?? "").entries[0];
      if (who?.name)
        return { fragments: [{ kind: "substitute", name: who.name, party: who.party, for: forWhom?.name ?? null }] };
    }
    const m = SUBSTITUTE_PATTERN.exec(sentence);
    if (!m) return null;
    const before = sentence.slice(0, m.index);
    // "Der forelå anmodning fra A om, at Karina Sønderfort (A) i henhold til § 15 … blev indkaldt som stedfortræder
    // for …": the substitute is the last member named with a party before the verb.
    const who = lastMember(before) ?? readPeopleList(before).entries[0];
    const forWhom = readPeopleList(sentence.slice((m.index ?? 0) + m[0].length)).entries[0];
    if (!who?.name) return null;
    return { fragments: [{ kind: "substitute", name: who.name, party: who.party, for: forWhom?.name ?? null }] };
  },
};

const NAMED =
  /((?:\p{Lu}[\p{L}'’-]+|\p{Lu}\.)(?:\s+(?:\p{Lu}[\p{L}'’-]+|\p{Lu}\.|von|van|de|la|af)){1,4})\s*\(\s*([^()]{1,40}?)\s*\)/gu;

/** The last "Name (Party)" in a text, or null. */
function lastMember(text: string): { name: string; party: string | null } | null {
  let found: { name: string; party: string | null } | null = null;
  for (const m of eachMatch(NAMED, text)) {
    const party = partyRef(m[2] ?? "");
    if (party !== undefined && isPersonName(m[1] ?? "")) found = { name: m[1] ?? "", party };
  }
  return found;
}

/** "Ronni Holm (V) deltog i mødet i Byrådet og ikke Jesper Kure (V) som angivet på dagsordenen for mødet." */
const ATTENDED_INSTEAD =
  /^(.+?)\s+deltog\s+i\s+mødet(?:\s+i\s+([^,]+?))?\s+og\s+ikke\s+(.+?)(?:,?\s+som\s+(?:angivet|anført|nævnt)\b.*)?\.?$/iu;

export const attendedInstead: Rule = {
  name: "attendedInstead",
  cue: /deltog/iu,
  example:
    "Ronni Holm (V) deltog i mødet i Beskæftigelses- og Erhvervsudvalget og ikke Jesper Kure (V) som angivet på dagsordenen for mødet.",
  scope: "sentence",
  read(sentence) {
    const m = ATTENDED_INSTEAD.exec(sentence.trim());
    const present = m ? readAttendees(m[1] ?? "") : null;
    const notPresent = m ? readAttendees(m[3] ?? "") : null;
    if (present?.length !== 1 || notPresent?.length !== 1 || !present[0] || !notPresent[0]) return null;
    const body = m?.[2]?.trim() || null;
    return { fragments: [{ kind: "attendedInstead", present: present[0], notPresent: notPresent[0].name, body }] };
  },
};
