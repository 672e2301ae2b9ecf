import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface CadforgeRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `cadforge` command as a subprocess with `stdin` as its input, until it ends by itself. */
export function runCadforge(args: string[], stdin = ""): Promise<CadforgeRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["bin/cadforge.mjs", ...args], { cwd: ROOT, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}
