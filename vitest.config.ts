import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // The default report, then one plain summary line last (test/support/summary-reporter.ts).
    reporters: ["default", "./test/support/summary-reporter.ts"],
  },
});
