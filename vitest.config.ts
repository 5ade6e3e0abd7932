import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Generous: CI shares a 2-core machine; tests that start processes (npm start, discord:register) take seconds.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The default report, then one plain summary line last (test/support/summary-reporter.ts).
    reporters: ["default", "./test/support/summary-reporter.ts"],
  },
});
