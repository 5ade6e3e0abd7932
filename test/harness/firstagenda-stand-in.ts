// A local stand-in for a FirstAgenda Publication site: the front page (sets the session cookie), the committee list
// and each meeting's JSON, served from real files, with switches for the faults a real site shows.
import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { join } from "node:path";

/** A fault served instead of a meeting's (or the list's) answer, `times` times (default once). */
export type StandInFault =
  | { kind: "500"; times?: number }
  | { kind: "429"; retryAfterSeconds: number; times?: number }
  /** Accepts the request and never answers. */
  | { kind: "hang"; times?: number }
  /** 200 with a body cut off in the middle of the JSON. */
  | { kind: "malformed"; times?: number }
  | { kind: "404"; times?: number };

/** One request as the stand-in saw it. */
export interface StandInRequest {
  path: string;
  cookie: string | null;
  userAgent: string | null;
  status: number | "hung";
  at: number;
}

export interface FirstAgendaStandIn {
  /** The site's address, e.g. http://127.0.0.1:PORT (what sources.json names). */
  readonly url: string;
  readonly requests: StandInRequest[];
  /** Meeting ids by the fixture file they came from. */
  readonly ids: ReadonlyMap<string, string>;
  /** API requests for one meeting's JSON. */
  meetingRequests(id: string): StandInRequest[];
  /** Serves `path` (a file of the agenda as published before the meeting) for the meeting until `publishMinutes`. */
  serveAgenda(id: string, path: string): void;
  /** From now on the meeting's real file (the minutes) is served. */
  publishMinutes(id: string): void;
  /** Leaves the meeting out of the committee list (a meeting not yet announced) until `list`. */
  unlist(id: string): void;
  list(id: string): void;
  /** The next answer(s) for a meeting id, or "udvalgsliste", is this fault. */
  fault(target: string, fault: StandInFault): void;
  /** Forgets every session, as a site does when its sessions expire. */
  forgetSessions(): void;
  close(): Promise<void>;
}

export interface StandInOptions {
  /** The folder of FirstAgenda API JSON files (GET /api/agenda/dagsorden/{id} responses). */
  dir: string;
  /** Only these files of `dir` (default: every .json file). */
  files?: readonly string[];
  port?: number;
}

interface Meeting {
  id: string;
  bytes: Buffer;
  committee: { id: string; name: string; historic: boolean };
  date: string;
}

const COOKIE = "fa_session";

/** Real Greve API responses (test/fixtures/real/firstagenda/greve, the same layout as ../shared/real). */
export const GREVE_FIXTURES = join(import.meta.dirname, "../fixtures/real/firstagenda/greve");

/** Six of them, one per committee of six, 2022–2025: what the sync tests serve. */
export const GREVE_SIX: readonly string[] = [
  "greve-beskaeftigelses-og-erhvervsudvalget-2022-01-10.json",
  "greve-klima-teknik-og-miljoeudvalget-2022-12-12.json",
  "greve-kultur-og-fritidsudvalget-2025-03-26.json",
  "greve-oekonomiudvalget-2025-03-19.json",
  "greve-social-og-handicapudvalget-2024-04-22.json",
  "greve-sundheds-og-omsorgsudvalget-2022-05-23.json",
];

/**
 * The agenda of Social- og Handicapudvalget 22 April 2024 as published before the meeting, derived from the real
 * minutes: Moede.Afsluttet false and each item's "Beslutning" section removed (see test/harness/README.md).
 */
export const GREVE_AGENDA = join(
  import.meta.dirname,
  "../fixtures/firstagenda-derived/greve-social-og-handicapudvalget-2024-04-22.agenda.json",
);

export async function startFirstAgendaStandIn(options: StandInOptions): Promise<FirstAgendaStandIn> {
  const meetings = new Map<string, Meeting>();
  const ids = new Map<string, string>();
  for (const name of options.files ?? readdirSync(options.dir).sort()) {
    if (!name.endsWith(".json")) continue;
    const bytes = readFileSync(join(options.dir, name));
    const doc = JSON.parse(bytes.toString("utf8")) as {
      Id: string;
      Udvalg: { Id: string; Navn: string; Historisk: boolean };
      Moede: { Dato: string };
    };
    meetings.set(doc.Id, {
      id: doc.Id,
      bytes,
      committee: { id: doc.Udvalg.Id, name: doc.Udvalg.Navn, historic: doc.Udvalg.Historisk },
      date: doc.Moede.Dato,
    });
    ids.set(name, doc.Id);
  }
  const agendas = new Map<string, Buffer>();
  const unlisted = new Set<string>();
  const faults = new Map<string, StandInFault[]>();
  const sessions = new Set<string>();
  const requests: StandInRequest[] = [];
  const sockets = new Set<Socket>();

  const committeeList = () => {
    const groups: Record<string, { Navn: string; Id: string; Moeder: { Id: string; Dato: string }[] }[]> = {
      "Aktuelle politiske udvalg": [],
      "Tidligere udvalg": [],
    };
    const byCommittee = new Map<string, { group: string; entry: (typeof groups)[string][number] }>();
    for (const m of [...meetings.values()].sort((a, b) => a.date.localeCompare(b.date))) {
      if (unlisted.has(m.id)) continue;
      let found = byCommittee.get(m.committee.id);
      if (!found) {
        found = {
          group: m.committee.historic ? "Tidligere udvalg" : "Aktuelle politiske udvalg",
          entry: { Navn: m.committee.name, Id: m.committee.id, Moeder: [] },
        };
        byCommittee.set(m.committee.id, found);
        groups[found.group]?.push(found.entry);
      }
      found.entry.Moeder.push({ Id: m.id, Dato: m.date });
    }
    for (const list of Object.values(groups)) list.sort((a, b) => a.Navn.localeCompare(b.Navn, "da"));
    return Buffer.from(JSON.stringify({ Udvalg: groups }));
  };

  const takeFault = (target: string): StandInFault | undefined => {
    const list = faults.get(target);
    const fault = list?.[0];
    if (!list || !fault) return undefined;
    const left = (fault.times ?? 1) - 1;
    if (left <= 0) list.shift();
    else list[0] = { ...fault, times: left };
    return fault;
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://stand-in");
    const cookie = req.headers.cookie ?? null;
    const record: StandInRequest = {
      path: url.pathname,
      cookie,
      userAgent: req.headers["user-agent"] ?? null,
      status: 200,
      at: Date.now(),
    };
    requests.push(record);
    const send = (status: number, body: Buffer | string, headers: Record<string, string> = {}) => {
      record.status = status;
      res.writeHead(status, headers);
      res.end(body);
    };
    if (req.method !== "GET") return send(405, "method not allowed");
    if (url.pathname === "/") {
      const session = randomUUID();
      sessions.add(session);
      return send(200, "<!doctype html><html><body><h1>Dagsordener og referater</h1></body></html>", {
        "content-type": "text/html; charset=utf-8",
        "set-cookie": `${COOKIE}=${session}; Path=/; HttpOnly`,
      });
    }
    const api = /^\/api\/agenda\/(udvalgsliste|dagsorden\/([^/]+))$/.exec(url.pathname);
    if (!api) return send(404, "not found", { "content-type": "text/plain" });
    // Like the real sites: an API call without the front page's session cookie is sent to the front page.
    const session = /(?:^|;\s*)fa_session=([^;]+)/.exec(cookie ?? "")?.[1];
    if (!session || !sessions.has(session)) return send(302, "", { location: "/" });
    const id = api[2] ? decodeURIComponent(api[2]) : null;
    const fault = takeFault(id ?? "udvalgsliste");
    if (fault && serveFault(fault, res, record)) return;
    if (id === null) return send(200, committeeList(), { "content-type": "application/json; charset=utf-8" });
    const meeting = meetings.get(id);
    if (!meeting) return send(404, JSON.stringify({ Message: "Not found" }), { "content-type": "application/json" });
    return send(200, agendas.get(id) ?? meeting.bytes, { "content-type": "application/json; charset=utf-8" });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    ids,
    meetingRequests: (id) => requests.filter((r) => r.path === `/api/agenda/dagsorden/${id}`),
    serveAgenda(id, path) {
      if (!meetings.has(id)) throw new Error(`stand-in: no meeting ${id}`);
      agendas.set(id, readFileSync(path));
    },
    publishMinutes: (id) => void agendas.delete(id),
    unlist: (id) => void unlisted.add(id),
    list: (id) => void unlisted.delete(id),
    fault(target, fault) {
      const list = faults.get(target) ?? [];
      list.push(fault);
      faults.set(target, list);
    },
    forgetSessions: () => sessions.clear(),
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Answers with the fault; true when the response is taken care of (a hang never answers). */
function serveFault(fault: StandInFault, res: ServerResponse, record: StandInRequest): boolean {
  switch (fault.kind) {
    case "500":
      record.status = 500;
      res.writeHead(500, { "content-type": "text/plain" }).end("Internal Server Error");
      return true;
    case "429":
      record.status = 429;
      res
        .writeHead(429, { "content-type": "text/plain", "retry-after": String(fault.retryAfterSeconds) })
        .end("Too Many Requests");
      return true;
    case "hang":
      record.status = "hung";
      return true;
    case "malformed":
      record.status = 200;
      res.writeHead(200, { "content-type": "application/json" }).end('{"Id": "cut off in the mid');
      return true;
    case "404":
      record.status = 404;
      res.writeHead(404, { "content-type": "application/json" }).end('{"Message":"Not found"}');
      return true;
  }
}
