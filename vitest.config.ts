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
    // A limit catches a hang, it does not measure speed (that is `npm run bench`): CI shares its
    // cores, and beside another suite the heaviest tests took several times their quiet minute.
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
