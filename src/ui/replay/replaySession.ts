import type { RolloutFile } from "../../rollouts";
import type { Task } from "../../tasks/types";
import type { CadWorkerClient, CadWorkerClientOptions } from "../../worker/cadWorkerClient";
import { loadRolloutsFile, type LoadProgress } from "./loadRolloutsFile";
import { ReplayModels } from "./replayModels";
import { ReplayScores } from "./replayScores";
import { catalogueTrajectory, rolloutTrajectory, type ReplayTrajectory } from "./replayTrajectory";

export interface LoadedRollouts {
  fileName: string;
  /** Null once loading has finished. */
  progress: { bytesRead: number; totalBytes: number } | null;
  file: RolloutFile;
  trajectories: ReplayTrajectory[];
  /** The file could not be read at all (too large, unreadable). */
  error: string | null;
}

/**
 * What the replay and the tour share: the catalogue's trajectories, loaded rollouts, and the
 * workers that score and mesh them (started on first use, kept for the page's life so that going
 * back to a replay does not reload the kernel).
 */
export class ReplaySession {
  readonly tasks: Task[];
  readonly catalogue: ReplayTrajectory[];
  readonly scores: ReplayScores;
  readonly models: ReplayModels;
  private rollouts: LoadedRollouts | null = null;
  private version = 0;
  private readonly listeners = new Set<() => void>();
  private notifyQueued = false;

  constructor(tasks: Task[], startClient: (options?: Pick<CadWorkerClientOptions, "onBuild">) => CadWorkerClient) {
    this.tasks = tasks;
    this.catalogue = tasks.filter((t) => t.trajectory.length > 0 && t.reference.trim() !== "").map(catalogueTrajectory);
    const changed = () => this.changed();
    this.scores = new ReplayScores(() => startClient(), changed);
    this.models = new ReplayModels((options) => startClient(options), changed);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Changes whenever anything shown changed; React re-renders on it. */
  getVersion = (): number => this.version;

  get loaded(): LoadedRollouts | null {
    return this.rollouts;
  }

  trajectory(key: string): ReplayTrajectory | undefined {
    return this.catalogue.find((t) => t.key === key) ?? this.rollouts?.trajectories.find((t) => t.key === key);
  }

  async loadRollouts(file: File): Promise<void> {
    const byId = new Map(this.tasks.map((t) => [t.id, t]));
    const empty: RolloutFile = { episodes: [], errors: [], lines: 0, rows: 0 };
    const start: LoadedRollouts = { fileName: file.name, progress: { bytesRead: 0, totalBytes: file.size }, file: empty, trajectories: [], error: null };
    this.rollouts = start;
    this.changed();
    const toTrajectories = (read: RolloutFile) => read.episodes.map((e) => rolloutTrajectory(e, byId.get(e.taskId)!, file.name));
    const onProgress = ({ bytesRead, totalBytes, file: read }: LoadProgress) => {
      if (this.rollouts !== start) return;
      this.rollouts = { ...start, progress: { bytesRead, totalBytes }, file: read, trajectories: toTrajectories(read) };
      this.changed();
    };
    try {
      const read = await loadRolloutsFile(file, new Set(byId.keys()), onProgress);
      if (this.rollouts?.fileName !== file.name) return;
      this.rollouts = { ...this.rollouts, progress: null, file: read, trajectories: toTrajectories(read) };
    } catch (error) {
      this.rollouts = { ...start, progress: null, error: (error as Error).message ?? String(error) };
    }
    this.changed();
  }

  dispose(): void {
    this.scores.dispose();
    this.models.dispose();
  }

  /** Many scores and meshes can land in one task; listeners hear of them once. */
  private changed(): void {
    this.version++;
    if (this.notifyQueued) return;
    this.notifyQueued = true;
    queueMicrotask(() => {
      this.notifyQueued = false;
      for (const listener of this.listeners) listener();
    });
  }
}
