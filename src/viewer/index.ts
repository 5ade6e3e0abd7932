// The minutes viewer: every indexed meeting as an HTML page (GET /meetings/<id>, an anchor per item) and a list at GET /.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { LoadedIndex } from "../search/index.ts";
import { escapeHtml, page } from "./html.ts";
import { renderMeeting } from "./render-meeting.ts";

/**
 * A request handler for the viewer's routes; returns false for paths it does not serve, so servers can chain it.
 * Given a function, it asks it for the index on each request (background sync swaps in new indexes).
 */
export function createViewerHandler(
  source: LoadedIndex | (() => LoadedIndex),
): (req: IncomingMessage, res: ServerResponse) => boolean {
  const current = typeof source === "function" ? source : () => source;
  let idsOf: { index: LoadedIndex; ids: Map<string, number> } | null = null;
  return (req, res) => {
    const index = current();
    if (idsOf?.index !== index) idsOf = { index, ids: new Map(index.meetings.map((m, i) => [m.id, i] as const)) };
    const { ids } = idsOf;
    const url = new URL(req.url ?? "/", "http://localhost");
    const path = url.pathname;
    const isMeeting = path.startsWith("/meetings/");
    if (path !== "/" && path !== "/meetings" && path !== "/meetings/" && !isMeeting) return false;
    if (req.method !== "GET" && req.method !== "HEAD") {
      send(res, req, 405, page("405", "<h1>Method not allowed</h1>"), { Allow: "GET, HEAD" });
      return true;
    }
    if (!isMeeting || path === "/meetings/") {
      send(res, req, 200, renderList(index));
      return true;
    }
    let id: string;
    try {
      id = decodeURIComponent(path.slice("/meetings/".length)).replace(/\/+$/, "");
    } catch {
      id = "";
    }
    const at = ids.get(id);
    const meeting = at === undefined ? undefined : index.meetings[at];
    if (at === undefined || !meeting) {
      send(
        res,
        req,
        404,
        page("Ikke fundet", `<h1>Intet møde med id ${escapeHtml(id)}</h1><p><a href="/">Alle møder</a></p>`),
      );
      return true;
    }
    const name = index.manifest.inputs[at]?.name ?? meeting.source;
    send(res, req, 200, renderMeeting(meeting, index.sources[name]?.url ?? meeting.sourceRef.url));
    return true;
  };
}

function send(
  res: ServerResponse,
  req: IncomingMessage,
  status: number,
  html: string,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Length": Buffer.byteLength(html),
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy":
      "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    ...headers,
  });
  res.end(req.method === "HEAD" ? undefined : html);
}

/** The list of meetings, newest first, grouped by nothing but sorted by date. */
export function renderList(index: LoadedIndex): string {
  const rows = index.meetings
    .map((m) => m)
    .sort((a, b) => b.date.localeCompare(a.date) || a.committee.localeCompare(b.committee, "da"))
    .map((m) => {
      const kind = m.documentType === "dagsorden" ? "Dagsorden" : "Referat";
      return `<li><a href="/meetings/${escapeHtml(encodeURIComponent(m.id))}">${escapeHtml(
        `${m.date} ${m.committee}${m.municipality ? `, ${m.municipality}` : ""}`,
      )}</a> <span class="meta">${kind}, ${m.items.length} punkter</span></li>`;
    });
  return page("Referater", `<h1>Referater</h1><ul>${rows.join("\n")}</ul>`);
}

export interface ViewerOptions {
  /** The index, or a function giving the current one. */
  index: LoadedIndex | (() => LoadedIndex);
  port: number;
  /** Interface to bind (default 127.0.0.1). */
  host?: string;
}

/** Starts an HTTP server for the viewer; port 0 picks a free port. */
export async function startViewer(options: ViewerOptions): Promise<{ url: string; close(): Promise<void> }> {
  const handle = createViewerHandler(options.index);
  const server = createServer((req, res) => {
    if (!handle(req, res))
      send(res, req, 404, page("Ikke fundet", `<h1>Ikke fundet</h1><p><a href="/">Alle møder</a></p>`));
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections?.();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
