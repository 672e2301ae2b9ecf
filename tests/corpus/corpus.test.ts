import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectationMismatch, startCorpusBuilds, type CorpusResult } from "../../src/corpus/buildCorpus";
import { corpusDirectory, corpusDirectoryExists, readCorpus } from "../../src/corpus/corpusDirectory";
import { readManifest } from "../../src/corpus/manifest";
import { WorkerPool } from "../../src/worker/node/workerPool";

/**
 * Public replicad programs (tests/corpus/manifest.json) must build here as the manifest says.
 *
 * Their code may not be committed, and CI reaches npm and Debian but not GitHub, so CI cannot
 * fill the corpus directory. Hence: when the default `corpus/` folder is absent the programs are
 * skipped, visibly (a warning naming the folder and how to fill it, and every program reported as
 * skipped); when `CADFORGE_CORPUS_DIR` names a folder that does not exist, someone asked for the
 * corpus and the test fails. A folder that exists but lacks a program, or holds another text than
 * the one the manifest was measured on, fails too.
 */
const dir = corpusDirectory();
const entries = await readManifest();
const present = corpusDirectoryExists(dir);
const askedFor = Boolean(process.env.CADFORGE_CORPUS_DIR);

if (!present && !askedFor) {
  console.warn(`corpus: ${dir} is absent, so the ${entries.length} public programs of tests/corpus/manifest.json are SKIPPED. Fill it with \`npm run corpus:extract\` (needs git mirrors of their repositories).`);
}

describe("the corpus directory", () => {
  it.runIf(askedFor)("exists when CADFORGE_CORPUS_DIR names it", () => {
    expect(present, `CADFORGE_CORPUS_DIR=${process.env.CADFORGE_CORPUS_DIR}: no such folder; run \`npm run corpus:extract\` with the same variable`).toBe(true);
  });
});

describe.skipIf(!present)("public replicad programs build as the manifest expects", () => {
  let pool: WorkerPool;
  const builds = new Map<string, Promise<CorpusResult>>();

  beforeAll(async () => {
    const programs = await readCorpus(dir, entries);
    pool = new WorkerPool({ workers: 2 });
    startCorpusBuilds(pool, programs).forEach((pending, i) => builds.set(programs[i].entry.id, pending));
  });
  afterAll(() => pool?.close());

  it.each(entries.map((entry) => [entry.id, entry] as const))("%s", async (_id, entry) => {
    expect(expectationMismatch(await builds.get(entry.id)!)).toBeNull();
  });
});
