import type { LanguageChoice } from "../model/codeLanguage";
import { EnvError } from "./envError";
import type { CadEnvironment } from "./environment";
import type { Observation, TaskSummary } from "./observation";

/**
 * The environment as messages, for every surface that is not a direct call (the `cadforge env`
 * line protocol and the iframe bridge), so both read requests and word answers the same way.
 *
 *   {"op": "tasks"}
 *   {"op": "reset", "task_id": "...", "mode"?: "fast" | "full"}
 *   {"op": "step", "code": "...", "task_id"?: "<the episode's task>", "lang"?: "auto" | "javascript" | "python"}
 *   {"op": "state"}
 *
 * Any request may carry an `id` (any JSON value), echoed in its answer.
 */
export type EnvRequest =
  | { op: "tasks" }
  | { op: "reset"; task_id: string; mode?: "fast" | "full" }
  | { op: "step"; code: string; task_id?: string; lang?: LanguageChoice }
  | { op: "state" };

export type EnvResponse =
  | { id: unknown; ok: true; op: "tasks"; tasks: TaskSummary[] }
  | { id: unknown; ok: true; op: "reset" | "step" | "state"; observation: Observation }
  | { id: unknown; ok: false; op: string | null; error: { code: string; message: string } };

const OPS = ["tasks", "reset", "step", "state"];

/** Answers one request; never throws: anything wrong with it becomes an error answer. */
export async function handleRequest(env: CadEnvironment, request: unknown): Promise<EnvResponse> {
  if (!request || typeof request !== "object" || Array.isArray(request)) {
    return refusal(null, null, new EnvError("bad_request", `a request is a JSON object with "op" (one of ${OPS.join(", ")}), not ${describe(request)}`));
  }
  const fields = request as Record<string, unknown>;
  const id = fields.id ?? null;
  const op = fields.op;
  try {
    switch (op) {
      case "tasks":
        return { id, ok: true, op, tasks: env.tasks() };
      case "reset":
        return { id, ok: true, op, observation: env.reset(fields.task_id, { mode: fields.mode }) };
      case "step":
        return { id, ok: true, op, observation: await env.step(fields.code, fields.task_id, fields.lang) };
      case "state":
        return { id, ok: true, op, observation: env.state() };
      default:
        throw new EnvError(
          op === undefined ? "bad_request" : "unknown_op",
          op === undefined ? `the request has no "op"; use one of ${OPS.join(", ")}` : `unknown op ${JSON.stringify(op)}; use one of ${OPS.join(", ")}`,
        );
    }
  } catch (error) {
    if (error instanceof EnvError) return refusal(id, typeof op === "string" ? op : null, error);
    throw error;
  }
}

/** The answer to a request that could not even be read (a line that is not JSON, say). */
export function refusal(id: unknown, op: string | null, error: EnvError): EnvResponse {
  return { id, ok: false, op, error: { code: error.code, message: error.message } };
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return `a ${typeof value}`;
}
