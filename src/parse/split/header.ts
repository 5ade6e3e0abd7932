// Reads the document header: type, committee (and election period), date, time, place, participants, absentees.

import type { MeetingRole, RoleHolder } from "../../domain/index.ts";
import { findDate, findTime } from "../dates.ts";
import { escapeRegExp } from "../escape-regexp.ts";
import { DOCUMENT_TYPES, HEADER_LABELS, LIST_MARKER, MEETING_ROLE_WORDS, PERSON_TITLES } from "../lexicon.ts";
import type { Line } from "../line.ts";
import { readPeopleList } from "../members.ts";
import { partialAbsence, substitute } from "../rules/attendance.ts";
import { splitSentences } from "../sentences.ts";
import { splitPeriod } from "./structure.ts";

export interface Header {
  documentType: "referat" | "dagsorden" | null;
  /** The committee as written in the title line (period included). */
  committeeRaw: string | null;
  committee: string | null;
  electionPeriod: string | null;
  date: string | null;
  startTime: string | null;
  location: string | null;
  participants: string[];
  absent: string[];
  /** Participants written with a party letter. */
  members: { name: string; party: string | null }[];
  /** Lines under "Bemærkninger" ("Lisa Skov deltog for Steen Ørskov Larsen."), read for attendance. */
  notes: string[];
  /** Roles the header names: chair and vice-chair beside a listed member, secretary and minute-taker apart. */
  roles: RoleHolder[];
}

const labelPattern = (labels: readonly string[]) =>
  new RegExp(
    `^(?:${[...labels]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join("|")})(?:\\s*:\\s*|\\s+|$)(.*)$`,
    "iu",
  );
const LABELS = {
  date: labelPattern(HEADER_LABELS.date),
  time: labelPattern(HEADER_LABELS.time),
  place: labelPattern(HEADER_LABELS.place),
  participants: labelPattern(HEADER_LABELS.participants),
  absent: labelPattern(HEADER_LABELS.absent),
  notes: labelPattern(HEADER_LABELS.notes),
};
const TITLE = new RegExp(
  `^(?:åbent?\\s+|offentligt?\\s+)?(${DOCUMENT_TYPES.map((d) => escapeRegExp(d.word)).join("|")})\\b\\s*(?:for|fra|til|af|-|–|:)?\\s*(?:(?:det\\s+)?(?:(?:ekstra)?ordinære?t?\\s+)?møde(?:t)?\\s+i\\s+)?(.*)$`,
  "iu",
);
/** "… tirsdag" left over once the date is cut from "… i Økonomiudvalget tirsdag den 3. december 2024". */
const TRAILING_WEEKDAY = /[\s,]+(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)$/iu;
/** A line that can be a committee's name on its own under the title: capitalised words, no digits. */
const NAME_LINE = /^\p{Lu}[\p{L}'’,.\s–-]{2,80}$/u;
/** A body's name before the title ("Økonomiudvalget" over "REFERAT") must say it is a body. */
const BODY_LINE = /(udvalg|råd|bestyrelse|repræsentation|magistrat)/iu;
/** A role after a listed name: "Lolan Ottesen (A) - formand" (eDoc), "…, næstformand". */
const TRAILING_ROLE = new RegExp(`\\s*[-–,]\\s*(?:${PERSON_TITLES.map(escapeRegExp).join("|")})$`, "iu");
const TITLE_DATE =
  /\s*[,-]?\s*(?:d\.|den|dato:?|-|–)?\s*(?:\d{1,2}\s*[-./]\s*\d{1,2}\s*[-./]\s*\d{4}|\d{1,2}\.?\s+\p{L}+\.?\s+\d{4})\s*(?:kl\.?\s*\d{1,2}[:.]\d{2})?\s*$/u;

/** Where the next entry of a numbered list begins on the same line: "1. Jens Holm, Ø 2. Lise Berg, V". */
const NEXT_NUMBERED = /\s+(?=\d{1,2}[.)]\s+\p{Lu})/u;

/** The role words, longest first, each with its role. */
const ROLE_WORDS = MEETING_ROLE_WORDS.flatMap((r) =>
  r.words.map((word) => ({ word, role: r.role, label: r.label })),
).sort((a, b) => b.word.length - a.word.length);
const roleAlternation = (label: boolean) =>
  ROLE_WORDS.filter((w) => w.label === label)
    .map((w) => escapeRegExp(w.word))
    .join("|");
/** "Sekretær" alone, "Referent: Name", "Protokolfører Name": a role label starting a line. */
const ROLE_LABEL = new RegExp(`^(${roleAlternation(true)})(?:\\s*:\\s*|\\s+|$)(.*)$`, "iu");
/** The same label inside a line a converter flattened ("Afbud/Fraværende Sekretær Name"): capitalised, before a name. */
const ROLE_LABEL_INSIDE = new RegExp(`(?<![\\p{L}])(${roleAlternation(true)})(?:\\s*:\\s*|\\s+)(?=\\p{Lu})`, "giu");
/** A chair's title beside a listed member: "Lolan Ottesen (A) - formand", "Formand Erik Nielsen (A)". */
const TITLE_AFTER = new RegExp(`\\s*[-–,]\\s*(${roleAlternation(false)})$`, "iu");
const TITLE_BEFORE = new RegExp(`^(${roleAlternation(false)})\\s+(?=\\p{Lu})`, "iu");

const roleOf = (word: string): MeetingRole | undefined =>
  ROLE_WORDS.find((w) => w.word === word.toLowerCase().replace(/\s+/gu, " "))?.role;

/**
 * The holder a role label's value names: one person ("Jens Holt, Center for Politik" -> Jens Holt; "Anna Berg (A)"), or
 * null when it names nobody a name can be read from (initials "LPP", a unit): not read rather than guessed.
 */
function roleHolder(role: MeetingRole, value: string, text: string): RoleHolder | null {
  const first = (value.split(",")[0] ?? "").trim();
  const list = readPeopleList(first);
  const only = list.complete && list.entries.length === 1 ? list.entries[0] : undefined;
  if (!only?.name) return null;
  return { role, name: only.name, party: only.party, text };
}

/** Splits a list value before a role label inside it ("Sekretær Name" after an empty "Afbud/Fraværende"). */
function splitRoleLabel(value: string): { list: string; role: string | null } {
  for (const m of value.matchAll(ROLE_LABEL_INSIDE)) {
    const word = m[1] ?? "";
    // Written as a label: capitalised ("Sekretær Mie …"), not a word inside a sentence.
    if (word[0] !== word[0]?.toUpperCase()) continue;
    const at = m.index ?? 0;
    return { list: value.slice(0, at).trim(), role: value.slice(at).trim() };
  }
  return { list: value, role: null };
}

/** A header line the attendance rules read (whole, or one of its sentences) ("Fraværende / X (A), sag 129-138", "Afbud fra X, stedfortræder Y",
 * "Y (A), Suppleant for X (A)"): it goes to the notes, which are read with the rules. */
const readsAttendance = (text: string) =>
  partialAbsence.read(text) !== null ||
  substitute.read(text) !== null ||
  // "Afbud fra X stedfortræder Y. Afbud fra Z stedfortræder W" (Hvidovre's notes): one sentence each.
  (/[.!?]\s/u.test(text) && splitSentences(text).some((s) => substitute.read(s) !== null));

/** The value of an absence label, past a second absence label that starts it ("Fraværende: Afbud: X, Y"). */
function nestedAbsentValue(value: string): string {
  const inner = /^[^:]{1,30}:/u.test(value) ? LABELS.absent.exec(value) : null;
  return inner ? (inner[1] ?? "").trim() : value;
}

/** "Byrådet - Referat" / "Økonomiudvalget – Referat – 1. oktober 2018". */
const BODY_TITLE = new RegExp(
  `^(\\p{Lu}[^–-]{2,80}?(?:-\\s+og\\s+[^–-]{2,60}?)?)\\s+[-–]\\s+(${DOCUMENT_TYPES.map((d) => escapeRegExp(d.word)).join("|")})\\b\\s*[-–]?\\s*(.*)$`,
  "iu",
);

/** Reads the header lines (everything before the table of contents or the first item). */
export function readHeader(lines: readonly Line[]): Header {
  const header: Header = {
    documentType: null,
    committeeRaw: null,
    committee: null,
    electionPeriod: null,
    date: null,
    startTime: null,
    location: null,
    participants: [],
    absent: [],
    members: [],
    notes: [],
    roles: [],
  };
  let titleDate: string | null = null;
  let looseDate: string | null = null;
  /** After a "Mødedeltagere:" label with no names on its line, the names follow one list per line. */
  let listing: "participants" | "absent" | "notes" | null = null;
  /** The label of the list being read, as written ("Fraværende"). */
  let listingLabel = "";
  const addPeople = (value: string, into: "participants" | "absent") => {
    const list = readPeopleList(value);
    for (const e of list.entries) {
      if (e.name === null) continue;
      if (into === "absent") {
        header.absent.push(e.name);
        continue;
      }
      header.participants.push(e.name);
      if (e.absent) header.absent.push(e.name);
      if (e.party) header.members.push({ name: e.name, party: e.party });
    }
    return list.complete;
  };
  const setCommittee = (raw: string) => {
    header.committeeRaw = raw;
    const { name, period } = splitPeriod(raw);
    header.committee = name;
    header.electionPeriod = period;
  };
  const isLabel = (text: string) =>
    Object.values(LABELS).some((l) => l.test(text)) || TITLE.test(text) || ROLE_LABEL.test(text);
  /** A role label whose name stands on the next line ("Sekretær" over "Mie Helene Andresen"). */
  let roleNext: { role: MeetingRole; label: string } | null = null;
  /** Reads a role label line ("Referent: Name", "Sekretær"); false when the line is none. */
  const readRoleLabel = (text: string): boolean => {
    const m = ROLE_LABEL.exec(text);
    const role = m ? roleOf(m[1] ?? "") : undefined;
    if (!m || !role) return false;
    const value = (m[2] ?? "").trim();
    if (value === "") roleNext = { role, label: text };
    else {
      const holder = roleHolder(role, value, text);
      if (holder) header.roles.push(holder);
    }
    return true;
  };
  /** A list value, with a role label a converter flattened into it read apart ("Afbud/Fraværende Sekretær Name"). */
  const listValue = (value: string): string => {
    const { list, role } = splitRoleLabel(value);
    if (role !== null) readRoleLabel(role);
    return list;
  };
  /** "Lolan Ottesen (A) - formand", "Formand Erik Nielsen (A)": the chair's title beside one listed member. */
  const titledMember = (line: string, entry: string) => {
    const title = TITLE_AFTER.exec(line) ?? TITLE_BEFORE.exec(line);
    const role = title ? roleOf(title[1] ?? "") : undefined;
    const list = role ? readPeopleList(entry.replace(TITLE_AFTER, "")) : null;
    const only = list?.complete && list.entries.length === 1 ? list.entries[0] : undefined;
    if (role && only?.name) header.roles.push({ role, name: only.name, party: only.party, text: line });
  };
  /** A short line naming a body before the title ("Økonomiudvalget" over "REFERAT"). */
  let bodyBefore: string | null = null;
  /** After a title line without a committee, the committee may stand on the next line. */
  let committeeNext = false;
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i]?.text ?? "").replace(/\t+/g, " ").trim();
    if (text === "") continue;
    if (roleNext) {
      const pending: { role: MeetingRole; label: string } = roleNext;
      roleNext = null;
      const holder = isLabel(text) ? null : roleHolder(pending.role, text, `${pending.label} ${text}`);
      if (holder) {
        header.roles.push(holder);
        continue;
      }
    }
    if (listing === "notes" && !isLabel(text)) {
      header.notes.push(text.replace(LIST_MARKER, ""));
      continue;
    }
    if (listing && listing !== "notes") {
      const entry = text.replace(LIST_MARKER, "").replace(TRAILING_ROLE, "");
      // Under "Fraværende": "Brian Møller (A), sag 129-138" (some items only); under "Medlemmer": "Birgitte
      // Glifberg (A), Suppleant for Brian Møller (A)" (a substitute, who attends).
      // The label is kept in front of a listed absentee, so the sentence read (and quoted) says what the list is.
      const line = listing === "absent" ? `${listingLabel} ${entry}` : entry;
      if (!isLabel(text) && readsAttendance(line)) {
        header.notes.push(line);
        // "Lene Borg, Kim Vad indkaldt" under "Fraværende med afbud:": the absentee keeps the list's order.
        if (listing === "absent")
          for (const f of substitute.read(line)?.fragments ?? [])
            if (f.kind === "absent") header.absent.push(...f.names);
        const who = readPeopleList(entry.split(",")[0] ?? "").entries[0];
        if (listing === "participants" && who?.name) {
          header.participants.push(who.name);
          if (who.party) header.members.push({ name: who.name, party: who.party });
        }
        continue;
      }
      if (!isLabel(text) && readPeopleList(entry).complete) {
        addPeople(entry, listing);
        if (listing === "participants") titledMember(text.replace(LIST_MARKER, ""), entry);
        continue;
      }
      listing = null;
    }
    if (committeeNext) {
      committeeNext = false;
      if (NAME_LINE.test(text) && !isLabel(text) && !/\bkommune$/iu.test(text) && findDate(text) === null) {
        setCommittee(text);
        continue;
      }
    }
    // "Byrådet - Referat", "Økonomiudvalget – Referat – 1. oktober 2018": the body before the title word.
    const bodyTitle = BODY_TITLE.exec(text);
    if (bodyTitle && header.documentType === null && BODY_LINE.test(bodyTitle[1] ?? "")) {
      const word = (bodyTitle[2] ?? "").toLowerCase();
      header.documentType = DOCUMENT_TYPES.find((d) => d.word === word)?.type ?? null;
      setCommittee((bodyTitle[1] ?? "").trim());
      titleDate = findDate(bodyTitle[3] ?? "");
      header.startTime ??= findTime(bodyTitle[3] ?? "");
      continue;
    }
    const title = TITLE.exec(text);
    if (title && header.documentType === null) {
      const word = (title[1] ?? "").toLowerCase();
      header.documentType = DOCUMENT_TYPES.find((d) => d.word === word)?.type ?? null;
      let rest = (title[2] ?? "").trim();
      header.startTime ??= findTime(rest);
      const dated = TITLE_DATE.exec(rest);
      if (dated && dated.index > 0) {
        titleDate = findDate(dated[0]);
        rest = rest.slice(0, dated.index).replace(TRAILING_WEEKDAY, "").trim();
      }
      if (rest !== "" && /\p{L}/u.test(rest)) setCommittee(rest);
      else if (bodyBefore) setCommittee(bodyBefore);
      else committeeNext = true;
      continue;
    }
    if (header.documentType === null && NAME_LINE.test(text) && BODY_LINE.test(text) && text.split(/\s+/).length <= 8)
      bodyBefore = text;
    if (readRoleLabel(text)) continue;
    const place = LABELS.place.exec(text);
    if (place && header.location === null) {
      const v = (place[1] ?? "").trim();
      header.location = v === "" || /^[-–—]+$/.test(v) ? null : v;
      continue;
    }
    const participants = LABELS.participants.exec(text);
    if (participants && header.participants.length === 0) {
      const value = listValue((participants[1] ?? "").trim());
      if (value === "") listing = "participants";
      else addPeople(value, "participants");
      continue;
    }
    const notes = LABELS.notes.exec(text);
    if (notes) {
      const value = (notes[1] ?? "").trim();
      if (value === "") listing = "notes";
      else header.notes.push(value);
      continue;
    }
    const absent = LABELS.absent.exec(text);
    if (absent && readsAttendance(text)) {
      header.notes.push(text);
      continue;
    }
    if (absent) {
      // "Fraværende: Afbud: Name, Name" (Tårnby): an empty label before the filled one.
      const value = listValue(nestedAbsentValue((absent[1] ?? "").trim()));
      listingLabel = text;
      if (value === "") listing = "absent";
      // "Afbud: 1. Jens Holm, Ø" (2. Lise Berg, V …): a numbered list whose entries stand on the label's line.
      else for (const entry of value.split(NEXT_NUMBERED)) addPeople(entry.replace(LIST_MARKER, ""), "absent");
      continue;
    }
    const date = LABELS.date.exec(text);
    if (date && (header.date === null || header.startTime === null)) {
      // "Mødetidspunkt: Kl. 16:00" under "Mødedato: …" gives the time only.
      header.date ??= findDate(date[1] ?? "");
      header.startTime ??= findTime(date[1] ?? "");
      continue;
    }
    const time = LABELS.time.exec(text);
    if (time && header.startTime === null) {
      header.startTime = findTime(time[1] ?? "");
      continue;
    }
    // A date on a line of its own ("d. 09-12-2020", "Torsdag d. 25. februar 2021 kl. 17:00") under the title.
    if (looseDate === null && text.length < 60) {
      looseDate = findDate(text);
      if (looseDate && /\bkl\.?\s*\d/iu.test(text)) header.startTime ??= findTime(text);
    }
    if (header.startTime === null && /^kl\.?\s*\d/iu.test(text)) header.startTime = findTime(text);
  }
  header.date ??= titleDate ?? looseDate;
  // "Kommunalbestyrelsen" over a date, with no "Referat" line: the body line names the meeting's body.
  if (header.committeeRaw === null && bodyBefore) setCommittee(bodyBefore);
  return header;
}
