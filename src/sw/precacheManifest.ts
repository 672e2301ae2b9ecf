import { createHash } from "node:crypto";

/** What the service worker stores: every file of one build, and a version that changes with any byte of them. */
export interface PrecacheManifest {
  version: string;
  /** Paths relative to the service worker's folder (the app's root), sorted. */
  files: string[];
}

/** Files a build writes but the page never loads, so not worth an offline copy. */
export function isPrecached(path: string): boolean {
  return !path.endsWith(".map") && !path.startsWith(".vite/");
}

/** The manifest of `files` (path to contents); the version is a SHA-256 over sorted paths and contents. */
export function precacheManifest(files: ReadonlyMap<string, Uint8Array | string>): PrecacheManifest {
  const paths = [...files.keys()].filter(isPrecached).sort();
  const hash = createHash("sha256");
  for (const path of paths) {
    hash.update(path);
    hash.update("\0");
    hash.update(createHash("sha256").update(files.get(path)!).digest());
  }
  return { version: hash.digest("hex").slice(0, 12), files: paths };
}
