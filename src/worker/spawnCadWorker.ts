/** The browser's CAD worker; Vite bundles `cadWorker.ts` and its WASM from this URL. */
export function spawnCadWorker(): Worker {
  return new Worker(new URL("./cadWorker.ts", import.meta.url), { type: "module", name: "cadforge-kernel" });
}
