import { Worker } from "node:worker_threads";
import type { BuildFailure } from "../../model/buildFailure";
import type { FromThread, PoolJob, PoolResult } from "./poolJob";
import { lostJobResult } from "./runJob";
import { lostRunFailure } from "../lostRunFailure";
import { DEFAULT_BACKSTOP_MS } from "../../model/limits";
import { resolveLanguage } from "../../model/detectLanguage";

export interface PoolOptions {
  /** Threads kept alive; each holds its own kernel (about 60 MB of WASM heap at rest). */
  workers?: number;
  /**
   * Wall-clock backstop of one job, from the moment a ready thread receives it: what stops a
   * candidate is its work budget (the job's `budget`); this only catches what no budget counts.
   */
  timeoutMs?: number;
  /**
   * A thread whose WASM heap passed this after a job is replaced before its next job: the heap
   * never shrinks. A thread whose realm a candidate damaged beyond repair is replaced too.
   */
  recycleHeapBytes?: number;
  /** V8 heap limit of a thread, so runaway JS allocation kills the thread and not the process. */
  maxOldGenerationMb?: number;
}

export interface PoolStats {
  jobs: number;
  timeouts: number;
  crashes: number;
  recycles: number;
}

interface Pending {
  job: PoolJob;
  /** Stops listening to the job's abort signal: called once the job leaves the queue. */
  detach?: () => void;
  /** This job's wall-clock backstop. */
  timeoutMs: number;
  /** A CadQuery candidate: only a thread that loaded Python before its lockdown can run it. */
  python: boolean;
  resolve(result: PoolResult): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  current: (Pending & { jobId: number; started: number; timer: NodeJS.Timeout }) | null;
  lastError: Error | null;
  /** The thread loaded Python (Pyodide) before it locked itself down. */
  python: boolean;
}

const BOOTSTRAP = new URL("./threadBootstrap.mjs", import.meta.url);
const THREAD_ENTRY = new URL("./poolThread.ts", import.meta.url).href;
/** Threads that die before becoming ready this many times in a row mean the setup is broken, not the job. */
const MAX_FAILED_STARTS = 3;
/** Limit of a job's preparation (loading manifold, building the task's trusted reference model). */
const PREPARE_LIMIT_MS = 120_000;

/**
 * Node worker_threads that build and score candidates. A job past its time limit terminates its
 * thread and comes back as a `timeout` failure; a thread that crashes or runs out of memory
 * comes back as a failure of that job; either way a fresh thread takes its place and the queue
 * goes on.
 */
export class WorkerPool {
  readonly size: number;
  readonly timeoutMs: number;
  private readonly recycleHeapBytes: number;
  private readonly maxOldGenerationMb: number;
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextJobId = 1;
  private failedStarts = 0;
  private closed = false;
  private readyWaiters: (() => void)[] = [];
  /**
   * Set by the first Python job: a locked-down thread can no longer load Pyodide (it needs
   * `process` and the file system), so from then on every thread loads it before its lockdown,
   * and idle threads without it are replaced. A pool that only ever sees replicad loads none.
   */
  private python = false;
  readonly stats: PoolStats = { jobs: 0, timeouts: 0, crashes: 0, recycles: 0 };

  constructor(options: PoolOptions = {}) {
    this.size = Math.max(1, Math.floor(options.workers ?? 1));
    this.timeoutMs = options.timeoutMs ?? DEFAULT_BACKSTOP_MS;
    this.recycleHeapBytes = options.recycleHeapBytes ?? 1024 * 1024 * 1024;
    this.maxOldGenerationMb = options.maxOldGenerationMb ?? 2048;
    for (let i = 0; i < this.size; i++) this.slots.push(this.startSlot());
  }

  /**
   * Runs one job; `timeoutMs` overrides the pool's backstop for it. A job whose `signal` aborts
   * while it still waits for a thread leaves the queue (its promise rejects with the signal's
   * reason), so a client that went away costs no thread; one already running finishes, since
   * stopping it would cost the thread and its kernel.
   */
  run<J extends PoolJob>(job: J, { timeoutMs = this.timeoutMs, signal }: { timeoutMs?: number; signal?: AbortSignal } = {}): Promise<PoolResult<J>> {
    if (this.closed) return Promise.reject(new Error("the worker pool is closed"));
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<PoolResult>((resolve, reject) => {
      const python = resolveLanguage(job.code, job.language) === "python";
      const pending: Pending = { job, timeoutMs, python, resolve, reject };
      if (signal) {
        const leave = () => {
          this.queue.splice(this.queue.indexOf(pending), 1);
          reject(signal.reason);
        };
        signal.addEventListener("abort", leave, { once: true });
        pending.detach = () => signal.removeEventListener("abort", leave);
      }
      this.queue.push(pending);
      if (python && !this.python) this.startPython();
      this.dispatch();
    }) as Promise<PoolResult<J>>;
  }

  /** Resolves once every thread has loaded its kernel: timings taken after it exclude start-up. */
  ready(): Promise<void> {
    if (this.slots.every((slot) => slot.ready)) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  /** Runs every job, results in input order; `onResult` sees each as it finishes. */
  runAll<J extends PoolJob>(jobs: J[], onResult?: (result: PoolResult<J>, index: number) => void): Promise<PoolResult<J>[]> {
    return Promise.all(
      jobs.map((job, index) =>
        this.run(job).then((result) => {
          onResult?.(result, index);
          return result;
        }),
      ),
    );
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.reject(new Error("the worker pool closed before this job ran"));
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private startPython(): void {
    this.python = true;
    for (const slot of this.slots) if (!slot.current) this.replace(slot);
  }

  private startSlot(): Slot {
    const slot: Slot = { worker: this.spawn(), ready: false, current: null, lastError: null, python: this.python };
    this.attach(slot);
    return slot;
  }

  private spawn(): Worker {
    return new Worker(BOOTSTRAP, {
      workerData: { entry: THREAD_ENTRY, python: this.python },
      resourceLimits: { maxOldGenerationSizeMb: this.maxOldGenerationMb },
      // The kernel prints through Emscripten; a thread's stdout must not mix into CLI output.
      stdout: true,
    });
  }

  private attach(slot: Slot): void {
    const worker = slot.worker;
    worker.stdout.resume();
    worker.on("message", (message: FromThread) => {
      if (slot.worker !== worker) return;
      if (message.type === "ready") {
        slot.ready = true;
        this.failedStarts = 0;
        if (this.slots.every((s) => s.ready)) for (const resolve of this.readyWaiters.splice(0)) resolve();
        this.dispatch();
        return;
      }
      const current = slot.current;
      if (!current || current.jobId !== message.jobId) return;
      clearTimeout(current.timer);
      if (message.type === "started") {
        current.started = performance.now();
        current.timer = setTimeout(() => this.timeOut(slot, message.jobId, "run"), current.timeoutMs);
        return;
      }
      slot.current = null;
      this.stats.jobs++;
      current.resolve(message.result as PoolResult);
      if (message.heapBytes > this.recycleHeapBytes || message.poisoned) {
        this.stats.recycles++;
        this.replace(slot);
      } else if (this.python && !slot.python) {
        this.replace(slot);
      }
      this.dispatch();
    });
    worker.on("error", (error) => {
      if (slot.worker === worker) slot.lastError = error;
    });
    worker.on("exit", () => {
      if (slot.worker !== worker || this.closed) return;
      const current = slot.current;
      if (current) {
        clearTimeout(current.timer);
        slot.current = null;
        this.stats.crashes++;
        this.settleLost(current, crashFailure(slot.lastError), performance.now() - current.started);
      } else if (!slot.ready && ++this.failedStarts >= MAX_FAILED_STARTS) {
        const reason = slot.lastError?.message ?? "it exited during start-up";
        for (const pending of this.queue.splice(0)) pending.reject(new Error(`pool threads cannot start: ${reason}`));
        return;
      }
      this.replace(slot);
      this.dispatch();
    });
  }

  /** A new thread in the same slot; the old one is ignored from now on and terminated. */
  private replace(slot: Slot): void {
    const old = slot.worker;
    slot.worker = this.spawn();
    slot.ready = false;
    slot.current = null;
    slot.lastError = null;
    slot.python = this.python;
    this.attach(slot);
    void old.terminate();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!slot.ready || slot.current) continue;
      const index = this.queue.findIndex((p) => slot.python || !p.python);
      if (index < 0) continue;
      const [pending] = this.queue.splice(index, 1);
      pending.detach?.();
      const jobId = this.nextJobId++;
      const timer = setTimeout(() => this.timeOut(slot, jobId, "prepare"), PREPARE_LIMIT_MS);
      slot.current = { ...pending, jobId, started: performance.now(), timer };
      slot.worker.postMessage({ jobId, job: pending.job });
    }
  }

  private timeOut(slot: Slot, jobId: number, phase: "prepare" | "run"): void {
    const current = slot.current;
    if (!current || current.jobId !== jobId) return;
    slot.current = null;
    this.stats.timeouts++;
    this.replace(slot);
    const limitMs = phase === "run" ? current.timeoutMs : PREPARE_LIMIT_MS;
    this.settleLost(current, lostRunFailure({ reason: "timeout", limitMs, phase }), limitMs);
    this.dispatch();
  }

  private settleLost(pending: Pending, failure: BuildFailure, elapsedMs: number): void {
    this.stats.jobs++;
    lostJobResult(pending.job, failure, elapsedMs).then((result) => pending.resolve(result as PoolResult), pending.reject);
  }
}

function crashFailure(error: Error | null): BuildFailure {
  return lostRunFailure({ reason: "crashed", message: error?.message ?? null, code: (error as { code?: string } | null)?.code });
}
