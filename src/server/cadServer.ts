import { createServer, type Server } from "node:http";
import type { Socket } from "node:net";
import type { ScoreMode } from "../scorer/types";
import type { Task } from "../tasks/types";
import { WorkerPool } from "../worker/node/workerPool";
import { EpisodeSession, type Scorer } from "./episodeSession";
import { serveEpisodeSocket } from "./episodeSocket";
import { handleHttp } from "./httpRoutes";
import { McpService } from "./mcp";
import { SessionTable } from "./sessionTable";
import { handshakeProblem, refuseHandshake } from "./webSocket";

export interface ServerOptions {
  tasks: readonly Task[];
  host: string;
  /** 0 picks a free port; `CadServer.port` tells which. */
  port: number;
  maxSessions: number;
  idleTimeoutMs: number;
  workers: number;
  /** The candidate's limits, as `cadforge score` applies them. */
  budget: number;
  timeoutMs: number;
  mode: ScoreMode;
  version: string;
}

export interface CadServer {
  readonly url: string;
  readonly port: number;
  readonly pool: WorkerPool;
  readonly sessions: SessionTable;
  /** Stops listening, closes every connection and the worker pool. */
  close(): Promise<void>;
}

/**
 * The OpenEnv server: HTTP routes, `/ws` episodes and MCP on one port, every candidate scored on
 * the worker pool (its threads, work budget and wall-clock backstop, as `cadforge score`), so no
 * candidate runs on the event loop that answers the other sessions.
 */
export async function startServer(options: ServerOptions): Promise<CadServer> {
  const pool = new WorkerPool({ workers: options.workers, timeoutMs: options.timeoutMs });
  const sessions = new SessionTable({ maxSessions: options.maxSessions, idleTimeoutMs: options.idleTimeoutMs });
  const score: Scorer = (task, code, mode, language, signal) => pool.run({ kind: "score", task, code, mode, budget: options.budget, language }, { signal });
  const newSession = () => new EpisodeSession({ tasks: options.tasks, score, defaultMode: options.mode });
  const mcp = new McpService({ tasks: options.tasks, table: sessions, defaultMode: options.mode, score });
  const sockets = new Set<Socket>();

  const server: Server = createServer((request, response) => {
    void handleHttp(request, response, { table: sessions, newSession, mcp, version: options.version });
  });
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });
  server.on("upgrade", (request, socket: Socket, head: Buffer) => {
    const path = (request.url ?? "/").split("?")[0];
    if (path !== "/ws") return refuseHandshake(socket, 404, `no WebSocket at ${path}; episodes are at /ws`);
    // Browsers always send Origin and nothing else does: a page the user visits must not drive the server.
    if (request.headers.origin !== undefined) return refuseHandshake(socket, 403, "WebSocket connections from web pages are refused");
    const problem = handshakeProblem(request);
    if (problem) return refuseHandshake(socket, problem.status, problem.message);
    serveEpisodeSocket(request, socket, head, {
      table: sessions,
      idleTimeoutMs: options.idleTimeoutMs,
      newSession,
      mcp: (body, sessionId) => mcp.answer(body, sessionId),
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;

  return {
    url: `http://${host}:${port}`,
    port,
    pool,
    sessions,
    async close() {
      sessions.stop();
      mcp.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
      await pool.close();
    },
  };
}
