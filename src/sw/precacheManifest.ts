import { createHash } from "node:crypto";

/** What the service worker stores: every file of one build, and a version that changes with any byte of them. */
export interface PrecacheManifest {
  version: string;
  /** Paths relative to the service worker's folder (the app's root), sorted: stored when the service worker installs. */
  files: string[];
  /** Paths stored the first time the page asks for them (Pyodide's, ~11 MB that only Python users need), sorted. */
  onFirstUse: string[];
}

/** Files a build writes but the page never loads, so not worth an offline copy. */
function isWorthKeeping(path: string): boolean {
  return !path.endsWith(".map") && !path.startsWith(".vite/");
}

/** Pyodide's folder (`pyodide-<version>/`): copied offline when Python is first used, never for replicad-only users. */
export function isCachedOnFirstUse(path: string): boolean {
  return /^pyodide-[^/]+\//.test(path);
}

/** Files the service worker stores when it installs. */
export function isPrecached(path: string): boolean {
  return isWorthKeeping(path) && !isCachedOnFirstUse(path);
}

/** The manifest of `files` (path to contents); the version is a SHA-256 over sorted paths and contents. */
export function precacheManifest(files: ReadonlyMap<string, Uint8Array | string>): PrecacheManifest {
  const kept = [...files.keys()].filter(isWorthKeeping).sort();
  const hash = createHash("sha256");
  for (const path of kept) {
    hash.update(path);
    hash.update("\0");
    hash.update(createHash("sha256").update(files.get(path)!).digest());
  }
  return { version: hash.digest("hex").slice(0, 12), files: kept.filter(isPrecached), onFirstUse: kept.filter(isCachedOnFirstUse) };
}
