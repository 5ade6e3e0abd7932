// Checking a Meeting in parts reports the issue zod reports first on the whole Meeting, at any depth, or none.
import { describe, expect, it } from "vitest";
import { ADVERSARIAL_SHAPES } from "../../bench/adversarial-minutes.ts";
import { type Meeting, MeetingSchema } from "../../src/domain/index.ts";
import { firstIssue } from "../../src/parse/check-schema.ts";
import { parseText } from "../../src/parse/index.ts";

/** A meeting of about `bytes` characters of vote lines: over a thousand votes in one item's decision block. */
function voteMeeting(bytes: number): Meeting {
  const build = ADVERSARIAL_SHAPES["vote-like lines"];
  if (!build) throw new Error("no vote-like shape");
  return parseText(build(bytes), { source: "votes.txt" });
}

/** zod's own first issue on the whole value, in the same form. */
function zodFirst(value: unknown): { path: PropertyKey[]; message: string } | null {
  const checked = MeetingSchema.safeParse(value);
  if (checked.success) return null;
  const issue = checked.error.issues[0];
  return { path: issue?.path ?? [], message: issue?.message ?? "" };
}

const breakages: [string, (m: Meeting) => void][] = [
  ["a vote's entry deep in the list", (m) => Object.assign(m.votes[900]?.for[0] ?? {}, { name: "" })],
  [
    "a late vote's date and an earlier vote's outcome",
    (m) => {
      Object.assign(m.votes[1000] ?? {}, { date: "1. maj" });
      Object.assign(m.votes[700] ?? {}, { outcome: "tied" });
    },
  ],
  [
    "a decision of the item and a vote",
    (m) => {
      Object.assign(m.votes[10] ?? {}, { item: 0 });
      Object.assign(m.items[0]?.decisions[0] ?? {}, { date: "" });
    },
  ],
  ["a field of the meeting after the long lists", (m) => Object.assign(m, { upcoming: "none" })],
  ["a field of the meeting before them", (m) => Object.assign(m, { committee: "" })],
];

describe("firstIssue", () => {
  it("finds nothing in a meeting as parsed, small or with a thousand votes", () => {
    const large = voteMeeting(150_000);
    expect(large.votes.length).toBeGreaterThan(1000);
    expect(firstIssue(MeetingSchema, large)).toBeNull();
    expect(firstIssue(MeetingSchema, voteMeeting(500))).toBeNull();
  });

  it.each(breakages)("reports zod's first issue for %s", (_name, breakIt) => {
    const m = voteMeeting(150_000);
    breakIt(m);
    const expected = zodFirst(m);
    expect(expected).not.toBeNull();
    expect(firstIssue(MeetingSchema, m)).toEqual(expected);
  });
});
