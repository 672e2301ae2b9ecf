import { LANGUAGE_CHOICES, type LanguageChoice } from "../model/codeLanguage";
import type { ScoreMode } from "../scorer/types";
import { FieldReader, InvalidFields, requireObject } from "./fieldReader";
import { MAX_CODE_CHARS, MAX_ID_CHARS } from "./limits";
import { WireError } from "./wireAnswers";

/**
 * What clients send, read field by field. The shapes are OpenEnv's (openenv-core 0.2,
 * `env_server/types.py`): a WebSocket message is `{"type", "data"?}` with no other field; the
 * HTTP bodies are its `ResetRequest` and `StepRequest`. Our action and reset fields go inside.
 */

export const SCORE_MODES: readonly ScoreMode[] = ["fast", "full"];

/** `reset`'s data: which task, and OpenEnv's optional `seed` and `episode_id`. */
export interface ResetData {
  task_id: string;
  mode?: ScoreMode;
  /** Accepted and reported in the state; scoring is deterministic, so it changes nothing. */
  seed?: number;
  episode_id?: string;
}

/** The action of a step. `metadata` is OpenEnv's `Action.metadata`, which typed clients always send. */
export interface StepAction {
  code: string;
  task_id?: string;
  /** The code's language; "auto" (the default) reads it from the code (`import cadquery` is Python). */
  lang?: LanguageChoice;
  metadata?: Record<string, unknown>;
}

export type WsRequest =
  | { type: "reset"; data: ResetData }
  | { type: "step"; data: StepAction }
  | { type: "state" }
  | { type: "close" }
  | { type: "mcp"; data: Record<string, unknown> };

export const WS_TYPES = ["reset", "step", "state", "close", "mcp"] as const;

/** One WebSocket text message, or the `WireError` that answers it. */
export function readWsRequest(text: string): WsRequest {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new WireError("INVALID_JSON", `Invalid JSON: ${(error as Error).message}`);
  }
  const message = withFields(() => requireObject(value, []));
  const type = message.type;
  if (typeof type !== "string" || !(WS_TYPES as readonly string[]).includes(type)) {
    throw new WireError("UNKNOWN_TYPE", `Unknown message type: ${JSON.stringify(type ?? null)}; use one of ${WS_TYPES.join(", ")}`);
  }
  return withFields(() => {
    const reader = new FieldReader(message, []);
    reader.string("type");
    switch (type) {
      case "reset": {
        const data = reader.any("data", { required: true });
        reader.done();
        return { type, data: readResetData(data, ["data"]) };
      }
      case "step": {
        const data = reader.any("data", { required: true });
        reader.done();
        return { type, data: readStepAction(data, ["data"], { taskRequired: false }) };
      }
      case "mcp": {
        const data = reader.object("data", { required: true })!;
        reader.done();
        return { type, data };
      }
      default:
        reader.done();
        return { type: type as "state" | "close" };
    }
  });
}

export function readResetData(value: unknown, loc: (string | number)[]): ResetData {
  const reader = FieldReader.of(value, loc);
  const data: ResetData = { task_id: reader.string("task_id", { required: true, nonEmpty: true })! };
  const mode = reader.string("mode", { oneOf: SCORE_MODES }) as ScoreMode | undefined;
  const seed = reader.integer("seed", { min: 0 });
  const episodeId = reader.string("episode_id", { maxLength: MAX_ID_CHARS, nonEmpty: true });
  reader.done();
  if (mode !== undefined) data.mode = mode;
  if (seed !== undefined) data.seed = seed;
  if (episodeId !== undefined) data.episode_id = episodeId;
  return data;
}

export function readStepAction(value: unknown, loc: (string | number)[], { taskRequired }: { taskRequired: boolean }): StepAction {
  const reader = FieldReader.of(value, loc);
  const action: StepAction = { code: reader.string("code", { required: true, maxLength: MAX_CODE_CHARS })! };
  const taskId = reader.string("task_id", { required: taskRequired, nonEmpty: true });
  const lang = reader.string("lang", { oneOf: LANGUAGE_CHOICES }) as LanguageChoice | undefined;
  const metadata = reader.object("metadata");
  reader.done();
  if (taskId !== undefined) action.task_id = taskId;
  if (lang !== undefined) action.lang = lang;
  if (metadata !== undefined) action.metadata = metadata;
  return action;
}

/**
 * `POST /step`'s body, OpenEnv's `StepRequest`: `{action, timeout_s?, request_id?}`. The action
 * must name its task, since an HTTP step is an episode of its own. `timeout_s` is read but the
 * server's backstop applies: a client's tighter clock would cost a thread and its kernel.
 */
export function readHttpStep(value: unknown): { action: StepAction & { task_id: string }; request_id?: string } {
  return withFields(() => {
    const reader = FieldReader.of(value, ["body"]);
    const actionValue = reader.any("action", { required: true });
    reader.positiveNumber("timeout_s");
    const requestId = reader.string("request_id", { maxLength: MAX_ID_CHARS });
    reader.done();
    const action = readStepAction(actionValue, ["body", "action"], { taskRequired: true }) as StepAction & { task_id: string };
    return requestId === undefined ? { action } : { action, request_id: requestId };
  });
}

export function readHttpReset(value: unknown): ResetData {
  return withFields(() => readResetData(value, ["body"]));
}

/** Runs a reader, turning its field errors into the wire's validation error. */
function withFields<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof InvalidFields) throw WireError.invalid(error);
    throw error;
  }
}
