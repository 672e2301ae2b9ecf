import { startServer, type CadServer, type ServerOptions } from "../../src/server/cadServer";
import { loadCatalogueFromDisk } from "../../src/tasks/loadFromDisk";
import { DEFAULT_BACKSTOP_MS, DEFAULT_WORK_BUDGET } from "../../src/model/limits";

/** A real server on a free port of 127.0.0.1, real kernel and worker threads; `overrides` change its options. */
export async function startTestServer(overrides: Partial<ServerOptions> = {}): Promise<CadServer> {
  const { tasks } = await loadCatalogueFromDisk();
  return startServer({
    tasks,
    host: "127.0.0.1",
    port: 0,
    maxSessions: 8,
    idleTimeoutMs: 60_000,
    workers: 1,
    budget: DEFAULT_WORK_BUDGET,
    timeoutMs: DEFAULT_BACKSTOP_MS,
    mode: "fast",
    version: "test",
    ...overrides,
  });
}

/** A candidate that builds in milliseconds: a cube of `size` mm, whose volume identifies its answer. */
export function boxCode(size: number): string {
  return `const { makeBaseBox } = replicad;\nconst main = () => makeBaseBox(${size}, ${size}, ${size});`;
}

/** Waits, without a deadline of its own (the test's timeout is the limit), until `condition` holds. */
export async function eventually(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20));
}
