import type { ScoreResult } from "../../scorer/types";
import { failureResult } from "../../scorer/failureResult";
import { WorkerRunLost, type CadWorkerClient } from "../../worker/cadWorkerClient";
import type { ReplayTrajectory } from "./replayTrajectory";

export type StepScore =
  | { status: "queued" }
  | { status: "scoring" }
  | { status: "done"; result: ScoreResult }
  | { status: "error"; message: string };

/**
 * Scores of replayed steps, computed in a scoring worker of their own, one at a time, the steps on
 * screen first. Nothing is read from stored numbers: a step is scored the first time it is asked
 * for, and the same code of the same task is scored once.
 */
export class ReplayScores {
  private readonly startClient: () => CadWorkerClient;
  private client: CadWorkerClient | null = null;
  private readonly byCode = new Map<string, StepScore>();
  private queue: { trajectory: ReplayTrajectory; index: number }[] = [];
  private running = false;
  private readonly onChange: () => void;

  constructor(startClient: () => CadWorkerClient, onChange: () => void) {
    this.startClient = startClient;
    this.onChange = onChange;
  }

  get(trajectory: ReplayTrajectory, index: number): StepScore | undefined {
    const step = trajectory.steps[index];
    return step && this.byCode.get(codeKey(trajectory, index));
  }

  /** Asks for these steps' scores; `first` ones jump the queue (the step on screen). */
  want(trajectory: ReplayTrajectory, indices: number[], first = false): void {
    const fresh = indices.filter((index) => trajectory.steps[index] && !this.byCode.has(codeKey(trajectory, index)));
    const jobs = fresh.map((index) => ({ trajectory, index }));
    const rest = this.queue.filter((job) => !jobs.some((j) => j.trajectory.key === job.trajectory.key && j.index === job.index));
    this.queue = first ? [...jobs, ...rest] : [...rest, ...jobs];
    if (jobs.length) this.onChange();
    void this.run();
  }

  /** Drops the queued steps of every other trajectory: only what is on screen is scored. */
  focus(trajectory: ReplayTrajectory): void {
    this.queue = this.queue.filter((job) => job.trajectory.key === trajectory.key);
  }

  /** Resolves when each of these steps (all by default) has a score or an error. */
  async settled(trajectory: ReplayTrajectory, indices = trajectory.steps.map((s) => s.index)): Promise<StepScore[]> {
    this.want(trajectory, indices, indices.length === 1);
    for (;;) {
      const scores = indices.map((index) => this.get(trajectory, index));
      if (scores.every((s) => s?.status === "done" || s?.status === "error")) return scores as StepScore[];
      await new Promise<void>((resolve) => setTimeout(resolve, 100));
    }
  }

  dispose(): void {
    this.queue = [];
    this.client?.dispose();
    this.client = null;
  }

  private async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (let job = this.queue.shift(); job; job = this.queue.shift()) {
        const key = codeKey(job.trajectory, job.index);
        if (this.byCode.has(key)) continue;
        this.byCode.set(key, { status: "scoring" });
        this.onChange();
        this.client ??= this.startClient();
        const { task } = job.trajectory;
        try {
          const result = await this.client.scoreCode({ code: job.trajectory.steps[job.index].code, language: job.trajectory.steps[job.index].language, task, mode: "fast" });
          this.byCode.set(key, { status: "done", result });
        } catch (error) {
          // A step that hangs or kills its worker is scored as the Node pool scores it.
          this.byCode.set(
            key,
            error instanceof WorkerRunLost
              ? { status: "done", result: failureResult(task, error.failure, "fast", { build: 0, score: 0 }) }
              : { status: "error", message: (error as Error).message ?? String(error) },
          );
        }
        this.onChange();
      }
    } finally {
      this.running = false;
    }
  }
}

function codeKey(trajectory: ReplayTrajectory, index: number): string {
  return `${trajectory.task.id}\u0000${trajectory.steps[index]?.code}`;
}
