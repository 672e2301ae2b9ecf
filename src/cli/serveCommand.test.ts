import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCadforge as cadforge } from "../../tests/support/runCadforge";
import { DEFAULT_IDLE_TIMEOUT_MS, DEFAULT_MAX_SESSIONS } from "../server/limits";
import { readServeOptions } from "./serveCommand";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

describe("cadforge serve options", () => {
  it("binds 127.0.0.1:8000 by default, with the default limits", () => {
    expect(readServeOptions([])).toMatchObject({ host: "127.0.0.1", port: 8000, maxSessions: DEFAULT_MAX_SESSIONS, idleTimeoutMs: DEFAULT_IDLE_TIMEOUT_MS, mode: "fast", budget: 30_000 });
    expect(readServeOptions(["--host", "0.0.0.0", "--port", "0", "--max-sessions", "4", "--workers", "2", "--idle-timeout", "30", "--mode", "full", "--timeout", "5000"])).toEqual({
      host: "0.0.0.0",
      port: 0,
      maxSessions: 4,
      workers: 2,
      idleTimeoutMs: 30_000,
      mode: "full",
      budget: 30_000,
      timeoutMs: 5000,
    });
  });

  it.each([
    [["--port", "70000"], /--port must be a port number/],
    [["--port", "http"], /--port must be a port number/],
    [["--max-sessions", "0"], /--max-sessions must be a positive integer/],
    [["--idle-timeout", "0"], /--idle-timeout must be a positive integer/],
    [["--mode", "slow"], /--mode must be "fast" or "full"/],
  ])("refuses %j, naming the option", (args, message) => {
    expect(() => readServeOptions(args)).toThrow(message);
  });

  it("exits 2 with the reason on stderr for a usage error", async () => {
    const run = await cadforge(["serve", "--verbose"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/serve: Unknown option '--verbose'/);
  });
});

describe("cadforge serve", () => {
  it("says where it listens, answers there, and ends cleanly on SIGTERM", async () => {
    const child = spawn(process.execPath, ["bin/cadforge.mjs", "serve", "--port", "0", "--workers", "1"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on("data", (d) => {
        stderr += d;
        const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
        if (match) resolve(match[1]);
      });
      child.on("close", () => reject(new Error(`serve ended: ${stderr}`)));
    });
    expect(await (await fetch(`${url}/health`)).json()).toEqual({ status: "healthy" });
    const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(stderr).toContain("SIGTERM, closing");
  });
});
