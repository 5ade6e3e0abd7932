import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { ApiResponseError, firstAgendaSite } from "../../src/sources/firstagenda/api.ts";
import { createPoliteClient } from "../../src/sources/polite-client.ts";

let close: (() => Promise<void>) | null = null;
afterEach(async () => {
  await close?.();
  close = null;
});

/** A site whose API answers each path with the given JSON text. */
async function site(answers: Record<string, string>): Promise<string> {
  const server = createServer((req, res) => {
    const body = answers[req.url ?? ""];
    if (req.url === "/") res.writeHead(200, { "content-type": "text/html" }).end("<html></html>");
    else if (body === undefined) res.writeHead(404).end();
    else res.writeHead(200, { "content-type": "application/json" }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  close = () => new Promise((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("the FirstAgenda API as sync reads it", () => {
  it("names the URL and the field of a committee list that is not what the API promises", async () => {
    const url = await site({
      "/api/agenda/udvalgsliste": JSON.stringify({
        Udvalg: { "Aktuelle politiske udvalg": [{ Navn: "Økonomiudvalget", Id: "u1", Moeder: [{ Id: "m1" }] }] },
      }),
    });
    const error = await firstAgendaSite(createPoliteClient({ pauseMs: 0 }), url)
      .listMeetings()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiResponseError);
    expect((error as Error).message).toMatch(
      new RegExp(`^${url}/api/agenda/udvalgsliste: field Udvalg\\.Aktuelle politiske udvalg\\.0\\.Moeder\\.0\\.Dato: `),
    );
  });

  it("names the URL and the field of a meeting response without its items, and one answering for another id", async () => {
    const meeting = { Id: "m1", Udvalg: { Navn: "Økonomiudvalget" }, Moede: { Dato: "2025-03-19T16:00:00+01:00" } };
    const url = await site({
      "/api/agenda/dagsorden/m1": JSON.stringify(meeting),
      "/api/agenda/dagsorden/m2": JSON.stringify({ ...meeting, Dagsordenpunkter: [] }),
    });
    const api = firstAgendaSite(createPoliteClient({ pauseMs: 0 }), url);
    await expect(api.fetchMeeting("m1")).rejects.toThrow(`${url}/api/agenda/dagsorden/m1: field Dagsordenpunkter: `);
    await expect(api.fetchMeeting("m2")).rejects.toThrow(`${url}/api/agenda/dagsorden/m2: field Id: m1, expected m2`);
  });

  it("lists each meeting once across committee groups, with its date", async () => {
    const url = await site({
      "/api/agenda/udvalgsliste": JSON.stringify({
        Udvalg: {
          "Aktuelle politiske udvalg": [
            { Navn: "Økonomiudvalget", Id: "u1", Moeder: [{ Id: "m1", Dato: "2025-03-19T16:00:00+01:00" }] },
          ],
          "Tidligere udvalg": [
            {
              Navn: "Økonomiudvalget 2018-2021",
              Id: "u0",
              Moeder: [
                { Id: "m1", Dato: "2025-03-19T16:00:00+01:00" },
                { Id: "m0", Dato: "2020-01-06T16:00:00+01:00" },
              ],
            },
            { Navn: "Tomt udvalg", Id: "u2", Moeder: null },
          ],
        },
      }),
    });
    expect(await firstAgendaSite(createPoliteClient({ pauseMs: 0 }), url).listMeetings()).toEqual([
      { id: "m1", committee: "Økonomiudvalget", date: "2025-03-19" },
      { id: "m0", committee: "Økonomiudvalget 2018-2021", date: "2020-01-06" },
    ]);
  });
});
