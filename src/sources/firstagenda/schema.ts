// The FirstAgenda Publication API's meeting response (`GET /api/agenda/dagsorden/{id}`), as far as we read it.
// Fields we do not read are let through; the ones we read are checked, so a changed API fails with the field named.
import { z } from "zod";

const Text = z.string().nullish();

export const ParticipantSchema = z.looseObject({
  Name: z.string(),
  Absent: z.boolean().nullish(),
  ParticipationCancelled: z.boolean().nullish(),
});

export const FieldSchema = z.looseObject({
  /** The field's caption, when the site shows one above the HTML. */
  Navn: Text,
  Html: Text,
  Link: Text,
});

export const AgendaItemSchema = z.looseObject({
  /** The item's own id (used in official item links `…/vis?id=<meeting>&punktid=<item>`). */
  Id: z.string().min(1),
  Punktnummer: z.union([z.string(), z.number()]).nullish(),
  Number: z.union([z.string(), z.number()]).nullish(),
  Navn: Text,
  Caption: Text,
  SagsNummer: Text,
  CaseNumber: Text,
  Sorting: z.number().nullish(),
  Felter: z.array(FieldSchema).nullish(),
  Bilag: z.array(z.looseObject({ Link: Text })).nullish(),
  /** Who the system records as away from this item: `{Name, AttendanceType: 2, Reason: "Fraværende"}`. */
  ExternalAgendaItemAttendees: z.array(z.looseObject({ Name: Text, Reason: Text })).nullish(),
});

export const MeetingResponseSchema = z.looseObject({
  /** The meeting's id: the document's stable identity. */
  Id: z.string().min(1),
  Udvalg: z.looseObject({ Navn: z.string().min(1) }),
  Moede: z.looseObject({
    /** ISO date and time with the local offset, "2022-01-10T08:00:00+01:00". */
    Dato: z.string().regex(/^\d{4}-\d{2}-\d{2}/, "a date is written YYYY-MM-DD…"),
    Sted: Text,
    /** True once the minutes are published: the meeting is finished. */
    Afsluttet: z.boolean().nullish(),
    Moededeltagere: z.array(ParticipantSchema).nullish(),
  }),
  Dagsordenpunkter: z.array(AgendaItemSchema),
});
export type MeetingResponse = z.infer<typeof MeetingResponseSchema>;
export type AgendaItemResponse = z.infer<typeof AgendaItemSchema>;
