import { resolveLanguage } from "../model/detectLanguage";
import { QUOTED_LANGUAGE_CHOICES, isLanguageChoice, type CodeLanguage, type LanguageChoice } from "../model/codeLanguage";
import type { ScoreMode, ScoreResult } from "../scorer/types";
import type { Task } from "../tasks/types";
import { EnvError } from "./envError";
import { DONE_TOTAL, MAX_STEPS } from "./limits";
import { constraintsOf, summaryOf, type Observation, type TaskSummary } from "./observation";

/**
 * Builds and scores code against a task. The page passes one that runs in a browser worker, Node
 * one that runs on a worker thread; the environment cannot tell them apart. It resolves with a
 * result for every candidate, failed builds and time-outs included; a rejection means the scorer
 * itself could not run.
 */
export type ScoreFn = (task: Task, code: string, mode: ScoreMode, language: CodeLanguage) => Promise<ScoreResult>;

export interface EnvironmentOptions {
  tasks: readonly Task[];
  score: ScoreFn;
  /** Told of every scored step, after the observation is updated (the page's session history). */
  onStep?: (step: { task: Task; code: string; language: CodeLanguage; result: ScoreResult; observation: Observation }) => void;
}

interface Episode {
  task: Task;
  mode: ScoreMode;
  observation: Observation;
}

/**
 * One agent's episodes: `reset` starts one on a task, `step` scores code against that task,
 * `state` reads it. A new `reset` forgets the previous episode entirely. Every refusal is an
 * `EnvError` and leaves the episode as it was.
 */
export class CadEnvironment {
  private readonly byId: ReadonlyMap<string, Task>;
  private readonly options: EnvironmentOptions;
  private episode: Episode | null = null;
  private stepping = false;

  constructor(options: EnvironmentOptions) {
    this.options = options;
    this.byId = new Map(options.tasks.map((t) => [t.id, t]));
  }

  tasks(): TaskSummary[] {
    return this.options.tasks.map(summaryOf);
  }

  reset(taskId: unknown, options: { mode?: unknown } = {}): Observation {
    if (this.stepping) throw new EnvError("busy", "a step is still being scored; wait for its answer before reset");
    if (typeof taskId !== "string" || taskId === "") throw new EnvError("bad_request", 'reset needs "task_id", a task id string');
    const task = this.byId.get(taskId);
    if (!task) throw new EnvError("unknown_task", `unknown task "${taskId}"; known tasks: ${[...this.byId.keys()].join(", ")}`);
    const mode = options.mode ?? "fast";
    if (mode !== "fast" && mode !== "full") throw new EnvError("bad_request", `"mode" must be "fast" or "full", not ${JSON.stringify(mode)}`);
    const observation: Observation = {
      task_id: task.id,
      task_brief: task.prompt,
      constraints: constraintsOf(task, mode, { maxSteps: MAX_STEPS, doneTotal: DONE_TOTAL }),
      current_code: task.seed,
      current_lang: resolveLanguage(task.seed),
      reward: null,
      notes: [],
      step: 0,
      done: false,
    };
    this.episode = { task, mode, observation };
    return structuredClone(observation);
  }

  /**
   * Scores `code` against the episode's task. `taskId`, when given, must be the episode's: a step
   * never switches task. `lang` ("auto" when left out) is the code's language: "auto" reads it
   * from the code (`import cadquery` is Python). The step counts once the scorer has answered,
   * whatever the build did.
   */
  async step(code: unknown, taskId?: unknown, lang?: unknown): Promise<Observation> {
    const episode = this.current("step");
    if (this.stepping) throw new EnvError("busy", "a step is still being scored; steps of one episode run one at a time");
    if (episode.observation.done) {
      throw new EnvError("episode_done", `the episode on ${episode.task.id} is done after ${episode.observation.step} steps; call reset to start another`);
    }
    if (taskId !== undefined && taskId !== episode.task.id) {
      throw new EnvError("task_mismatch", `this episode is on task "${episode.task.id}", not ${JSON.stringify(taskId)}; call reset to change task`);
    }
    if (typeof code !== "string") throw new EnvError("bad_request", 'step needs "code", the candidate source as a string');
    const language = resolveLanguage(code, readLang(lang));

    this.stepping = true;
    let result: ScoreResult;
    try {
      result = await this.options.score(episode.task, code, episode.mode, language);
    } catch (error) {
      throw new EnvError("scoring_failed", `the scorer could not run, so this step was not counted: ${(error as Error)?.message ?? error}`);
    } finally {
      this.stepping = false;
    }
    const step = episode.observation.step + 1;
    episode.observation = {
      ...episode.observation,
      current_code: code,
      current_lang: language,
      reward: result,
      notes: [...result.notes],
      step,
      done: result.reward.total >= DONE_TOTAL || step >= MAX_STEPS,
    };
    const observation = structuredClone(episode.observation);
    this.options.onStep?.({ task: episode.task, code, language, result, observation: structuredClone(observation) });
    return observation;
  }

  state(): Observation {
    return structuredClone(this.current("state").observation);
  }

  private current(op: string): Episode {
    if (!this.episode) throw new EnvError("no_episode", `no episode yet: call reset with a task id before ${op}`);
    return this.episode;
  }
}

function readLang(lang: unknown): LanguageChoice {
  if (lang === undefined) return "auto";
  if (isLanguageChoice(lang)) return lang;
  throw new EnvError("bad_request", `"lang" must be ${QUOTED_LANGUAGE_CHOICES}, not ${JSON.stringify(lang)}`);
}
