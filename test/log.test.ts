import { describe, expect, it } from "vitest";
import { newRequestId } from "../src/log.ts";
import { captureLogs } from "./harness/log-capture.ts";

describe("createLogger", () => {
  it("masks secret values wherever they appear: message, fields, error message and stack", () => {
    const secret = "xoxb-123-456-topsecret";
    const { logger, text } = captureLogs([secret]);
    logger.info(`connecting with ${secret}`);
    logger.info({ url: `https://x.dk/?token=${secret}`, nested: { deeper: [secret] } }, "call");
    logger.error({ err: new Error(`invalid_auth for ${secret}`) }, "failed");
    expect(text()).not.toContain(secret);
    expect(text()).toContain("[redacted]");
  });

  it("redacts fields named like secrets even when their values are unknown to it", () => {
    const { logger, lines } = captureLogs();
    logger.info(
      { token: "abc", settings: { botToken: "def", signingSecret: "ghi" }, headers: { authorization: "Bot x" } },
      "s",
    );
    expect(lines[0]).toMatchObject({
      token: "[redacted]",
      settings: { botToken: "[redacted]", signingSecret: "[redacted]" },
      headers: { authorization: "[redacted]" },
    });
  });

  it("keeps an error's type, message and cause", () => {
    const { logger, lines } = captureLogs();
    logger.error({ err: new TypeError("bad", { cause: new Error("root") }) }, "x");
    expect(lines[0]?.err).toMatchObject({ type: "TypeError", message: "bad", cause: { message: "root" } });
  });

  it("makes short, distinct request ids", () => {
    const ids = new Set(Array.from({ length: 200 }, newRequestId));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}$/);
  });
});
