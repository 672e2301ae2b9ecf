import { resolveLanguage } from "../model/detectLanguage";
import { summaryOf } from "../env/observation";
import { LANGUAGE_CHOICES, type CodeLanguage, type LanguageChoice } from "../model/codeLanguage";
import type { ScoreMode, ScoreResult } from "../scorer/types";
import type { Task } from "../tasks/types";
import { FieldReader, InvalidFields } from "./fieldReader";
import { MAX_CODE_CHARS } from "./limits";
import { scoreActionSchema } from "./schemas";
import { CapacityError, type Lease, type SessionTable } from "./sessionTable";
import { SCORE_MODES } from "./wireRequests";

/**
 * `POST /mcp` (and the `mcp` WebSocket message): JSON-RPC 2.0 with the methods OpenEnv's server
 * answers (openenv-core 0.2, `http_server.py`): `tools/list`, `tools/call`, and its session
 * methods `openenv/session/create` and `openenv/session/close`, which its `MCPToolClient` calls
 * first. Two tools, both stateless: `list_tasks` and `score_candidate` (one candidate, one
 * result, the same as `cadforge score`). Every answer is a JSON-RPC response, errors included.
 */

/** JSON-RPC 2.0's error codes, as OpenEnv uses them. */
export const JsonRpcCode = { parseError: -32700, invalidRequest: -32600, methodNotFound: -32601, invalidParams: -32602, internalError: -32603, serverError: -32000 } as const;

type RpcId = string | number | null;
export type JsonRpcResponse =
  | { jsonrpc: "2.0"; id: RpcId; result: unknown }
  | { jsonrpc: "2.0"; id: RpcId; error: { code: number; message: string; data?: unknown } };

export interface McpDeps {
  tasks: readonly Task[];
  table: SessionTable;
  score(task: Task, code: string, mode: ScoreMode, language: CodeLanguage): Promise<ScoreResult>;
  defaultMode: ScoreMode;
}

class RpcError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly data?: unknown,
  ) {
    super(message);
  }
}

const TOOLS = [
  {
    name: "list_tasks",
    description: "The CAD tasks this server scores: id, level, family and brief of each.",
    inputSchema: { type: "object", properties: {}, additionalProperties: false },
  },
  {
    name: "score_candidate",
    description: "Builds replicad code or CadQuery Python (lang, read from the code by default) with the OpenCascade kernel and scores it against a task; returns the scorer's whole result (reward.total in [-1, 1], notes, failure).",
    inputSchema: scoreActionSchema(),
  },
];

export class McpService {
  /** Sessions opened with `openenv/session/create`, by id. */
  private readonly sessions = new Map<string, Lease>();
  private readonly byId: ReadonlyMap<string, Task>;

  constructor(private readonly deps: McpDeps) {
    this.byId = new Map(deps.tasks.map((t) => [t.id, t]));
  }

  /** Answers a request body already parsed as JSON; `wsSessionId` when it came over a `/ws` connection. */
  async answer(body: unknown, wsSessionId?: string): Promise<JsonRpcResponse> {
    let id: RpcId = null;
    try {
      const request = readRequest(body);
      id = request.id;
      return { jsonrpc: "2.0", id, result: await this.call(request.method, request.params, wsSessionId) };
    } catch (error) {
      if (error instanceof RpcError) return { jsonrpc: "2.0", id, error: { code: error.code, message: error.message, ...(error.data === undefined ? {} : { data: error.data }) } };
      return { jsonrpc: "2.0", id, error: { code: JsonRpcCode.internalError, message: `${(error as Error)?.message ?? error}` } };
    }
  }

  parseError(message: string): JsonRpcResponse {
    return { jsonrpc: "2.0", id: null, error: { code: JsonRpcCode.parseError, message: `Parse error: ${message}` } };
  }

  close(): void {
    for (const lease of this.sessions.values()) lease.release();
    this.sessions.clear();
  }

  private async call(method: string, params: Record<string, unknown>, wsSessionId?: string): Promise<unknown> {
    switch (method) {
      case "openenv/session/create":
        if (wsSessionId) return { session_id: wsSessionId };
        return { session_id: this.openSession() };
      case "openenv/session/close":
        return this.closeSession(params, wsSessionId);
      case "tools/list":
        this.sessionOf(params, wsSessionId)?.touch();
        return { tools: TOOLS };
      case "tools/call":
        return this.callTool(params, wsSessionId);
      default:
        throw new RpcError(JsonRpcCode.methodNotFound, `Method not found: ${method}; this server answers tools/list, tools/call, openenv/session/create and openenv/session/close`);
    }
  }

  private openSession(): string {
    try {
      const lease = this.deps.table.open(() => this.sessions.delete(lease.id));
      this.sessions.set(lease.id, lease);
      return lease.id;
    } catch (error) {
      if (error instanceof CapacityError) throw new RpcError(JsonRpcCode.serverError, error.message, { active_sessions: error.activeSessions, max_sessions: error.maxSessions });
      throw error;
    }
  }

  private closeSession(params: Record<string, unknown>, wsSessionId?: string): unknown {
    const sessionId = params.session_id;
    if (typeof sessionId !== "string" || sessionId === "") throw new RpcError(JsonRpcCode.invalidParams, "Invalid params - 'session_id' is required");
    if (sessionId === wsSessionId) throw new RpcError(JsonRpcCode.invalidRequest, "Cannot close the WebSocket's own session through MCP; close the connection");
    const lease = this.sessions.get(sessionId);
    if (!lease) throw new RpcError(JsonRpcCode.invalidParams, `Unknown session_id: ${sessionId}`);
    this.sessions.delete(sessionId);
    lease.release();
    return { session_id: sessionId, closed: true };
  }

  /** The MCP session a request names in `params.session_id`, if any; an unknown one is an error. */
  private sessionOf(params: Record<string, unknown>, wsSessionId?: string): Lease | null {
    const sessionId = params.session_id;
    if (wsSessionId || sessionId === undefined || sessionId === null) return null;
    const lease = typeof sessionId === "string" ? this.sessions.get(sessionId) : undefined;
    if (!lease) throw new RpcError(JsonRpcCode.invalidParams, `Unknown session_id: ${JSON.stringify(sessionId)}`);
    return lease;
  }

  private async callTool(params: Record<string, unknown>, wsSessionId?: string): Promise<unknown> {
    const session = this.sessionOf(params, wsSessionId);
    const name = params.name;
    if (typeof name !== "string" || name === "") throw new RpcError(JsonRpcCode.invalidParams, "Missing 'name' in params");
    const args = params.arguments ?? {};
    if (name === "list_tasks") {
      readArguments(args, () => undefined);
      return toolResult({ tasks: this.deps.tasks.map(summaryOf) });
    }
    if (name !== "score_candidate") throw new RpcError(JsonRpcCode.invalidParams, `Tool not found: ${name}; tools: ${TOOLS.map((t) => t.name).join(", ")}`);
    const { task, code, mode, lang } = readArguments(args, (reader) => {
      const taskId = reader.string("task_id", { required: true, nonEmpty: true });
      const code = reader.string("code", { required: true, maxLength: MAX_CODE_CHARS });
      const mode = (reader.string("mode", { oneOf: SCORE_MODES }) as ScoreMode | undefined) ?? this.deps.defaultMode;
      const lang = (reader.string("lang", { oneOf: LANGUAGE_CHOICES }) as LanguageChoice | undefined) ?? "auto";
      const task = taskId === undefined ? undefined : this.byId.get(taskId);
      if (taskId !== undefined && !task) reader.problem("task_id", `unknown task ${JSON.stringify(taskId)}; known tasks: ${[...this.byId.keys()].join(", ")}`, "unknown_task");
      return { task: task!, code: code!, mode, lang };
    });
    // Inside a session the session's slot covers the call; a call without one takes a slot while it scores.
    const lease = wsSessionId || session ? null : this.temporaryLease();
    if (session) session.busy = true;
    try {
      return toolResult(await this.deps.score(task, code, mode, resolveLanguage(code, lang)));
    } finally {
      lease?.release();
      if (session) {
        session.busy = false;
        session.touch();
      }
    }
  }

  private temporaryLease(): Lease {
    try {
      return this.deps.table.open(() => undefined);
    } catch (error) {
      if (error instanceof CapacityError) throw new RpcError(JsonRpcCode.serverError, error.message, { active_sessions: error.activeSessions, max_sessions: error.maxSessions });
      throw error;
    }
  }
}

/** A tool's result as MCP's `tools/call` carries it: the JSON as text for any client, and as structured content. */
function toolResult(value: object): unknown {
  return { content: [{ type: "text", text: JSON.stringify(value) }], structuredContent: value, isError: false };
}

function readArguments<T>(args: unknown, read: (reader: FieldReader) => T): T {
  try {
    const reader = FieldReader.of(args, ["params", "arguments"]);
    const value = read(reader);
    reader.done();
    return value;
  } catch (error) {
    if (error instanceof InvalidFields) throw new RpcError(JsonRpcCode.invalidParams, `Invalid params: ${error.message}`, { errors: error.errors });
    throw error;
  }
}

/** OpenEnv's `JsonRpcRequest`: `jsonrpc` "2.0", `method`, `params` (an object), `id` (string, integer or null), nothing else. */
function readRequest(body: unknown): { id: RpcId; method: string; params: Record<string, unknown> } {
  try {
    const reader = FieldReader.of(body, []);
    reader.string("jsonrpc", { required: true, oneOf: ["2.0"] });
    const method = reader.string("method", { required: true, nonEmpty: true });
    const params = reader.object("params") ?? {};
    const id = reader.any("id");
    if (id !== undefined && typeof id !== "string" && !Number.isSafeInteger(id)) reader.problem("id", "must be a string, an integer or null", "id_type");
    reader.done();
    return { id: (id as RpcId | undefined) ?? null, method: method!, params };
  } catch (error) {
    if (error instanceof InvalidFields) throw new RpcError(JsonRpcCode.invalidRequest, `Invalid request: ${error.message}`, { errors: error.errors });
    throw error;
  }
}
