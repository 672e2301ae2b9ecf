import { buildCorpus, expectationMismatch } from "../src/corpus/buildCorpus";
import { corpusDirectory, corpusDirectoryExists, readCorpus } from "../src/corpus/corpusDirectory";
import { readManifest } from "../src/corpus/manifest";
import { median, percentile, type Figure } from "./figure";

const GROUP = "public corpus";
const WORKERS = 2;

/**
 * Build rate and build time over the public replicad programs of tests/corpus/manifest.json, each
 * built as `cadforge score` builds a candidate. Build times are the threads' own (`elapsed_ms`),
 * so they do not include waiting for a free thread. Fails, naming the folder, when the corpus
 * has not been extracted: a bench without this figure must not look complete.
 */
export async function corpusFigures(progress: (message: string) => void): Promise<Figure[]> {
  const dir = corpusDirectory();
  if (!corpusDirectoryExists(dir)) throw new Error(`no corpus at ${dir}: run \`npm run corpus:extract\` first (see README, "Public corpus")`);
  const programs = await readCorpus(dir, await readManifest());
  const started = performance.now();
  const results = await buildCorpus(programs, { workers: WORKERS });
  const wallS = (performance.now() - started) / 1000;

  const built = results.filter((r) => r.build.ok);
  const times = built.map((r) => r.build.elapsed_ms);
  const expected = results.filter((r) => r.entry.expect.builds).length;
  const mismatches = results.map(expectationMismatch).filter((m): m is string => m !== null);
  mismatches.forEach((m) => progress(`corpus: ${m}`));
  const repos = new Set(programs.map((p) => p.entry.repo)).size;

  const figures: Figure[] = [
    { group: GROUP, label: "programs", value: results.length, unit: "programs", note: `from ${repos} repositories, replicad's docs among them` },
    { group: GROUP, label: "built", value: built.length, unit: "programs", note: `${expected} expected to build` },
    { group: GROUP, label: "build rate", value: (100 * built.length) / results.length, unit: "%" },
    { group: GROUP, label: "builds unlike the manifest says", value: mismatches.length, unit: "programs", target: { max: 0, source: "tests/corpus/manifest.json" } },
    { group: GROUP, label: "build time, median of built", value: median(times), unit: "ms", note: "in the thread, default work budget" },
    { group: GROUP, label: "build time, p90 of built", value: percentile(times, 90), unit: "ms" },
    { group: GROUP, label: "whole corpus", value: wallS, unit: "s", note: `${WORKERS} worker threads` },
  ];
  const byClass = new Map<string, number>();
  const byCause = new Map<string, number>();
  for (const { entry, build } of results) {
    if (build.ok) continue;
    byClass.set(build.failure!.class, (byClass.get(build.failure!.class) ?? 0) + 1);
    const cause = entry.expect.builds ? "unexpected" : entry.expect.cause;
    byCause.set(cause, (byCause.get(cause) ?? 0) + 1);
  }
  for (const [failureClass, count] of [...byClass].sort()) figures.push({ group: GROUP, label: `failed as ${failureClass}`, value: count, unit: "programs" });
  for (const [cause, count] of [...byCause].sort()) figures.push({ group: GROUP, label: `failed, cause: ${cause}`, value: count, unit: "programs" });
  return figures;
}
