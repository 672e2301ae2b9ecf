import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { build, preview } from "vite";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** Its own output folder, so the bench never replaces a `dist/` that e2e tests are serving. */
const OUT_DIR = fileURLToPath(new URL("./results/dist", import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A production build served by `vite preview` on a free local port: what the page figures measure. */
export async function startPreview(): Promise<{ url: string; distDir: string; close(): Promise<void> }> {
  await build({ root: ROOT, logLevel: "warn", build: { outDir: OUT_DIR, emptyOutDir: true } });
  const port = await freePort();
  const server = await preview({ root: ROOT, logLevel: "warn", build: { outDir: OUT_DIR }, preview: { host: "127.0.0.1", port, strictPort: true } });
  return { url: `http://127.0.0.1:${port}/`, distDir: OUT_DIR, close: () => server.close() };
}
