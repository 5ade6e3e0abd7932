// The FirstAgenda Publication JSON API as sync uses it: the committee list and one meeting's agenda or minutes.
//
// A site (https://dagsordener.<kommune>.dk) sets a session cookie on its front page and may redirect API calls
// that come without it; the front page is visited first, and again when an API call ends on an HTML page.
import { z } from "zod";
import type { HttpResponse, PoliteClient } from "../polite-client.ts";
import { type MeetingResponse, MeetingResponseSchema } from "./schema.ts";

/** A FirstAgenda id (a GUID); kept to safe characters because it names the stored file. */
export const FirstAgendaIdSchema = z
  .string()
  .regex(/^[0-9A-Za-z][0-9A-Za-z_-]{0,127}$/, "an id is letters, digits, '-' and '_'");

/** `GET /api/agenda/udvalgsliste`: committees by group ("Aktuelle politiske udvalg", earlier ones), with meetings. */
export const CommitteeListSchema = z.object({
  Udvalg: z.record(
    z.string(),
    z.array(
      z.object({
        Navn: z.string().min(1),
        Id: FirstAgendaIdSchema,
        Moeder: z.array(z.object({ Id: FirstAgendaIdSchema, Dato: z.string().min(10) })).nullable(),
      }),
    ),
  ),
});
export type CommitteeList = z.infer<typeof CommitteeListSchema>;

/** `GET /api/agenda/dagsorden/{id}`: checked with the reader's schema (src/sources/firstagenda/schema.ts). */
export type AgendaResponse = MeetingResponse;

/** True once the API marks the meeting finished (`Moede.Afsluttet`): its minutes are out. */
export function isFinished(meeting: MeetingResponse): boolean {
  return meeting.Moede.Afsluttet === true;
}

/** One meeting as the committee list names it. */
export interface ListedMeeting {
  id: string;
  committee: string;
  /** YYYY-MM-DD as listed. */
  date: string;
}

/** A response that is not what the API promises: names the URL and the field. */
export class ApiResponseError extends Error {
  constructor(
    readonly url: string,
    reason: string,
  ) {
    super(`${url}: ${reason}`);
    this.name = "ApiResponseError";
  }
}

export interface FirstAgendaSite {
  readonly baseUrl: string;
  /** Every meeting of every committee group, each once, in list order. */
  listMeetings(): Promise<ListedMeeting[]>;
  /** One meeting's agenda or minutes: the bytes as served and the fields sync decides by. */
  fetchMeeting(id: string): Promise<{ url: string; bytes: Buffer; meeting: AgendaResponse }>;
}

export function firstAgendaSite(client: PoliteClient, siteUrl: string): FirstAgendaSite {
  const baseUrl = siteUrl.replace(/\/+$/, "");
  let session: Promise<unknown> | null = null;
  const visitFrontPage = () => {
    session ??= client.get(`${baseUrl}/`).catch(() => {
      // Without the cookie the API may still answer; a failure shows on the API call itself.
      session = null;
    });
    return session;
  };

  /** GETs an API path and parses its JSON with the schema; a redirect to an HTML page renews the session once. */
  async function getJson<T>(path: string, schema: z.ZodType<T>): Promise<{ url: string; bytes: Buffer; value: T }> {
    const url = `${baseUrl}${path}`;
    await visitFrontPage();
    let response = await client.get(url);
    if (looksLikeHtml(response)) {
      session = null;
      await visitFrontPage();
      response = await client.get(url);
      if (looksLikeHtml(response)) {
        throw new ApiResponseError(url, `answered with an HTML page (${response.finalUrl}), not JSON`);
      }
    }
    let raw: unknown;
    try {
      raw = JSON.parse(response.body.toString("utf8"));
    } catch (error) {
      throw new ApiResponseError(url, `is not valid JSON (${(error as Error).message})`);
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ApiResponseError(url, `field ${issue?.path.join(".") || "(root)"}: ${issue?.message}`);
    }
    return { url, bytes: response.body, value: parsed.data };
  }

  return {
    baseUrl,
    async listMeetings() {
      const { value } = await getJson("/api/agenda/udvalgsliste", CommitteeListSchema);
      const seen = new Set<string>();
      const meetings: ListedMeeting[] = [];
      for (const committees of Object.values(value.Udvalg)) {
        for (const committee of committees) {
          for (const m of committee.Moeder ?? []) {
            if (seen.has(m.Id)) continue;
            seen.add(m.Id);
            meetings.push({ id: m.Id, committee: committee.Navn, date: m.Dato.slice(0, 10) });
          }
        }
      }
      return meetings;
    },
    async fetchMeeting(id) {
      const { url, bytes, value } = await getJson(
        `/api/agenda/dagsorden/${encodeURIComponent(id)}`,
        MeetingResponseSchema,
      );
      if (value.Id !== id) throw new ApiResponseError(url, `field Id: ${value.Id}, expected ${id}`);
      return { url, bytes, meeting: value };
    },
  };
}

function looksLikeHtml(response: HttpResponse): boolean {
  if (/html/i.test(response.contentType)) return true;
  const start = response.body.subarray(0, 64).toString("utf8").trimStart();
  return start.startsWith("<");
}
