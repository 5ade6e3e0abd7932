import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MeetingSchema } from "../../src/domain/index.ts";
import { createViewerHandler, startViewer } from "../../src/viewer/index.ts";
import { FIXTURE_MEETINGS, fixtureIndex } from "../answer/fixture-index.ts";

const hostile = MeetingSchema.parse({
  ...FIXTURE_MEETINGS[3],
  source: "e_hostile.txt",
  committee: "Udvalget <script>alert(1)</script>",
  items: [
    {
      ...FIXTURE_MEETINGS[3]?.items[0],
      title: `Plan "for" <b>veje</b> & stier`,
      text: "Første afsnit.\n\nAndet <img src=x onerror=alert(1)> afsnit.",
    },
  ],
});
const index = fixtureIndex([...FIXTURE_MEETINGS, hostile], {
  "a_sbu_2022-03-09.txt": { url: "https://testrup.dk/referat.pdf" },
});

let base: string;
let close: () => Promise<void>;
beforeAll(async () => {
  const viewer = await startViewer({ index, port: 0 });
  base = viewer.url;
  close = viewer.close;
});
afterAll(async () => {
  await close();
});

async function get(path: string, method = "GET"): Promise<{ status: number; type: string; body: string }> {
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = request(url, { method }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => {
        body += c;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, type: String(res.headers["content-type"]), body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the minutes viewer", () => {
  it("binds to 127.0.0.1 by default", () => {
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it("lists every meeting, newest first, with links to their pages", async () => {
    const res = await get("/");
    expect(res.status).toBe(200);
    expect(res.type).toBe("text/html; charset=utf-8");
    const first = res.body.indexOf("2022-04-06");
    const last = res.body.indexOf("2021-11-10");
    expect(first).toBeGreaterThan(0);
    expect(last).toBeGreaterThan(first);
    expect(res.body).toContain(`href="/meetings/${FIXTURE_MEETINGS[0]?.id}"`);
  });

  it("shows a meeting with an anchor per item, decisions and votes highlighted", async () => {
    const res = await get(`/meetings/${FIXTURE_MEETINGS[0]?.id}`);
    expect(res.status).toBe(200);
    for (const n of [1, 2, 3, 4, 5, 6]) expect(res.body).toContain(`id="punkt-${n}"`);
    expect(res.body).toContain('<div class="decision"><h3>Beslutning: Byrådet den 2022-02-28</h3>');
    expect(res.body).toContain('<div class="vote">');
    expect(res.body).toContain("Forkastet (11 for, 13 imod, 1 undlod)");
    expect(res.body).toContain("C(9), O(2)");
    expect(res.body).toContain("Fælleslegatet 2022");
    expect(res.body).toContain('href="https://testrup.dk/referat.pdf"');
  });

  it("escapes everything taken from the minutes", async () => {
    const res = await get(`/meetings/${hostile.id}`);
    expect(res.status).toBe(200);
    expect(res.body).not.toContain("<script>alert(1)</script>");
    expect(res.body).toContain("Udvalget &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(res.body).toContain("Plan &quot;for&quot; &lt;b&gt;veje&lt;/b&gt; &amp; stier");
    expect(res.body).not.toContain("<img");
    expect(res.body).toContain("<p>Første afsnit.</p>");
  });

  it("answers 404 for an unknown meeting and for other paths", async () => {
    expect((await get("/meetings/no-such-meeting")).status).toBe(404);
    expect((await get("/favicon.ico")).status).toBe(404);
  });

  it("answers HEAD without a body and refuses other methods", async () => {
    const head = await get("/", "HEAD");
    expect(head.status).toBe(200);
    expect(head.body).toBe("");
    expect((await get("/", "POST")).status).toBe(405);
  });

  it("leaves paths it does not serve to the caller", () => {
    const handle = createViewerHandler(index);
    const res = { writeHead: () => res, end: () => res };
    expect(handle({ url: "/slack/events", method: "POST" } as never, res as never)).toBe(false);
    expect(handle({ url: "/", method: "GET" } as never, res as never)).toBe(true);
  });
});

describe("the minutes viewer's security headers", () => {
  it.each(["/", "/meetings/nothing-here"])("forbids framing and referrers on %s", async (path) => {
    const res = await fetch(new URL(path, base));
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });
});
