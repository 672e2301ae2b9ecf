import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { CorpusEntry } from "./manifest";

/**
 * Where the extracted programs live: `CADFORGE_CORPUS_DIR`, or the repository's gitignored
 * `corpus/`. Fetched code is never committed, so this folder exists only where
 * `npm run corpus:extract` has filled it.
 */
export function corpusDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return env.CADFORGE_CORPUS_DIR ? resolve(env.CADFORGE_CORPUS_DIR) : fileURLToPath(new URL("../../corpus", import.meta.url));
}

export function corpusDirectoryExists(dir: string): boolean {
  return existsSync(dir);
}

export function programFile(dir: string, entry: Pick<CorpusEntry, "id">): string {
  return join(dir, `${entry.id}.js`);
}

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

export interface CorpusProgram {
  entry: CorpusEntry;
  code: string;
}

/**
 * Every program of the manifest, read from `dir`. One missing, or whose text is not the one the
 * manifest was measured on, is an error naming it: a half-filled or stale folder must not pass
 * for the corpus.
 */
export async function readCorpus(dir: string, entries: CorpusEntry[]): Promise<CorpusProgram[]> {
  const problems: string[] = [];
  const programs: CorpusProgram[] = [];
  for (const entry of entries) {
    const file = programFile(dir, entry);
    let code: string;
    try {
      code = await readFile(file, "utf8");
    } catch {
      problems.push(`${entry.id}: ${file} is missing`);
      continue;
    }
    if (sha256(code) !== entry.sha256) problems.push(`${entry.id}: ${file} is not the program the manifest names (sha256 differs)`);
    else programs.push({ entry, code });
  }
  if (problems.length) throw new Error(`the corpus in ${dir} does not match tests/corpus/manifest.json; run \`npm run corpus:extract\`:\n  ${problems.join("\n  ")}`);
  return programs;
}
