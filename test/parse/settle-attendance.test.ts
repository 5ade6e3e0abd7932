// settleAttendance reads which items record a decision only when some absence is stated: a meeting that records
// nobody away never has its decisions read for attendance words.
import { describe, expect, it } from "vitest";
import { type AttendanceInput, settleAttendance } from "../../src/parse/refine/attendance.ts";

const base: AttendanceInput = {
  date: "2025-10-08",
  items: [1, 2, 3],
  votes: [],
  absent: [],
  absentAt: [],
  partial: [],
  substitutes: [],
  members: [],
};

describe("settleAttendance: the decided items, asked for lazily", () => {
  it("does not ask for the decided items when nobody is recorded away", () => {
    let asked = 0;
    const settled = settleAttendance({
      ...base,
      decided: () => {
        asked += 1;
        return [1, 2];
      },
    });
    expect(asked).toBe(0);
    expect(settled).toEqual({ absent: [], partialAbsence: [], substitutes: [] });
  });

  it("reads an absence under two of three items the same from a function as from a list", () => {
    // "Fraværende: Bo Dam" under items 1 and 2; item 3 records no decision ("Underskriftsark" with "."), so the
    // absence covers every decided item: absent from the meeting, no partial absence.
    const input: AttendanceInput = {
      ...base,
      absentAt: [
        { name: "Bo Dam", item: 1, text: "Fraværende: Bo Dam" },
        { name: "Bo Dam", item: 2, text: "Fraværende: Bo Dam" },
      ],
    };
    const expected = { absent: ["Bo Dam"], partialAbsence: [], substitutes: [] };
    let asked = 0;
    const lazy = settleAttendance({
      ...input,
      decided: () => {
        asked += 1;
        return [1, 2];
      },
    });
    expect(lazy).toEqual(expected);
    expect(asked).toBe(1);
    expect(settleAttendance({ ...input, decided: [1, 2] })).toEqual(expected);
    // With all three items decided the same sentences bound the absence to items 1 and 2.
    const all = settleAttendance({ ...input, decided: () => [1, 2, 3] });
    expect(all.absent).toEqual(["Bo Dam"]);
    expect(all.partialAbsence.map((p) => `${p.name}|${p.items.join(",")}`)).toEqual(["Bo Dam|1,2"]);
  });
});
