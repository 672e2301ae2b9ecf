import * as Comlink from "comlink";
import type { BuildFailure } from "../kernel/failure";
import type { ScoreResult } from "../scorer/types";
import type { BuildRequest, BuildResponse, CadWorkerApi, ExportFormat, ScoreRequest } from "./protocol";

/** What the client needs of a worker: Comlink endpoint plus terminate and crash events. */
export interface WorkerLike extends Comlink.Endpoint {
  terminate(): void;
}

export interface CadWorkerClientOptions {
  /** Starts a fresh worker; called at start, after a timeout, crash or cancel, and to recycle. */
  spawn: () => WorkerLike;
  /** A build running longer than this is stopped (worker terminated and replaced). */
  timeLimitMs?: number;
  /** Past this many heap bytes the worker is replaced between builds (the WASM heap never shrinks). */
  heapLimitBytes?: number;
  onBuild?: (event: BuildEvent) => void;
  onStatus?: (status: ClientStatus) => void;
}

export interface BuildEvent {
  id: number;
  request: BuildRequest;
  response: BuildResponse;
  /** `performance.now()` when the build was requested (after any typing pause) and when it ended. */
  requestedAt: number;
  finishedAt: number;
  /** The user stopped it; `response` then reports it as a failed build with no location. */
  cancelled: boolean;
}

export interface ClientStatus {
  building: boolean;
  /** Workers started to replace one that timed out, crashed or was cancelled. */
  restarts: number;
  /** Workers replaced because their heap passed the limit. */
  recycles: number;
  /** Kernel load time of the first worker, once known. */
  initMs: number | null;
}

export class ScoreSuperseded extends Error {
  constructor() {
    super("newer code is waiting to be scored; this score was skipped");
    this.name = "ScoreSuperseded";
  }
}

export const DEFAULT_TIME_LIMIT_MS = 10_000;
export const DEFAULT_HEAP_LIMIT_BYTES = 1024 * 1024 * 1024;

interface Session {
  worker: WorkerLike;
  api: Comlink.Remote<CadWorkerApi>;
  ready: Promise<{ initMs: number }>;
  /** Settles with a message when the worker dies on its own (uncaught error, failed message). */
  died: Promise<string>;
  /** The request whose model this worker currently holds, if any. */
  holds: BuildRequest | null;
}

type Run<T> = { kind: "done"; value: T } | { kind: "timeout" } | { kind: "cancelled" } | { kind: "crashed"; message: string };

/**
 * The page's handle on the CAD worker. One build runs at a time; a request made meanwhile waits,
 * and a newer one replaces it, so only the newest code runs next. A build that passes the time
 * limit, crashes the worker or is cancelled costs the worker: it is terminated and a fresh one
 * started, and the model the user last saw is rebuilt there before anything needs it.
 */
export class CadWorkerClient {
  timeLimitMs: number;
  heapLimitBytes: number;
  private readonly options: CadWorkerClientOptions;
  private session: Session;
  private pending: { id: number; request: BuildRequest; requestedAt: number } | null = null;
  private lastGood: BuildRequest | null = null;
  private nextId = 1;
  private scoreTicket = 0;
  private pumping = false;
  private interrupt: ((reason: "cancelled") => void) | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private status: ClientStatus = { building: false, restarts: 0, recycles: 0, initMs: null };

  constructor(options: CadWorkerClientOptions) {
    this.options = options;
    this.timeLimitMs = options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
    this.heapLimitBytes = options.heapLimitBytes ?? DEFAULT_HEAP_LIMIT_BYTES;
    this.session = this.startSession();
    this.session.ready.then(
      ({ initMs }) => this.setStatus({ initMs }),
      () => {},
    );
  }

  /** Asks for a build; returns its id. A request still waiting is dropped in favour of this one. */
  request(request: BuildRequest): number {
    const id = this.nextId++;
    this.pending = { id, request, requestedAt: performance.now() };
    void this.pump();
    return id;
  }

  /** Drops the waiting request and stops the running build (its worker is replaced). */
  cancel(): void {
    this.pending = null;
    this.interrupt?.("cancelled");
  }

  get currentStatus(): ClientStatus {
    return this.status;
  }

  /** Binary STL or STEP of the last successful build. */
  exportModel(format: ExportFormat): Promise<ArrayBuffer> {
    return this.exclusive(async () => {
      await this.restoreModel();
      return this.unwrap(await this.run((api) => api.exportModel(format), this.timeLimitMs), "export");
    });
  }

  /**
   * Builds and scores code without touching the current model (for a client whose worker only
   * scores). Only the newest request runs next: one still waiting when a newer one arrives is
   * dropped with `ScoreSuperseded`, since it describes code the user has already changed.
   */
  scoreCode(request: BuildRequest & ScoreRequest): Promise<ScoreResult> {
    const ticket = ++this.scoreTicket;
    return this.exclusive(async () => {
      if (ticket !== this.scoreTicket) throw new ScoreSuperseded();
      return this.unwrap(await this.run((api) => api.scoreCode(request), this.timeLimitMs), "scoring");
    });
  }

  heapBytes(): Promise<number> {
    return this.exclusive(async () => this.unwrap(await this.run((api) => api.heapBytes(), this.timeLimitMs), "heap query"));
  }

  dispose(): void {
    this.pending = null;
    this.interrupt?.("cancelled");
    this.session.worker.terminate();
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.pending) {
        const job = this.pending;
        this.pending = null;
        this.setStatus({ building: true });
        const { response, cancelled } = await this.exclusive(() => this.buildNow(job.request));
        this.options.onBuild?.({ id: job.id, request: job.request, response, requestedAt: job.requestedAt, finishedAt: performance.now(), cancelled });
        if (response.ok && response.heapBytes > this.heapLimitBytes) await this.exclusive(() => this.recycle());
      }
    } finally {
      this.pumping = false;
      this.setStatus({ building: false });
    }
  }

  private async buildNow(request: BuildRequest): Promise<{ response: BuildResponse; cancelled: boolean }> {
    const started = performance.now();
    const outcome = await this.run((api) => api.build(request) as Promise<BuildResponse>, this.timeLimitMs, true);
    if (outcome.kind === "done") {
      const response = outcome.value;
      if (response.ok) {
        this.session.holds = request;
        this.lastGood = request;
      } else if (response.failure.class === "out_of_memory") {
        this.restart();
      }
      return { response, cancelled: false };
    }
    const failure: BuildFailure =
      outcome.kind === "timeout"
        ? { class: "timeout", message: `the build ran past the ${formatSeconds(this.timeLimitMs)} time limit and was stopped`, line: null, column: null, operation: null }
        : outcome.kind === "cancelled"
          ? { class: "timeout", message: "the build was cancelled before it finished", line: null, column: null, operation: null }
          : { class: /memory|OOM/i.test(outcome.message) ? "out_of_memory" : "kernel_error", message: `the CAD worker crashed: ${outcome.message}`, line: null, column: null, operation: null };
    const response: BuildResponse = { ok: false, failure, defaultParams: null, logs: [], buildMs: performance.now() - started, heapBytes: 0 };
    return { response, cancelled: outcome.kind === "cancelled" };
  }

  /**
   * Runs one call on the current worker, racing it against the time limit, a cancel and the
   * worker's death. Anything but a normal answer replaces the worker.
   */
  private async run<T>(call: (api: Comlink.Remote<CadWorkerApi>) => Promise<T>, limitMs: number, cancellable = false): Promise<Run<T>> {
    const session = this.session;
    const died = session.died.then((message): Run<T> => ({ kind: "crashed", message }));
    const cancelled = cancellable
      ? new Promise<Run<T>>((resolve) => {
          this.interrupt = () => resolve({ kind: "cancelled" });
        })
      : new Promise<Run<T>>(() => {});
    try {
      const ready = await Promise.race([session.ready.then((): null => null, (e): Run<T> => ({ kind: "crashed", message: String(e?.message ?? e) })), died, cancelled]);
      if (ready) return this.afterInterrupt(ready);
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timedOut = new Promise<Run<T>>((resolve) => {
        timer = setTimeout(() => resolve({ kind: "timeout" }), limitMs);
      });
      const answered = call(session.api).then(
        (value): Run<T> => ({ kind: "done", value }),
        (error): Run<T> => ({ kind: "crashed", message: String(error?.message ?? error) }),
      );
      const outcome = await Promise.race([answered, died, cancelled, timedOut]);
      clearTimeout(timer);
      return this.afterInterrupt(outcome);
    } finally {
      this.interrupt = null;
    }
  }

  private afterInterrupt<T>(outcome: Run<T>): Run<T> {
    if (outcome.kind !== "done") this.restart();
    return outcome;
  }

  private unwrap<T>(outcome: Run<T>, what: string): T {
    if (outcome.kind === "done") return outcome.value;
    if (outcome.kind === "timeout") throw new Error(`${what} ran past the ${formatSeconds(this.timeLimitMs)} time limit`);
    if (outcome.kind === "cancelled") throw new Error(`${what} was cancelled`);
    throw new Error(`${what} failed: the CAD worker crashed (${outcome.message})`);
  }

  /** After a restart the worker holds no model; exports need the one on screen. */
  private async restoreModel(): Promise<void> {
    if (!this.lastGood || this.session.holds === this.lastGood) return;
    const outcome = await this.run((api) => api.build(this.lastGood!) as Promise<BuildResponse>, this.timeLimitMs);
    if (outcome.kind === "done" && outcome.value.ok) this.session.holds = this.lastGood;
  }

  /** New worker, same state: the model on screen is rebuilt there before the old worker goes. */
  private async recycle(): Promise<void> {
    const fresh = this.startSession();
    try {
      await fresh.ready;
      if (this.lastGood) {
        const rebuilt = (await fresh.api.build(this.lastGood)) as BuildResponse;
        if (!rebuilt.ok) throw new Error(rebuilt.failure.message);
        fresh.holds = this.lastGood;
      }
    } catch {
      // The old worker still works; keep it and try again after the next build.
      fresh.worker.terminate();
      return;
    }
    this.session.worker.terminate();
    this.session = fresh;
    this.setStatus({ recycles: this.status.recycles + 1 });
  }

  private restart(): void {
    this.session.worker.terminate();
    this.session = this.startSession();
    this.setStatus({ restarts: this.status.restarts + 1 });
  }

  private startSession(): Session {
    const worker = this.options.spawn();
    const died = new Promise<string>((resolve) => {
      worker.addEventListener("error", (event) => resolve((event as ErrorEvent).message || "uncaught error in the worker"));
      worker.addEventListener("messageerror", () => resolve("a message could not be read"));
    });
    const api = Comlink.wrap<CadWorkerApi>(worker);
    const ready = api.init();
    ready.catch(() => {});
    return { worker, api, ready, died, holds: null };
  }

  /** Serialises worker use: a build, an export and a score never interleave. */
  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const result = this.queue.then(task, task);
    this.queue = result.catch(() => {});
    return result;
  }

  private setStatus(change: Partial<ClientStatus>): void {
    this.status = { ...this.status, ...change };
    this.options.onStatus?.(this.status);
  }
}

function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms % 1000 === 0 ? 0 : 1)} s`;
}
