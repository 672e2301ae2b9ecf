import { randomUUID } from "node:crypto";

/** OpenEnv's `SessionCapacityError`: every slot is taken. */
export class CapacityError extends Error {
  constructor(
    readonly activeSessions: number,
    readonly maxSessions: number,
  ) {
    super(`Server at capacity: ${activeSessions}/${maxSessions} sessions active; retry when one ends`);
    this.name = "CapacityError";
  }
}

/** One taken slot. `busy` while a request of it runs: a busy session never expires. */
export interface Lease {
  readonly id: string;
  busy: boolean;
  /** Marks activity: the idle clock restarts. */
  touch(): void;
  /** Frees the slot; later calls do nothing. */
  release(): void;
}

interface Entry {
  lease: Lease;
  lastActive: number;
  expire: () => void;
}

export interface SessionTableOptions {
  maxSessions: number;
  idleTimeoutMs: number;
}

/**
 * The slots every kind of session takes (a WebSocket episode, an HTTP step while it runs, an MCP
 * session), so `--max-sessions` bounds them together, and the idle clock that ends the ones
 * nobody has used for `idleTimeoutMs`.
 */
export class SessionTable {
  private readonly entries = new Map<string, Entry>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(private readonly options: SessionTableOptions) {
    // Checked four times per timeout (at least every 5 s), so a session outlives its limit by a quarter at most.
    const every = Math.min(5_000, Math.max(50, options.idleTimeoutMs / 4));
    this.sweeper = setInterval(() => this.sweep(), every);
    this.sweeper.unref();
  }

  get active(): number {
    return this.entries.size;
  }

  get maxSessions(): number {
    return this.options.maxSessions;
  }

  /** Takes a slot, or throws `CapacityError`. `expire` ends the session when it has been idle too long. */
  open(expire: () => void): Lease {
    if (this.entries.size >= this.options.maxSessions) throw new CapacityError(this.entries.size, this.options.maxSessions);
    const id = randomUUID();
    const entry: Entry = {
      lastActive: performance.now(),
      expire,
      lease: {
        id,
        busy: false,
        touch: () => {
          entry.lastActive = performance.now();
        },
        release: () => {
          this.entries.delete(id);
        },
      },
    };
    this.entries.set(id, entry);
    return entry.lease;
  }

  get(id: string): Lease | undefined {
    return this.entries.get(id)?.lease;
  }

  stop(): void {
    clearInterval(this.sweeper);
  }

  private sweep(): void {
    const now = performance.now();
    for (const entry of [...this.entries.values()]) {
      if (entry.lease.busy || now - entry.lastActive <= this.options.idleTimeoutMs) continue;
      entry.lease.release();
      entry.expire();
    }
  }
}
