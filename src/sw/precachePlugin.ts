import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Plugin, type ResolvedConfig } from "vite";
import { isCachedOnFirstUse, isPrecached, precacheManifest, type PrecacheManifest } from "./precacheManifest.ts";

const SW_ENTRY = fileURLToPath(new URL("./serviceWorker.ts", import.meta.url));
export const SW_FILE = "sw.js";

/**
 * Adds `sw.js` to a production build: the service worker with the list of every file of this build
 * (chunks, worker bundles, WASM, fonts, `index.html`, the public folder) and a content hash as its
 * version. After writing, it checks that the folder holds nothing the list missed.
 */
export function precachePlugin(): Plugin {
  let config: ResolvedConfig;
  let manifest: PrecacheManifest;
  return {
    name: "cadforge:precache",
    apply: "build",
    enforce: "post",
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle: {
      order: "post",
      async handler(_options, bundle) {
        const files = new Map<string, Uint8Array | string>();
        for (const [fileName, output] of Object.entries(bundle)) files.set(fileName, output.type === "chunk" ? output.code : output.source);
        if (config.publicDir) {
          for (const path of await listFiles(config.publicDir)) files.set(path, await readFile(join(config.publicDir, path)));
        }
        manifest = precacheManifest(files);
        this.emitFile({ type: "asset", fileName: SW_FILE, source: await bundleServiceWorker(manifest) });
      },
    },
    async closeBundle() {
      const outDir = config.build.outDir;
      const listed = new Set([...manifest.files, ...manifest.onFirstUse]);
      const missing = (await listFiles(outDir)).filter((path) => path !== SW_FILE && (isPrecached(path) || isCachedOnFirstUse(path)) && !listed.has(path));
      if (missing.length > 0) throw new Error(`the service worker's precache list misses files of ${outDir}: ${missing.join(", ")}`);
    },
  };
}

/** The service worker as one self-contained classic script (a module service worker is not supported everywhere). */
async function bundleServiceWorker(manifest: PrecacheManifest): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: "warn",
    define: { __PRECACHE_MANIFEST__: JSON.stringify(manifest) },
    build: {
      write: false,
      target: "es2022",
      minify: true,
      lib: { entry: SW_ENTRY, formats: ["iife"], name: "cadforgeServiceWorker", fileName: () => SW_FILE },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ("output" in r ? r.output : []));
  const chunk = outputs.find((o) => o.type === "chunk");
  if (!chunk || chunk.type !== "chunk") throw new Error("building the service worker gave no script");
  return chunk.code;
}

/** Every file under `dir`, as `/`-separated paths relative to it. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"));
}
