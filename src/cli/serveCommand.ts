import { availableParallelism } from "node:os";
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { startServer } from "../server/cadServer";
import { DEFAULT_IDLE_TIMEOUT_MS, DEFAULT_MAX_SESSIONS } from "../server/limits";
import type { ScoreMode } from "../scorer/types";
import type { Task } from "../tasks/types";
import { positiveInteger, readLimits, readMode } from "./cliOptions";
import { UsageError } from "./usageError";

export interface ServeOptions {
  host: string;
  port: number;
  maxSessions: number;
  workers: number;
  idleTimeoutMs: number;
  mode: ScoreMode;
  budget: number;
  timeoutMs: number;
}

export const DEFAULT_PORT = 8000;

/**
 * `cadforge serve`: the OpenEnv server (`src/server`), until SIGINT or SIGTERM. The address it
 * listens on goes to stderr once it does (`--port 0` picks a free port, and the line says which).
 */
export async function runServeCommand(argv: string[], tasks: readonly Task[]): Promise<number> {
  const options = readServeOptions(argv);
  const packageJson = JSON.parse(await readFile(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  let server;
  try {
    server = await startServer({ ...options, tasks, version: packageJson.version });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE" || code === "EACCES" || code === "EADDRNOTAVAIL") throw new UsageError(`serve: cannot listen on ${options.host}:${options.port} (${code})`);
    throw error;
  }
  process.stderr.write(
    `cadforge serve: listening on ${server.url} (WebSocket ${server.url.replace("http", "ws")}/ws; ${options.workers} workers, ` +
      `at most ${options.maxSessions} sessions, idle ones closed after ${options.idleTimeoutMs / 1000} s)\n`,
  );
  const signal = await new Promise<string>((resolve) => {
    process.once("SIGINT", () => resolve("SIGINT"));
    process.once("SIGTERM", () => resolve("SIGTERM"));
  });
  process.stderr.write(`cadforge serve: ${signal}, closing\n`);
  await server.close();
  return 0;
}

export function readServeOptions(argv: string[]): ServeOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        host: { type: "string" },
        port: { type: "string" },
        "max-sessions": { type: "string" },
        workers: { type: "string" },
        "idle-timeout": { type: "string" },
        mode: { type: "string" },
        budget: { type: "string" },
        timeout: { type: "string" },
      },
    }));
  } catch (error) {
    throw new UsageError(`serve: ${(error as Error).message}`);
  }
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (values.port !== undefined && (!/^\d+$/.test(values.port) || port > 65535)) throw new UsageError(`--port must be a port number from 0 to 65535, not "${values.port}"`);
  if (values.host === "") throw new UsageError("--host must name an address, such as 127.0.0.1 or 0.0.0.0");
  return {
    host: values.host ?? "127.0.0.1",
    port,
    maxSessions: values["max-sessions"] === undefined ? DEFAULT_MAX_SESSIONS : positiveInteger("--max-sessions", values["max-sessions"]),
    workers: values.workers === undefined ? Math.min(availableParallelism(), 8) : positiveInteger("--workers", values.workers),
    idleTimeoutMs: values["idle-timeout"] === undefined ? DEFAULT_IDLE_TIMEOUT_MS : positiveInteger("--idle-timeout", values["idle-timeout"]) * 1000,
    mode: readMode(values.mode),
    ...readLimits(values),
  };
}
