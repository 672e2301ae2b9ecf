import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import type { EpisodeSession } from "./episodeSession";
import { MAX_MESSAGE_BYTES, MAX_PENDING_MESSAGES } from "./limits";
import { CapacityError, type Lease, type SessionTable } from "./sessionTable";
import { acceptWebSocket, CloseCode, type WebSocketConnection, type WebSocketHandlers } from "./webSocket";
import { WireError, type WsAnswer } from "./wireAnswers";
import { readWsRequest } from "./wireRequests";

export interface EpisodeSocketDeps {
  table: SessionTable;
  idleTimeoutMs: number;
  newSession(): EpisodeSession;
  /** Answers a JSON-RPC request sent as an `mcp` message, within this connection's session. */
  mcp(request: Record<string, unknown>, sessionId: string): Promise<unknown>;
}

type Pending = { text: string } | { unreadable: string };

/**
 * `/ws`: one connection, one session, as OpenEnv's server does it. The slot is taken when the
 * connection opens (past `--max-sessions` the client gets OpenEnv's capacity error, then a close);
 * messages are answered one at a time, in the order they came, so a client may send before its
 * last answer arrived; a connection that ends frees its slot at once and takes its waiting step
 * out of the pool's queue.
 */
export function serveEpisodeSocket(request: IncomingMessage, socket: Socket, head: Buffer, deps: EpisodeSocketDeps): void {
  const channel = new EpisodeChannel(deps);
  channel.start(acceptWebSocket(request, socket, head, channel, { maxMessageBytes: MAX_MESSAGE_BYTES }));
}

class EpisodeChannel implements WebSocketHandlers {
  private ws!: WebSocketConnection;
  private lease: Lease | null = null;
  private session: EpisodeSession | null = null;
  private readonly pending: Pending[] = [];
  private draining = false;

  constructor(private readonly deps: EpisodeSocketDeps) {}

  start(ws: WebSocketConnection): void {
    this.ws = ws;
    try {
      this.lease = this.deps.table.open(() => ws.close(CloseCode.goingAway, `session idle for more than ${Math.round(this.deps.idleTimeoutMs / 1000)} s`));
    } catch (error) {
      if (!(error instanceof CapacityError)) throw error;
      ws.send(JSON.stringify(new WireError("CAPACITY_REACHED", error.message, { active_sessions: error.activeSessions, max_sessions: error.maxSessions }).answer()));
      ws.close(CloseCode.tryAgainLater, "server at capacity");
      return;
    }
    this.session = this.deps.newSession();
  }

  message(text: string): void {
    this.enqueue({ text });
  }

  unreadable(reason: string): void {
    this.enqueue({ unreadable: reason });
  }

  closed(): void {
    this.pending.length = 0;
    this.session?.end();
    this.lease?.release();
  }

  private enqueue(item: Pending): void {
    if (!this.session || !this.ws.open) return;
    this.pending.push(item);
    if (this.pending.length >= MAX_PENDING_MESSAGES) this.ws.pause();
    void this.drain();
  }

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    const lease = this.lease!;
    while (this.pending.length && this.ws.open) {
      const item = this.pending.shift()!;
      if (this.pending.length < MAX_PENDING_MESSAGES) this.ws.resume();
      lease.busy = true;
      const answer = await this.answer(item);
      lease.busy = false;
      lease.touch();
      if (answer === "close") this.ws.close(CloseCode.normal, "closed at the client's request");
      else this.ws.send(JSON.stringify(answer));
    }
    this.draining = false;
  }

  /** The answer to one message; never throws, whatever the message. */
  private async answer(item: Pending): Promise<WsAnswer | "close"> {
    const session = this.session!;
    try {
      if ("unreadable" in item) {
        throw new WireError("VALIDATION_ERROR", `Invalid message: ${item.unreadable}`, { errors: [{ loc: [], msg: item.unreadable, type: "message_unreadable" }] });
      }
      const request = readWsRequest(item.text);
      switch (request.type) {
        case "reset":
          return { type: "observation", data: session.reset(request.data, ["data"]) };
        case "step":
          return { type: "observation", data: await session.step(request.data, ["data"]) };
        case "state":
          return { type: "state", data: session.state() };
        case "mcp":
          return { type: "mcp", data: await this.deps.mcp(request.data, this.lease!.id) };
        case "close":
          return "close";
      }
    } catch (error) {
      if (error instanceof WireError) return error.answer();
      return new WireError("EXECUTION_ERROR", `the server failed on this message: ${(error as Error)?.message ?? error}`).answer();
    }
  }
}
