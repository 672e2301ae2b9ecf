import { defineConfig } from "@playwright/test";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

// Each run serves its own build on a port of its own, so two suites can run side by side (CI
// shares its machine). The first process picks it; the workers it starts inherit it.
process.env.CADFORGE_E2E_PORT ??= String(20_000 + (process.pid % 20_000));
const port = Number(process.env.CADFORGE_E2E_PORT);

export default defineConfig({
  testDir: "e2e",
  // Each page runs a 23 MB WASM kernel; two at once is what two cores carry.
  workers: 2,
  // Limits catch a hang, they do not measure speed (that is `npm run bench`): CI shares its cores.
  timeout: 300_000,
  expect: { timeout: 60_000 },
  reporter: [["list"]],
  // The same-result-under-load spec takes every core four times over: it runs after all the others.
  projects: [
    { name: "page", testIgnore: /underLoad\.spec\.ts/ },
    { name: "under load", testMatch: /underLoad\.spec\.ts/, dependencies: ["page"] },
  ],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    headless: true,
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `npm run build && npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
