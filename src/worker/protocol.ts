import type { BuildFailure } from "../model/buildFailure";
import type { LogEntry } from "../model/logEntry";
import type { Params } from "../model/params";
import type { PartMesh } from "../model/partMesh";
import type { NonSolidMesh } from "../model/nonSolidMesh";
import type { ScoreMode, ScoreResult } from "../scorer/types";
import type { Task } from "../tasks/types";
import type { LanguageChoice } from "../model/codeLanguage";

/**
 * Posted by a worker outside Comlink, before the answer to the call that damaged its realm: it
 * closes itself next, so the page replaces it before sending another call (which the closing
 * worker would never answer).
 */
export const RETIRING_MESSAGE = { cadforge: "retiring" } as const;

export function isRetiringMessage(data: unknown): boolean {
  return typeof data === "object" && data !== null && (data as { cadforge?: unknown }).cadforge === RETIRING_MESSAGE.cadforge;
}

/** Messages between the page and the CAD worker. Meshes travel as transferred typed arrays. */
export interface BuildRequest {
  code: string;
  /** Values for `defaultParams` keys; unknown keys and wrong types are ignored. */
  params?: Partial<Params>;
  /** The build's work budget in work units; `DEFAULT_WORK_BUDGET` when left out. */
  budget?: number;
  /** The code's language; "auto" when left out (`import cadquery` makes it Python). */
  language?: LanguageChoice;
}

export type BuildResponse =
  | {
      ok: true;
      /** The solids: drawn, scored and exported. Empty when the code returned only non-solids. */
      parts: PartMesh[];
      /** Drawings, sketches, faces, wires, edges and shells: drawn, not scored, not exported. */
      nonSolids: NonSolidMesh[];
      defaultParams: Params;
      params: Params;
      logs: LogEntry[];
      buildMs: number;
      meshMs: number;
      heapBytes: number;
    }
  | {
      ok: false;
      failure: BuildFailure;
      defaultParams: Params | null;
      logs: LogEntry[];
      buildMs: number;
      heapBytes: number;
    };

export interface ScoreRequest {
  task: Task;
  mode: ScoreMode;
}

export type ExportFormat = "stl" | "step";

/** What the worker exposes through Comlink. It holds one current model: the last successful build. */
export interface CadWorkerApi {
  /**
   * Loads the kernel. `lifeLock` names a Web Lock the worker holds for as long as it lives (null
   * where Web Locks are missing): a worker that closes itself or crashes never answers again, and
   * the lock coming free is how the page learns of it at once instead of at the time limit.
   * `pageUrl` is the page's address, against which the code's relative URLs (`loadFont("./f.ttf")`) are read.
   */
  init(pageUrl: string): Promise<{ initMs: number; lifeLock: string | null }>;
  build(request: BuildRequest): Promise<BuildResponse>;
  /**
   * Scores the build of this request: the one the worker just made (model or failure) when it is
   * the last it ran, reading the tessellation it sent for display; otherwise it builds again.
   */
  scoreBuild(request: BuildRequest & ScoreRequest): Promise<ScoreResult>;
  /**
   * Builds `code` and scores it, leaving the current model alone. The page runs this in a second
   * worker so a slow score never holds up the next build.
   */
  scoreCode(request: BuildRequest & ScoreRequest): Promise<ScoreResult>;
  /**
   * Loads the scorer and builds the task's reference model (both kept for later scores), so that
   * the time limit of a score measures the candidate alone, as in the Node pool.
   */
  prepareScoring(request: ScoreRequest): Promise<void>;
  exportModel(format: ExportFormat): Promise<ArrayBuffer>;
  heapBytes(): Promise<number>;
}
