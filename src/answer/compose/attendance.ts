// Answers "who attended / who was absent": the participants, absent members and substitutes of one meeting.
import { absentFromMeeting } from "../../domain/index.ts";
import { phraseAlternation } from "../../parse/escape-regexp.ts";
import { AWAY_FROM_TREATMENT_PHRASES } from "../../parse/lexicon.ts";
import { sentences } from "../excerpt.ts";
import type { ItemDoc } from "../item-doc.ts";
import { sameName } from "../positions.ts";
import { answeringItems, findMeetings, hasTopic, rankItems } from "../retrieve.ts";
import { type ComposeInput, type Draft, emptyDraft } from "./draft.ts";

export async function composeAttendance(input: ComposeInput): Promise<Draft> {
  const { u, retrieval, book, catalog } = input;
  const draft = emptyDraft(book);
  let meeting: number | undefined;
  let topical: ItemDoc | undefined;
  if (u.dates.length === 0 && hasTopic(retrieval)) {
    // "Who was absent when X was decided?": the meeting of the item on X.
    topical = answeringItems(retrieval, await rankItems(retrieval))[0]?.doc;
    meeting = topical?.meeting;
  }
  if (meeting === undefined && u.member) {
    // "Who stood in for X?", "Was X there?": the newest meeting where the member was absent or substituted
    // (what such questions are after), else the newest that lists the member at all.
    const is = listedName(u.member.name);
    const meetings = findMeetings(retrieval).flatMap((i) => {
      const m = catalog.meetings[i];
      return m ? [{ i, m }] : [];
    });
    const away = meetings.find(
      ({ m }) =>
        m.absent.some(is) ||
        (m.partialAbsence ?? []).some((p) => is(p.name)) ||
        m.substitutes.some((s) => is(s.name) || is(s.for)),
    );
    meeting = (away ?? meetings.find(({ m }) => m.participants.some(is)))?.i;
  }
  // Without a day: the newest meeting held by today (a later one is only an agenda, with no attendance yet).
  const fitting = findMeetings(retrieval);
  meeting ??= fitting.find((i) => (catalog.meetings[i]?.date ?? "") <= input.today) ?? fitting[0];
  const m = meeting === undefined ? undefined : catalog.meetings[meeting];
  if (meeting === undefined || !m) {
    draft.notes.push({ kind: "no-meeting" });
    return draft;
  }
  // The item's own decision blocks (its history too) may say who took no part in one treatment of it: the item is
  // then the first source.
  if (topical) {
    const asked = new Set(u.bodies);
    for (const d of topical.item.decisions) {
      if (asked.size > 0 && !asked.has(d.body)) continue;
      for (const sentence of sentences(d.text)) {
        if (!AWAY_FROM_TREATMENT.test(sentence)) continue;
        draft.notes.push({
          kind: "treatment-absence",
          citation: book.cite(topical.meeting, topical.item.number, sentence),
          body: d.body,
          date: d.date,
          quote: sentence,
        });
      }
    }
  }
  const citation = book.cite(meeting, null);
  const partial = m.partialAbsence ?? [];
  const whole = absentFromMeeting(m);
  // "Hvem var fraværende ved punkt 7?": the whole meeting's absentees and those away from that item.
  const item = u.item;
  const awayFrom = (p: { items: number[] }) => item !== null && p.items.includes(item);
  draft.attendance = {
    participants: [...m.participants],
    absent: item === null ? whole : [...whole, ...partial.filter(awayFrom).map((p) => p.name)],
    substitutes: m.substitutes.map((s) => ({ name: s.name, party: s.party, for: s.for })),
    ...(m.roles?.length
      ? { roles: m.roles.map((r) => ({ role: r.role, name: r.name, party: r.party, quote: r.text })) }
      : {}),
    item,
    partial: partial.map((p) => ({
      name: p.name,
      party: p.party,
      items: [...p.items],
      quote: p.text,
      ...(p.from ? { from: p.from } : {}),
      ...(p.until ? { until: p.until } : {}),
    })),
    citation,
  };
  if (u.member) {
    const name = u.member.name;
    const is = listedName(name);
    const part = partial.find((p) => is(p.name));
    const status = m.substitutes.some((s) => is(s.name))
      ? "substitute"
      : whole.some(is)
        ? "absent"
        : part && (item === null || awayFrom(part) || part.items.length === 0)
          ? // Away from a time on, items not given: partly absent, also when one item is asked about (which
            // side of the time it fell on, the minutes do not say).
            item === null || !awayFrom(part)
            ? "partly-absent"
            : "absent"
          : m.substitutes.some((s) => is(s.for))
            ? "replaced"
            : m.participants.some(is) || part
              ? "present"
              : "unlisted";
    draft.notes.push({
      kind: "member-attendance",
      name,
      status,
      item,
      ...(part ? { items: [...part.items], quote: part.text } : {}),
    });
  }
  draft.status = "found";
  return draft;
}

const AWAY_FROM_TREATMENT = new RegExp(
  `(?<![\\p{L}])(?:${phraseAlternation(AWAY_FROM_TREATMENT_PHRASES)})(?![\\p{L}])`,
  "iu",
);

/** A test for one member's name in attendance lists (spelling variants included). */
function listedName(name: string): (x: string | null) => boolean {
  return (x) => Boolean(x && sameName(x, name));
}
