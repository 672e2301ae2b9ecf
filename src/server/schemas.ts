import { LANGUAGE_CHOICES } from "../model/codeLanguage";
import { MAX_CODE_CHARS, MAX_ID_CHARS } from "./limits";

/**
 * JSON Schemas of what crosses the wire, for `GET /schema` (OpenEnv's `SchemaResponse`: action,
 * observation, state), the OpenAPI document and the MCP tool. They describe exactly what
 * `wireRequests.ts` reads and `wireAnswers.ts` writes; the conformance tests check answers
 * against them.
 */

type Schema = Record<string, unknown>;

const taskId: Schema = { type: "string", minLength: 1, description: "A task id, as `cadforge tasks` lists them" };
const code: Schema = { type: "string", maxLength: MAX_CODE_CHARS, description: "The candidate: replicad JavaScript or TypeScript defining main(), or CadQuery Python (import cadquery as cq)" };
const lang: Schema = {
  type: "string",
  enum: [...LANGUAGE_CHOICES],
  description: "The code's language; auto (the default) reads it from the code: a candidate that imports cadquery is Python",
};
const mode: Schema = { type: "string", enum: ["fast", "full"], description: "Scoring mode (default: the server's --mode)" };

export function actionSchema(): Schema {
  return {
    title: "CadAction",
    type: "object",
    properties: {
      code,
      task_id: { ...taskId, description: "The episode's task; required by POST /step, whose request is an episode of its own" },
      lang,
      metadata: { type: "object", description: "OpenEnv's Action.metadata; ignored" },
    },
    required: ["code"],
    additionalProperties: false,
  };
}

/** The arguments of the MCP tool `score_candidate`. */
export function scoreActionSchema(): Schema {
  return { type: "object", properties: { task_id: taskId, code, mode, lang }, required: ["task_id", "code"], additionalProperties: false };
}

export function resetSchema(): Schema {
  return {
    title: "CadReset",
    type: "object",
    properties: {
      task_id: taskId,
      mode,
      seed: { type: ["integer", "null"], minimum: 0, description: "Recorded in the state; scoring is deterministic" },
      episode_id: { type: ["string", "null"], minLength: 1, maxLength: MAX_ID_CHARS, description: "Your id for the episode; a UUID when left out" },
    },
    required: ["task_id"],
    additionalProperties: false,
  };
}

/** OpenEnv's observation schema holds `reward` and `done` too, which travel beside the observation's other fields. */
export function observationSchema(): Schema {
  return {
    title: "CadObservation",
    type: "object",
    properties: {
      ...observationFields(),
      reward: { type: ["number", "null"], description: "Sent beside the observation, as OpenEnv does: score.reward.total" },
      done: { type: "boolean", description: "Sent beside the observation: total >= done_total or the step limit reached" },
    },
    required: OBSERVATION_REQUIRED,
  };
}

const OBSERVATION_REQUIRED = ["task_id", "task_brief", "constraints", "current_code", "current_lang", "score", "notes", "step"];

function observationFields(): Record<string, Schema> {
  return {
    task_id: { type: "string" },
    task_brief: { type: "string", description: "The task's prompt" },
    constraints: {
      type: "object",
      description: "Envelope, expected solid count, checklist labels, mode and limits",
      properties: {
        envelope_mm: { type: "object" },
        expected_components: { type: ["object", "null"] },
        checklist: { type: "array", items: { type: "object", properties: { id: { type: "string" }, kind: { type: "string" }, label: { type: "string" } } } },
        mode,
        max_steps: { type: "integer" },
        done_total: { type: "number" },
        code_form: { type: "string" },
      },
      required: ["envelope_mm", "expected_components", "checklist", "mode", "max_steps", "done_total", "code_form"],
    },
    current_code: { type: "string", description: "The code of the last step; the task's seed after reset" },
    current_lang: { type: "string", enum: ["javascript", "python"], description: "The language current_code was built as: the step's lang, or read from the code" },
    score: {
      type: ["object", "null"],
      description: "The scorer's whole result for current_code (ScoreResult, src/scorer/types.ts); null after reset",
      properties: {
        task_id: { type: "string" },
        mode,
        ok: { type: "boolean" },
        reward: { type: "object", properties: { total: { type: "number", minimum: -1, maximum: 1 } }, required: ["total"] },
        failure: { type: ["object", "null"] },
        notes: { type: "array", items: { type: "string" } },
        parts: { type: "array" },
        metrics: { type: "object" },
        elapsed_ms: { type: "object" },
      },
      required: ["task_id", "mode", "ok", "reward", "failure", "notes", "parts", "metrics", "elapsed_ms"],
    },
    notes: { type: "array", items: { type: "string" }, description: "What to fix, most important first" },
    step: { type: "integer", minimum: 0 },
  };
}

export function stateSchema(): Schema {
  return {
    title: "CadState",
    type: "object",
    properties: {
      episode_id: { type: ["string", "null"] },
      step_count: { type: "integer", minimum: 0 },
      task_id: { type: ["string", "null"] },
      mode: { type: ["string", "null"], enum: ["fast", "full", null] },
      seed: { type: ["integer", "null"] },
      done: { type: "boolean" },
      reward: { type: ["number", "null"], description: "The last step's total" },
    },
    required: ["episode_id", "step_count", "task_id", "mode", "seed", "done", "reward"],
  };
}

/** `{observation, reward, done}`: the answer to reset and step, over HTTP and in a WebSocket `observation` message's data. */
export function stepPayloadSchema(): Schema {
  const observation = { type: "object", properties: observationFields(), required: OBSERVATION_REQUIRED, additionalProperties: false };
  return {
    type: "object",
    properties: { observation, reward: { type: ["number", "null"] }, done: { type: "boolean" } },
    required: ["observation", "reward", "done"],
    additionalProperties: false,
  };
}
