import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

export type BlindKind = "honest" | "partial" | "sloppy" | "hack";

/** A candidate written by an author who saw only the task's prompt and envelope, with the engineer's grade fixed before any scoring. */
export interface BlindCandidate {
  taskId: string;
  file: string;
  kind: BlindKind;
  /** 0-10, the author's engineering judgement of how well it is the object asked for. */
  engineerScore: number;
  why: string;
  code: string;
}

const KINDS: readonly BlindKind[] = ["honest", "partial", "sloppy", "hack"];

/**
 * Reads `<dir>/<task id>/judgement.json` and the files it names. Every field is checked: a
 * judgement that names a missing file, an unknown kind or a score outside 0-10 is an error
 * naming the file and entry, never a silently skipped candidate.
 */
export async function loadBlindSet(dir: string): Promise<BlindCandidate[]> {
  const candidates: BlindCandidate[] = [];
  for (const taskId of (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
    const where = join(dir, taskId, "judgement.json");
    const entries: unknown = JSON.parse(await readFile(where, "utf8"));
    if (!Array.isArray(entries)) throw new Error(`${where}: must be an array of judgements`);
    for (const [i, entry] of entries.entries()) {
      const at = `${where}[${i}]`;
      const e = entry as Record<string, unknown>;
      if (typeof e.file !== "string" || !/^[\w.-]+\.js$/.test(e.file)) throw new Error(`${at}.file: must name a .js file of the folder`);
      if (!KINDS.includes(e.kind as BlindKind)) throw new Error(`${at}.kind: must be one of ${KINDS.join(", ")}`);
      if (typeof e.engineer_score !== "number" || !(e.engineer_score >= 0 && e.engineer_score <= 10)) throw new Error(`${at}.engineer_score: must be a number from 0 to 10`);
      if (typeof e.why !== "string") throw new Error(`${at}.why: must be a string`);
      candidates.push({ taskId, file: e.file, kind: e.kind as BlindKind, engineerScore: e.engineer_score, why: e.why, code: await readFile(join(dir, taskId, e.file), "utf8") });
    }
  }
  return candidates;
}
