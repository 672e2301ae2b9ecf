import * as Comlink from "comlink";
import type { BuildFailure } from "../model/buildFailure";
import { DEFAULT_BACKSTOP_MS } from "../model/limits";
import type { ScoreResult } from "../scorer/types";
import { isRetiringMessage, type BuildRequest, type BuildResponse, type CadWorkerApi, type ExportFormat, type ScoreRequest } from "./protocol";
import { lostRunFailure, type LostRun } from "./lostRunFailure";
import { PREPARE_PYTHON_MESSAGE } from "./preparePythonMessage";
import { resolveLanguage } from "../model/detectLanguage";

/** What the client needs of a worker: Comlink endpoint plus terminate and crash events. */
export interface WorkerLike extends Comlink.Endpoint {
  terminate(): void;
}

export interface CadWorkerClientOptions {
  /** Starts a fresh worker; called at start, after a timeout, crash or cancel, and to recycle. */
  spawn: () => WorkerLike;
  /**
   * The wall-clock backstop: a build or score running longer than this is stopped (worker
   * terminated and replaced) and fails as `timeout` with `wall_clock: true`.
   */
  timeLimitMs?: number;
  /** Each build's work budget, in work units; the kernel's default when left out. */
  workBudget?: number | null;
  /** Past this many heap bytes the worker is replaced between builds (the WASM heap never shrinks). */
  heapLimitBytes?: number;
  onBuild?: (event: BuildEvent) => void;
  onStatus?: (status: ClientStatus) => void;
  /**
   * The worker died while no call was running (user code can close it and still answer): it has
   * already been replaced; `message` says what happened.
   */
  onCrash?: (message: string) => void;
}

/**
 * How a requested build ended: `done` with the worker's (or, after a timeout or crash, the
 * client's) response, or `cancelled` by the user, which is no failure of the code and has no
 * response: nothing was built and there is nothing to score.
 */
export type BuildEvent = {
  id: number;
  request: BuildRequest;
  /** `performance.now()` when the build was requested (after any typing pause) and when it ended. */
  requestedAt: number;
  finishedAt: number;
} & ({ outcome: "done"; response: BuildResponse } | { outcome: "cancelled" });

export interface ClientStatus {
  building: boolean;
  /** Workers started to replace one that timed out, crashed or was cancelled. */
  restarts: number;
  /** Workers replaced because their heap passed the limit. */
  recycles: number;
  /** Kernel load time of the first worker, once known. */
  initMs: number | null;
}

/** A call whose worker had to be ended or died; `failure` is how such a run is scored. */
export class WorkerRunLost extends Error {
  readonly failure: BuildFailure;
  constructor(what: string, lost: LostRun) {
    const failure = lostRunFailure(lost);
    super(`${what}: ${failure.message}`);
    this.name = "WorkerRunLost";
    this.failure = failure;
  }
}

export class ScoreSuperseded extends Error {
  constructor() {
    super("newer code is waiting to be scored; this score was skipped");
    this.name = "ScoreSuperseded";
  }
}

export const DEFAULT_HEAP_LIMIT_BYTES = 1024 * 1024 * 1024;
/** Loading the scorer and building a task's reference: generous, since it is not the user's code. */
const PREPARE_LIMIT_MS = 120_000;

interface Session {
  worker: WorkerLike;
  api: Comlink.Remote<CadWorkerApi>;
  ready: Promise<{ initMs: number }>;
  /**
   * Settles with a message when the worker dies on its own: an uncaught error, an unreadable
   * message, or its life lock coming free (it closed itself or the browser killed it).
   */
  died: Promise<string>;
  dead: boolean;
  /**
   * The calls in flight, told when the worker dies. A set they leave when they end, rather than a
   * reaction per call on `died`, which would keep every call's answer alive as long as the worker.
   */
  watchers: Set<(message: string) => void>;
  /** The request whose model this worker currently holds, if any. */
  holds: BuildRequest | null;
  /** Whether this worker was asked to start Python (`PREPARE_PYTHON_MESSAGE`). */
  pythonAsked: boolean;
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
  workBudget: number | null;
  private readonly options: CadWorkerClientOptions;
  private session: Session;
  private pending: { id: number; request: BuildRequest; requestedAt: number } | null = null;
  private lastGood: BuildRequest | null = null;
  private nextId = 1;
  /** The id of the build that ran last (or runs now). */
  private lastStarted = 0;
  private scoreTicket = 0;
  private pumping = false;
  private interrupt: ((reason: "cancelled") => void) | null = null;
  private running = false;
  private disposed = false;
  private queue: Promise<unknown> = Promise.resolve();
  private status: ClientStatus = { building: false, restarts: 0, recycles: 0, initMs: null };

  constructor(options: CadWorkerClientOptions) {
    this.options = options;
    // A wall-clock backstop only: what stops a candidate is its work budget, counted in the worker.
    this.timeLimitMs = options.timeLimitMs ?? DEFAULT_BACKSTOP_MS;
    this.heapLimitBytes = options.heapLimitBytes ?? DEFAULT_HEAP_LIMIT_BYTES;
    this.workBudget = options.workBudget ?? null;
    this.session = this.startSession();
    this.session.ready.then(
      ({ initMs }) => this.setStatus({ initMs }),
      () => {},
    );
  }

  /** Asks for a build; returns its id. A request still waiting is dropped in favour of this one. */
  request(request: BuildRequest): number {
    const id = this.nextId++;
    this.preparePythonFor(request);
    this.pending = { id, request: this.budgeted(request), requestedAt: performance.now() };
    void this.pump();
    return id;
  }

  /** The request with the page's work budget, when the page set one. */
  private budgeted<R extends BuildRequest>(request: R): R {
    return this.workBudget === null || request.budget !== undefined ? request : { ...request, budget: this.workBudget };
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
    const budgeted = this.budgeted(request);
    this.preparePythonFor(request);
    return this.score(budgeted, (api) => api.scoreCode(budgeted), () => false);
  }

  /**
   * Scores a build this client just reported, in the same worker and on the same tessellation, so
   * the page builds each model once. Dropped with `ScoreSuperseded` when a newer build or score is
   * waiting: the next build is never held up by the score of code the user has already changed.
   */
  scoreBuild(buildId: number, request: BuildRequest & ScoreRequest): Promise<ScoreResult> {
    const budgeted = this.budgeted(request);
    return this.score(budgeted, (api) => api.scoreBuild(budgeted), () => buildId !== this.lastStarted);
  }

  /** `outdated` says whether a newer build has started since the one being scored. */
  private score(request: ScoreRequest, call: (api: Comlink.Remote<CadWorkerApi>) => Promise<ScoreResult>, outdated: () => boolean): Promise<ScoreResult> {
    const ticket = ++this.scoreTicket;
    const superseded = () => ticket !== this.scoreTicket || this.pending !== null || outdated();
    return this.exclusive(async () => {
      if (superseded()) throw new ScoreSuperseded();
      const { task, mode } = request;
      this.unwrap(await this.run((api) => api.prepareScoring({ task, mode }), PREPARE_LIMIT_MS), `preparing task ${task.id} for scoring`, PREPARE_LIMIT_MS);
      if (superseded()) throw new ScoreSuperseded();
      return this.unwrap(await this.run(call, this.timeLimitMs), "scoring");
    });
  }

  /**
   * A Python request has the worker start Python at once, outside the queue and before the kernel
   * is ready (even before the worker's API has loaded), so that a page opened on CadQuery code
   * loads both together rather than one after the other. Asked once per worker; a worker started
   * later starts Python with its first build.
   */
  private preparePythonFor(request: BuildRequest): void {
    const session = this.session;
    if (session.pythonAsked || session.dead || resolveLanguage(request.code, request.language) !== "python") return;
    session.pythonAsked = true;
    session.worker.postMessage(PREPARE_PYTHON_MESSAGE);
  }

  heapBytes(): Promise<number> {
    return this.exclusive(async () => this.unwrap(await this.run((api) => api.heapBytes(), this.timeLimitMs), "heap query"));
  }

  dispose(): void {
    this.disposed = true;
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
        this.lastStarted = job.id;
        this.setStatus({ building: true });
        const response = await this.exclusive(() => this.buildNow(job.request));
        const times = { id: job.id, request: job.request, requestedAt: job.requestedAt, finishedAt: performance.now() };
        this.options.onBuild?.(response ? { ...times, outcome: "done", response } : { ...times, outcome: "cancelled" });
        // Failed builds grow the heap too; a response made up by the client (heap 0) came from a worker already replaced.
        if (response && response.heapBytes > this.heapLimitBytes) await this.exclusive(() => this.recycle());
      }
    } finally {
      this.pumping = false;
      this.setStatus({ building: false });
    }
  }

  /** The build's response, or null when the user cancelled it. */
  private async buildNow(request: BuildRequest): Promise<BuildResponse | null> {
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
      return response;
    }
    if (outcome.kind === "cancelled") return null;
    const failure = lostRunFailure(outcome.kind === "timeout" ? { reason: "timeout", limitMs: this.timeLimitMs } : { reason: "crashed", message: outcome.message });
    return { ok: false, failure, defaultParams: null, logs: [], buildMs: performance.now() - started, heapBytes: 0 };
  }

  /**
   * Runs one call on the current worker, racing it against the time limit, a cancel and the
   * worker's death. Anything but a normal answer replaces the worker.
   */
  private async run<T>(call: (api: Comlink.Remote<CadWorkerApi>) => Promise<T>, limitMs: number, cancellable = false): Promise<Run<T>> {
    // A worker that died between calls (say, user code closed it after answering) is replaced first.
    if (this.session.dead) this.restart();
    const session = this.session;
    this.running = true;
    let watcher!: (message: string) => void;
    const died = new Promise<Run<T>>((resolve) => {
      watcher = (message) => resolve({ kind: "crashed", message });
    });
    session.watchers.add(watcher);
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
      session.watchers.delete(watcher);
      this.interrupt = null;
      this.running = false;
    }
  }

  private afterInterrupt<T>(outcome: Run<T>): Run<T> {
    if (outcome.kind !== "done") this.restart();
    return outcome;
  }

  private unwrap<T>(outcome: Run<T>, what: string, limitMs = this.timeLimitMs): T {
    if (outcome.kind === "done") return outcome.value;
    if (outcome.kind === "cancelled") throw new Error(`${what} was cancelled`);
    throw new WorkerRunLost(what, outcome.kind === "timeout" ? { reason: "timeout", limitMs } : { reason: "crashed", message: outcome.message });
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
    let die!: (message: string) => void;
    const died = new Promise<string>((resolve) => (die = resolve));
    worker.addEventListener("error", (event) => die((event as ErrorEvent).message || "uncaught error in the worker"));
    worker.addEventListener("messageerror", () => die("a message could not be read"));
    const api = Comlink.wrap<CadWorkerApi>(worker);
    const ready = api.init(location.href);
    ready.then(
      ({ lifeLock }) => {
        // Granted only once the worker has let go of it, which it does only by ending.
        if (lifeLock) void navigator.locks.request(lifeLock, () => die("it stopped answering: the worker closed itself or was killed"));
      },
      () => {},
    );
    const session: Session = { worker, api, ready, died, dead: false, holds: null, pythonAsked: false, watchers: new Set() };
    // Ahead of the answer that ends it: the next call goes to a fresh worker, not to one closing.
    worker.addEventListener("message", (event) => {
      if (isRetiringMessage((event as MessageEvent).data)) session.dead = true;
    });
    died.then((message) => {
      session.dead = true;
      for (const watcher of session.watchers) watcher(message);
      // A call in flight learns of it through `run`; a worker we replaced ourselves is no news.
      if (session !== this.session || this.running || this.disposed) return;
      this.restart();
      this.options.onCrash?.(message);
    });
    return session;
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
