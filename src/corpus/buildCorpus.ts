import { WorkerPool } from "../worker/node/workerPool";
import type { BuildSummary } from "../worker/node/poolJob";
import type { CorpusProgram } from "./corpusDirectory";
import type { CorpusEntry } from "./manifest";

export interface CorpusResult {
  entry: CorpusEntry;
  build: BuildSummary;
}

/**
 * Starts a build of every program as `cadforge score` builds a candidate: on the Node worker pool
 * (threads locked down, the default work budget, the wall-clock backstop), each a build job that
 * checks every part is a valid solid. One promise a program, in manifest order, so a test can
 * wait for each on its own.
 */
export function startCorpusBuilds(pool: WorkerPool, programs: CorpusProgram[]): Promise<CorpusResult>[] {
  return programs.map(({ entry, code }) => pool.run({ kind: "build", code }).then((build) => ({ entry, build })));
}

/** The whole corpus on a pool of its own; `onResult` sees each build as it ends. */
export async function buildCorpus(programs: CorpusProgram[], { workers = 2, onResult }: { workers?: number; onResult?: (result: CorpusResult) => void } = {}): Promise<CorpusResult[]> {
  const pool = new WorkerPool({ workers });
  try {
    return await Promise.all(startCorpusBuilds(pool, programs).map((pending) => pending.then((result) => (onResult?.(result), result))));
  } finally {
    await pool.close();
  }
}

/** Null when the build went as the manifest expects; otherwise what differed, for the test's message. */
export function expectationMismatch({ entry, build }: CorpusResult): string | null {
  const expect = entry.expect;
  const where = `${entry.id} (${entry.repo}:${entry.path})`;
  if (expect.builds) {
    if (build.ok) return null;
    const f = build.failure!;
    return `${where} should build but failed as ${f.class}${f.line ? ` at line ${f.line}` : ""}: ${f.message}`;
  }
  if (build.ok) return `${where} builds now, but the manifest expects ${expect.class} (${expect.cause}: ${expect.reason}); set its expect to {"builds": true}`;
  if (build.failure!.class !== expect.class) return `${where} failed as ${build.failure!.class}, not as the manifest's ${expect.class} (${expect.cause}: ${expect.reason}): ${build.failure!.message}`;
  return null;
}
