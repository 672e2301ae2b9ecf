import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { corpusDirectory, programFile, sha256 } from "./corpusDirectory";
import { extractProgram } from "./extractProgram";
import { readManifest } from "./manifest";
import { findMirror, mirrorDirectory, readAtCommit } from "./mirrorSource";

/**
 * `npm run corpus:extract`: fills the corpus directory from local git mirrors of the manifest's
 * repositories, each program taken at its pinned commit. Needs the mirrors (GitHub), so it runs
 * on a developer's machine, not in CI. Exit status 1 when any program could not be written.
 */
const mirrors = mirrorDirectory();
const dir = corpusDirectory();
const entries = await readManifest();
const problems: string[] = [];
let written = 0;
for (const entry of entries) {
  const gitDir = findMirror(mirrors, entry.repo);
  if (!gitDir) {
    problems.push(`${entry.id}: no mirror of ${entry.repo} in ${mirrors} (fetch github:${entry.repo}, or git clone --mirror it to ${mirrors}/${entry.repo.replace("/", "+")})`);
    continue;
  }
  try {
    const code = extractProgram(await readAtCommit(gitDir, entry.commit, entry.path), entry.extract);
    if (sha256(code) !== entry.sha256) throw new Error("the extracted program is not the one the manifest was measured on (sha256 differs)");
    const file = programFile(dir, entry);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, code);
    written++;
  } catch (error) {
    problems.push(`${entry.id} (${entry.repo}@${entry.commit.slice(0, 8)}:${entry.path}): ${(error as Error).message.trim()}`);
  }
}
process.stderr.write(`corpus: ${written} of ${entries.length} programs written to ${dir}\n`);
if (problems.length) {
  process.stderr.write(problems.map((p) => `  ${p}\n`).join(""));
  process.exitCode = 1;
}
