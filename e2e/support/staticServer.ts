import { createServer, type Server } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import type { AddressInfo } from "node:net";

/** The built app the static-host tests serve; `CADFORGE_DIST` points them at another build. */
export const DIST_DIR = resolve(process.env.CADFORGE_DIST ?? "dist");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".ttf": "font/ttf",
  ".json": "application/json",
};

export interface StaticServer {
  /** Absolute URL of the folder's root, ending in `/`. */
  url: string;
  origin: string;
  /** Every path asked for, in order, with the status it got. */
  requests: { path: string; status: number }[];
  /** Serves these bytes instead of the file at a path under the prefix (say, a newer `sw.js`). */
  overrides: Map<string, Buffer>;
  close(): Promise<void>;
}

/**
 * A plain static file server, as any static host would be: files of `folder` under `prefix` on
 * 127.0.0.1, nothing else (no SPA fallback, no rewriting), `index.html` for a folder.
 */
export async function serveFolder(folder: string, prefix = "/"): Promise<StaticServer> {
  const root = resolve(folder);
  const requests: StaticServer["requests"] = [];
  const overrides = new Map<string, Buffer>();
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    const send = (status: number, body: Buffer | string, type = "text/plain; charset=utf-8") => {
      requests.push({ path, status });
      response.writeHead(status, { "content-type": type, "cache-control": "no-cache" });
      response.end(request.method === "HEAD" ? undefined : body);
    };
    if (request.method !== "GET" && request.method !== "HEAD") return send(405, "method not allowed");
    if (!path.startsWith(prefix)) return send(404, "outside the app's folder");
    let relative = path.slice(prefix.length);
    if (relative === "" || relative.endsWith("/")) relative += "index.html";
    const override = overrides.get(relative);
    if (override) return send(200, override, TYPES[extname(relative)]);
    const file = normalize(join(root, relative));
    if (file !== root && !file.startsWith(root + sep)) return send(403, "outside the app's folder");
    try {
      if (!(await stat(file)).isFile()) return send(404, "not a file");
      send(200, await readFile(file), TYPES[extname(file)] ?? "application/octet-stream");
    } catch {
      send(404, "not found");
    }
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: origin + prefix,
    origin,
    requests,
    overrides,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Fails early, with the fix, when the build under test is missing. */
export async function requireBuild(): Promise<void> {
  try {
    await stat(join(DIST_DIR, "sw.js"));
  } catch {
    throw new Error(`no built app with a service worker in ${DIST_DIR}: run \`npm run build\` (or set CADFORGE_DIST)`);
  }
}
