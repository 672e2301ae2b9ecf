import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Where `fetch` leaves git mirrors (`<dir>/<owner>+<name>/repo`); `CADFORGE_MIRROR_DIR` overrides it. */
export function mirrorDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return env.CADFORGE_MIRROR_DIR ?? "/work/.mirror";
}

/** The git directory holding `owner/name`: a fetched mirror, or a plain clone at `<dir>/<owner>+<name>`. */
export function findMirror(mirrors: string, repo: string): string | null {
  const base = join(mirrors, repo.replace("/", "+"));
  for (const candidate of [join(base, "repo"), base]) if (existsSync(candidate)) return candidate;
  return null;
}

/** A file as it was at `commit`, read without a work tree (`git show <commit>:<path>`). */
export async function readAtCommit(gitDir: string, commit: string, path: string): Promise<string> {
  const { stdout } = await run("git", ["-C", gitDir, "show", `${commit}:${path}`], { maxBuffer: 64 * 1024 * 1024, encoding: "utf8" });
  return stdout;
}
