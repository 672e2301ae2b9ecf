import { defineConfig, configDefaults } from "vitest/config";

// The same-result-under-load check starts processes that take every core four times over: it
// runs alone (`npm run test:load`), after the suite, so it slows no other test.
const underLoad = process.env.CADFORGE_TEST_UNDER_LOAD === "1";

export default defineConfig({
  test: {
    include: underLoad ? ["tests/load/**/*.test.ts"] : ["src/**/*.test.ts", "tests/**/*.test.ts"],
    exclude: underLoad ? configDefaults.exclude : [...configDefaults.exclude, "tests/load/**"],
    environment: "node",
    // The kernel is 23 MB of WASM per worker; two forks match the two cores of the target machine.
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
