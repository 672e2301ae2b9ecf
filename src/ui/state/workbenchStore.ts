import type { BuildFailure } from "../../model/buildFailure";
import type { LogEntry } from "../../model/logEntry";
import type { Params, ParamValue } from "../../model/params";
import type { PartMesh } from "../../model/partMesh";
import type { NonSolidMesh } from "../../model/nonSolidMesh";
import type { ScoreMode, ScoreResult } from "../../scorer/types";
import type { Task } from "../../tasks/types";
import { ScoreSuperseded, type BuildEvent, type CadWorkerClient, type ClientStatus } from "../../worker/cadWorkerClient";
import type { BuildRequest, BuildResponse, ExportFormat } from "../../worker/protocol";
import { failureResult } from "../../scorer/failureResult";
import { codeStorage } from "./codeStorage";
import { reportModelDrawn } from "../pageProbe";
import { sameChoice, type HighlightChoice } from "./highlightChoice";
import type { LanguageChoice } from "../../model/codeLanguage";
import { resolveLanguage } from "../../model/detectLanguage";

/** How long typing must pause before a build starts. */
export const TYPING_PAUSE_MS = 250;

export interface ShownModel {
  parts: PartMesh[];
  /** Drawings, sketches, faces, wires, edges and shells the code returned: drawn, not scored. */
  nonSolids: NonSolidMesh[];
  /** Build id that produced these meshes; the viewer reports when it has drawn them. */
  buildId: number;
  requestedAt: number;
  receivedAt: number;
  buildMs: number;
  meshMs: number;
}

export interface WorkbenchState {
  tasks: Task[];
  task: Task;
  code: string;
  /** The language the code is built as: "auto" reads it from the code (`import cadquery` is CadQuery). */
  language: LanguageChoice;
  /** Values the user set in the parameter panel, over the code's `defaultParams`. */
  params: Params;
  defaultParams: Params | null;
  /** The last successful build; it stays on screen while later builds fail. */
  model: ShownModel | null;
  /** The last build failed or was cancelled, so `model` is out of date and drawn dimmed. */
  stale: boolean;
  failure: BuildFailure | null;
  /** The user cancelled the last build: not a failure of the code, nothing to score. */
  cancelled: boolean;
  logs: LogEntry[];
  building: boolean;
  lastBuild: { buildMs: number; meshMs: number | null; heapBytes: number } | null;
  worker: ClientStatus;
  timeLimitMs: number;
  /** Each build's work budget as the page set it; null for the kernel's default. */
  workBudget: number | null;
  /** Past this WASM heap size the worker is recycled between builds. */
  heapLimitBytes: number;
  /** Page settings that were given but could not be used (say, a bad URL query), each saying why. */
  notices: string[];
  score: ScoreResult | null;
  scoring: boolean;
  scoreError: string | null;
  /** The note or checklist line of `score` the viewer shows; a new build or score clears it, since it speaks of the model it was scored on. */
  highlight: HighlightChoice | null;
}

type Listener = () => void;

/**
 * Everything the workbench shows, outside React so the first build can start before React renders.
 * React reads it with `useSyncExternalStore`; components call its actions.
 */
export class WorkbenchStore {
  private state: WorkbenchState;
  private readonly listeners = new Set<Listener>();
  private readonly client: CadWorkerClient;
  private readonly startScoring: () => CadWorkerClient;
  private probeScoring: CadWorkerClient | null = null;
  private firstFrameDrawn!: () => void;
  private readonly firstFrame = new Promise<void>((resolve) => (this.firstFrameDrawn = resolve));
  private typingTimer: ReturnType<typeof setTimeout> | null = null;
  private latestRequest = 0;

  /**
   * `startScoring` creates the client of a second worker that only scores, for `scoreCode`; the
   * reward card's scores come from the build worker itself. `opening` (a share link's code and
   * values) is shown instead of the saved code, which stays saved until the user edits.
   */
  constructor(client: CadWorkerClient, startScoring: () => CadWorkerClient, tasks: Task[], initialTaskId: string | null, opening: { code: string; params: Params; language?: LanguageChoice } | null = null) {
    this.client = client;
    this.startScoring = startScoring;
    const task = tasks.find((t) => t.id === initialTaskId) ?? tasks[0];
    this.state = {
      tasks,
      task,
      code: opening?.code ?? codeStorage.load(task.id) ?? task.seed,
      language: opening?.language ?? "auto",
      params: opening?.params ?? {},
      defaultParams: null,
      model: null,
      stale: false,
      failure: null,
      cancelled: false,
      logs: [],
      building: false,
      lastBuild: null,
      worker: client.currentStatus,
      timeLimitMs: client.timeLimitMs,
      workBudget: client.workBudget,
      heapLimitBytes: client.heapLimitBytes,
      notices: [],
      score: null,
      scoring: false,
      scoreError: null,
      highlight: null,
    };
  }

  /** Wires the worker client's events here; the client is created before the store, so this is separate. */
  onBuild = (event: BuildEvent): void => {
    if (event.id !== this.latestRequest) return;
    if (event.outcome === "cancelled") {
      this.set({ cancelled: true, stale: this.state.model !== null, failure: null, scoring: false });
      this.firstFrameDrawn();
      return;
    }
    const { response } = event;
    if (response.ok) {
      this.set({
        model: {
          parts: response.parts,
          nonSolids: response.nonSolids,
          buildId: event.id,
          requestedAt: event.requestedAt,
          receivedAt: event.finishedAt,
          buildMs: response.buildMs,
          meshMs: response.meshMs,
        },
        stale: false,
        failure: null,
        cancelled: false,
        highlight: null,
        logs: response.logs,
        defaultParams: response.defaultParams,
        lastBuild: { buildMs: response.buildMs, meshMs: response.meshMs, heapBytes: response.heapBytes },
      });
    } else {
      this.set({
        stale: this.state.model !== null,
        failure: response.failure,
        cancelled: false,
        highlight: null,
        logs: response.logs,
        defaultParams: response.defaultParams ?? this.state.defaultParams,
        lastBuild: { buildMs: response.buildMs, meshMs: null, heapBytes: response.heapBytes },
      });
    }
    void this.runScore(event.id, event.request, response);
    if (!response.ok) this.firstFrameDrawn();
  };

  /** The viewer has rendered the frame with `model`. */
  modelDrawn(model: ShownModel): void {
    reportModelDrawn(model);
    this.firstFrameDrawn();
  }

  /** The worker died after answering, so the model on screen came from code that stops it. */
  onCrash = (message: string): void => {
    this.set({
      stale: this.state.model !== null,
      cancelled: false,
      failure: {
        class: "kernel_error",
        message: `the CAD worker stopped right after the last build (${message}); a fresh worker has taken its place`,
        line: null,
        column: null,
        operation: null,
      },
    });
  };

  onStatus = (status: ClientStatus): void => {
    this.set({ worker: status, building: status.building });
  };

  getState = (): WorkbenchState => this.state;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Builds the current code now (Ctrl/Cmd+Enter, parameter changes, first load). */
  build(): void {
    this.clearTypingTimer();
    this.latestRequest = this.client.request({ code: this.state.code, params: this.state.params, language: this.state.language });
  }

  /** An edit: saved at once, built after the typing pause. */
  setCode(code: string): void {
    if (code === this.state.code) return;
    this.set({ code });
    codeStorage.save(this.state.task.id, code);
    this.clearTypingTimer();
    this.typingTimer = setTimeout(() => this.build(), TYPING_PAUSE_MS);
  }

  /** The language switch: the same code built again as the chosen language. */
  setLanguage(language: LanguageChoice): void {
    if (language === this.state.language) return;
    this.set({ language });
    this.build();
  }

  /** Pasted CadQuery switches the editor to CadQuery, whatever it was set to; the edit itself comes through `setCode`. */
  pasted(text: string): void {
    if (resolveLanguage(text) === "python") this.set({ language: "python" });
  }

  setParam(name: string, value: ParamValue): void {
    this.set({ params: { ...this.state.params, [name]: value } });
    this.build();
  }

  resetParams(): void {
    this.set({ params: {} });
    this.build();
  }

  /** Shows what a note or checklist line speaks of in the viewer; choosing the one shown again clears it. */
  chooseHighlight(choice: HighlightChoice): void {
    this.set({ highlight: sameChoice(this.state.highlight, choice) ? null : choice });
  }

  clearHighlight(): void {
    if (this.state.highlight) this.set({ highlight: null });
  }

  cancel(): void {
    this.clearTypingTimer();
    this.client.cancel();
  }

  /** Back to the task's starting code; the saved edit is forgotten. */
  resetCode(): void {
    codeStorage.forget(this.state.task.id);
    this.set({ code: this.state.task.seed, language: "auto", params: {} });
    this.build();
  }

  selectTask(id: string): void {
    const task = this.state.tasks.find((t) => t.id === id);
    if (!task || task === this.state.task) return;
    codeStorage.rememberTask(id);
    this.set({ task, code: codeStorage.load(id) ?? task.seed, language: "auto", params: {}, defaultParams: null, model: null, stale: false, failure: null, cancelled: false, logs: [], score: null, highlight: null });
    this.build();
  }

  /**
   * Continues from code written elsewhere (a replayed step, a file): that task and code, saved as
   * the user's and built now, in `language` (read from the code when "auto").
   */
  openCode(taskId: string, code: string, language: LanguageChoice = "auto"): void {
    const task = this.state.tasks.find((t) => t.id === taskId);
    if (!task) return;
    codeStorage.rememberTask(taskId);
    codeStorage.save(taskId, code);
    const fresh = task === this.state.task ? {} : { model: null, stale: false, failure: null, cancelled: false, logs: [], score: null, highlight: null };
    this.set({ task, code, language, params: {}, defaultParams: null, ...fresh });
    this.build();
  }

  setTimeLimit(ms: number): void {
    if (!Number.isFinite(ms) || ms <= 0) return;
    this.client.timeLimitMs = ms;
    this.set({ timeLimitMs: ms });
  }

  setHeapLimit(bytes: number): void {
    if (!Number.isFinite(bytes) || bytes <= 0) return;
    this.client.heapLimitBytes = bytes;
    this.set({ heapLimitBytes: bytes });
  }

  notice(message: string): void {
    this.set({ notices: [...this.state.notices, message] });
  }

  exportModel(format: ExportFormat): Promise<ArrayBuffer> {
    return this.client.exportModel(format);
  }

  /**
   * Scores code against a task in a worker of its own (it neither drops nor is dropped by the
   * reward card's scores), without changing what the page shows: end-to-end tests compare it with
   * the Node scorer. `budget`: this build's work budget, when not the page's.
   */
  scoreCode(taskId: string, code: string, mode: ScoreMode, budget?: number): Promise<ScoreResult> {
    const task = this.state.tasks.find((t) => t.id === taskId);
    if (!task) return Promise.reject(new Error(`no task "${taskId}" in this build; tasks: ${this.state.tasks.map((t) => t.id).join(", ")}`));
    this.probeScoring ??= this.startScoring();
    return this.probeScoring.scoreCode({ code, task, mode, ...(budget === undefined ? {} : { budget }) });
  }

  /**
   * The model is on screen before this starts; the reward card follows when the build worker has
   * scored the same build. A failed build needs no worker: its score is its failure class's, made
   * here by the scorer's own function (also for a worker that was lost, as the Node pool does).
   */
  private async runScore(buildId: number, request: BuildRequest, response: BuildResponse): Promise<void> {
    const task = this.state.task;
    if (task.reference.trim() === "") return;
    if (!response.ok) {
      this.set({ score: failureResult(task, response.failure, "fast", { build: response.buildMs, score: 0 }), scoreError: null, scoring: false, highlight: null });
      return;
    }
    this.set({ scoring: true });
    try {
      await this.firstFrame;
      const score = await this.client.scoreBuild(buildId, { code: request.code, params: request.params, language: request.language, task, mode: "fast" });
      if (buildId === this.latestRequest) this.set({ score, scoreError: null, highlight: null });
    } catch (error) {
      if (!(error instanceof ScoreSuperseded) && buildId === this.latestRequest) this.set({ scoreError: (error as Error).message ?? String(error) });
    } finally {
      if (buildId === this.latestRequest) this.set({ scoring: false });
    }
  }

  private clearTypingTimer(): void {
    if (this.typingTimer) clearTimeout(this.typingTimer);
    this.typingTimer = null;
  }

  private set(change: Partial<WorkbenchState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener();
  }
}
