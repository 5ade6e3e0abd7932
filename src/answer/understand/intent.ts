// Decides what kind of answer a question wants, from an ordered table of phrasing rules (first match wins).
import type { Intent } from "../../domain/index.ts";
import { TOPIC_START } from "./tokens.ts";

export interface IntentRule {
  intent: Intent;
  /** A real question the rule is for. */
  example: string;
  /** Matched against the lower-cased, normalised question. */
  pattern: RegExp;
}

// Word boundaries that treat æ/ø/å as letters.
const b = (alternatives: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, "u");

/** Verbs of what a member or group did other than voting: asked, wanted, proposed, said. */
export const ACTIVITY_WORDS =
  "ask about|asked about|asked|ask|spurgte til|spurgte|spurgt|spørge til|spørger til|ønskede|ønsker|wanted|wants|wished|proposed|propose|proposes|suggested|suggest|foreslog|foreslået|foreslår|said|say|says|sagde|sagt|siger|mente|mener|bemærkede|requested|request|bad om|anmodede|raised|raise|rejste|commented|kommenterede|argued|argumenterede|wrote|skrev|protokollerede|protokolbemærkning|mindretalsudtalelse";

const ACTIVITY = new RegExp(`(?<![\\p{L}\\p{N}])(?:${ACTIVITY_WORDS})(?![\\p{L}\\p{N}])`, "iu");

/** True when a sentence says what someone asked, wanted, proposed or said ("Gruppe A ønsker et notat"). */
export function saysActivity(sentence: string): boolean {
  return ACTIVITY.test(sentence);
}

/** Where the activity verbs stand in a question, so they are not searched for as topic words. */
export function activitySpans(question: string): { start: number; end: number }[] {
  return spansOf(question, ACTIVITY_WORDS);
}

/** Where whole-word matches of `alternatives` stand in a question (any case). */
function spansOf(question: string, alternatives: string): { start: number; end: number }[] {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, "giu");
  return [...question.matchAll(re)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

/** Asking for a body's meetings (their dates and minutes) rather than one meeting or one item. */
export const MEETINGS_WORDS =
  "hvilke møder (?:har |havde )?(?:[\\p{L}-]+ ){0,6}?(?:holdt|afholdt|haft)|hvilke møder|alle møder|alle møderne|mødedatoer|mødedatoerne|mødedage|which meetings|all (?:the )?meetings|list (?:of )?(?:the )?meetings|meeting dates|when did (?:[\\p{L}-]+ ){1,6}?meet|hvornår (?:mødtes|holdt) (?:[\\p{L}-]+ ){0,6}?(?:møde )?sidst|hvornår (?:har|havde|holdt|afholdt) (?:[\\p{L}-]+ ){0,6}?(?:møde|møder)";

/** Asking for the items treated behind closed doors ("lukkede punkter"), whatever their titles. */
export const CLOSED_ITEMS_WORDS =
  "lukkede punkter|lukkede punkt|lukket punkt|lukkede sager|lukket sag|punkter(?:ne)? (?:der )?(?:var|blev behandlet) lukkede?|sager(?:ne)? (?:der )?(?:var|blev behandlet) lukkede?|for lukkede døre|closed items?|items? (?:that )?(?:were|was) closed|closed session|behind closed doors";

/** Where a request for closed items stands in a question (its words are not a topic). */
export function closedItemsSpans(question: string): { start: number; end: number }[] {
  return spansOf(question, CLOSED_ITEMS_WORDS);
}

/**
 * Asking who chaired or who sits on a body: the words name what is asked, not a topic ("Hvem er formand for
 * Økonomiudvalget?", "Hvem er medlem af Klima-, Teknik- og Miljøudvalget?"); the newest meeting's attendance answers.
 */
export const CHAIR_WORDS =
  "who chaired|who is (?:the )?chair(?:man|woman|person)?|who was (?:the )?chair(?:man|woman|person)?|chair of the meeting|chairman of the meeting|hvem (?:var|er) formand(?:en)?|hvem ledede mødet|mødeleder(?:en)?" +
  "|who (?:are|were|is) (?:the )?members?(?: of)?|who sits? on|who sat on|hvem (?:er|var) (?:medlem(?:mer)?|med) (?:af|i)|hvem sidder i|hvem sad i|hvilke medlemmer (?:har|havde|er i)";

/**
 * Asking who held a staff role at a meeting: the secretary or the minute-taker ("Hvem var sekretær på mødet?", "Who took
 * the minutes?"); the meeting's header answers.
 */
export const SECRETARY_WORDS =
  "sekretær(?:en)?|udvalgssekretær(?:en)?|mødesekretær(?:en)?|referent(?:en)?|protokolfører(?:en)?|hvem (?:tog|skrev|førte) (?:referat(?:et)?|protokol(?:len)?)|secretary|minute[- ]?taker|note[- ]?taker|who (?:took|wrote|kept) the minutes";

/** Where a question about the chair or a staff role stands in it. */
export function chairSpans(question: string): { start: number; end: number }[] {
  return spansOf(question, `${CHAIR_WORDS}|${SECRETARY_WORDS}`);
}

/** Asking who made a proposal: the decision answer names its proposer, and an item's own proposers. */
export const WHO_PROPOSED_WORDS =
  "who (?:proposed|suggested|put forward|tabled)|hvem (?:foreslog|har foreslået|stillede (?:forslag|forslaget)|har stillet (?:forslag|forslaget)|fremsatte|står bag forslaget)";

/** Where the words asking who made a proposal stand in a question (they are not a topic). */
export function whoProposedSpans(question: string): { start: number; end: number }[] {
  return spansOf(question, WHO_PROPOSED_WORDS);
}

/** True when the question asks who made a proposal ("Hvem stillede forslaget om Børnenes Plads?"). */
export function asksWhoProposed(question: string): boolean {
  return spansOf(question, WHO_PROPOSED_WORDS).length > 0;
}

/** Asking who was elected or appointed ("Hvem blev valgt til Idrætsrådet?", "Who was elected chair of …?"). */
export const WHO_APPOINTED_WORDS =
  "hvem (?:blev|er|var) (?:gen)?(?:valgt|udpeget|valgte|udpegede)|hvem (?:valgte|udpegede)|hvem sidder (?:nu )?(?:i|for)|who (?:was|were|got|has been|have been) (?:re-?)?(?:elected|appointed|chosen|named)|who did (?:[\\p{L}-]+ ){1,6}?(?:elect|appoint|choose)";

/** True when the question asks who was elected or appointed: the decision blocks' appointments answer first. */
export function asksWhoAppointed(question: string): boolean {
  return spansOf(question, WHO_APPOINTED_WORDS).length > 0;
}

/** Where a request for a body's meetings stands in a question (its words are not a topic). */
export function meetingsListSpans(question: string): { start: number; end: number }[] {
  return spansOf(question, MEETINGS_WORDS);
}

/**
 * Ordered: asking for a link or who attended is explicit whatever else the question says; "when will X be
 * treated" is about the future even when it names a decision; vote words beat decision words ("did they vote
 * to approve").
 */
export const INTENT_RULES: readonly IntentRule[] = [
  {
    intent: "source",
    example: "Giv mig et link til punkt 12 fra mødet den 09-12-2020",
    pattern: b(
      `${MEETINGS_WORDS}|link|links|linket|url|kilde|kilden|kildehenvisning|source|sources|where can i (?:find|read)|hvor kan jeg (?:finde|læse)|(?:show|give) me (?:item|point|the minutes|the agenda)|(?:vis|giv) (?:mig )?(?:punkt|referatet|dagsordenen)|where (?:is|are|can i see) the (?:minutes|agenda)|hvor (?:er|finder jeg|ligger) (?:referatet|dagsordenen)|open (?:item|the minutes)|åbn (?:punkt|referatet)|(?:the )?minutes of the meeting|referatet (?:af|fra) mødet`,
    ),
  },
  {
    intent: "attendance",
    example: "Hvem deltog i mødet i Social- og Arbejdsmarkedsudvalget den 8. marts 2021?",
    pattern: b(
      `${CHAIR_WORDS}|${SECRETARY_WORDS}|chaired|absent|absence|absentees|attended|attend|attending|attendance|present|participants|participated|who was there|who were there|showed up|sent apologies|substitute|substitutes|substituted|substituting|stand-in|stood in|standing in|stands in|filled in|fill in|sat in|deputi[sz]ed|replaced|replacing|in place of|fraværende|fravær|afbud|forfald|deltog|deltagere|mødedeltagere|tilstede|til stede|mødte|stedfortræder|stedfortrædere|stedfortræderen|erstattede|afløste|indkaldt|hvem var med`,
    ),
  },
  {
    intent: "upcoming",
    example: "Hvornår skal Fælleslegatet 2021 behandles?",
    pattern: b(
      "coming up|upcoming|næste gang|next time|(?:i )?næste uge|next week|(?:i )?næste måned|next month|i morgen|tomorrow|when (?:does|do|will) .+ meet|hvornår mødes|forthcoming|on the agenda next|next meeting|what(?:'s| is) next|what comes next|hvad sker der (?:så|nu)|hvad kommer der|planned|scheduled|will be (?:discussed|treated|decided|handled|considered|dealt with)|will (?:the )?(?:[\\p{L}-]+ )*?(?:discuss|treat|decide on|handle|consider|take up|deal with)|when (?:will|is|are) .+ (?:be )?(?:discussed|treated|decided|handled|considered|due|scheduled|planned|taken up)|when (?:is|are|will) .+ (?:coming|come|coming up|expected|on the agenda)|(?:is|are|was|were) on the agenda|what(?:'s| is| was) on the agenda|(?:er|var) på dagsordenen|(?:står|stod) (?:der )?på dagsordenen|kommende|skal .*behandles|skal .*behandle|skal .*drøftes|skal .*besluttes|skal .*på dagsordenen|hvornår skal|hvornår kommer|hvornår (?:\\p{L}+ )*?(?:behandles|drøftes|besluttes|kommer)|næste møde|planlagt|planlagte|på vej|er på programmet",
    ),
  },
  {
    // Who made a proposal is the decision's proposer ("Byrådet rejected Marlene Harpsøe's proposal"): a decision
    // answer names it. Before the activity words, which ask what a named member or group did.
    intent: "decision",
    example: "Hvem foreslog at nedlægge Integrationsrådet?",
    pattern: b(WHO_PROPOSED_WORDS),
  },
  {
    // What a member or group did other than voting (the words are in ACTIVITY_WORDS) is found in the text, scoped to them ("Charlotte Munch (V)
    // spurgte til en konkret borgersag"): a search, not a vote. After "upcoming" ("what is planned"), before "vote".
    intent: "search",
    example: "What did Charlotte Munch ask about?",
    pattern: b(ACTIVITY_WORDS),
  },
  {
    intent: "vote",
    example: "How did Ø vote on Integrationsrådet?",
    pattern: b(
      "vote|voted|votes|voting|stemte|stemme|stemmer|stemt|afstemning|afstemningen|afstemninger|kunne (?:ikke )?tiltræde|tiltrådte|support|supported|supports|oppose|opposed|opposes|against|abstain|abstained|undlod|imod|støttede|støtter|støttet|for or against|for eller imod",
    ),
  },
  {
    intent: "decision",
    example: "What was decided about Vapnagaard?",
    pattern: b(
      "who won|won the|winner|hvem vandt|vandt|vinderen|prismodtageren|decide|decided|decides|decision|decisions|resolved|resolve|approved|approve|approves|adopted|adopt|rejected|reject|outcome|conclude|concluded|besluttede|besluttet|beslutte|beslutning|beslutningen|besluttes|vedtog|vedtaget|godkendte|godkendt|godkendelse|anbefalede|anbefaler|recommended|recommend|forkastet|afgjort|afgørelse|hvad blev|what happened|hvad skete",
    ),
  },
];

/** A yes/no question about someone being at a meeting. */
/** "Var Nicolaj Bang med, da Magistraten behandlede …?", "Was X there when …?": being there for a treatment. */
const WAS_THERE_WHEN =
  /^(?:was|were|var)\s+(?:[\p{L}.'-]+\s+){1,5}?(?:med|there)\s*,?\s+(?:da|når|when|while|under|ved)(?![\p{L}])/u;

const AT_MEETING =
  /^(?:was|were|is|var|er)\s+(?:[\p{L}.'-]+\s+){1,5}?(?:(?:med|with us)\s+)?(?:at|in|on|på|i|til)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,4}?(?:meeting|meetings|mødet|møde|mødet)(?![\p{L}])/u;

/**
 * The intent of a question. A question naming a party or member without any intent words asks how they voted
 * ("Ø on Integrationsrådet?"); everything else falls back to a search.
 */

export function detectIntent(question: string, hints: { hasSubject: boolean }): { intent: Intent; explicit: boolean } {
  const lower = question.toLowerCase();
  // "Was X there when the budget was decided?": the clause after "when" says which treatment, not what is asked.
  if (WAS_THERE_WHEN.test(lower)) return { intent: "attendance", explicit: true };
  // What the question asks stands before what it is about: "Hvad blev besluttet om Deltagere til smagspanel" asks for a
  // decision, although the title's "Deltagere" is an attendance word.
  const head = TOPIC_START.exec(lower)?.[1];
  if (head) {
    for (const rule of INTENT_RULES) {
      if (rule.pattern.test(head)) return { intent: rule.intent, explicit: true };
    }
  }
  for (const rule of INTENT_RULES) {
    if (rule.pattern.test(lower)) return { intent: rule.intent, explicit: true };
  }
  // "Was Bjarne Nielsen at the council meeting?", "Var X med på mødet?": no attendance word, but being at a meeting
  // is attendance (asked only when no other rule's words occur, so "was X approved at the meeting" stays a decision).
  if (AT_MEETING.test(lower)) return { intent: "attendance", explicit: true };
  if (hints.hasSubject) return { intent: "vote", explicit: false };
  return { intent: "search", explicit: false };
}
