import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schemaProblems } from "../../tests/support/jsonSchemaCheck";
import { boxCode, startTestServer } from "../../tests/support/testServer";
import type { CadServer } from "./cadServer";
import { MAX_CODE_CHARS, MAX_MESSAGE_BYTES } from "./limits";
import { stateSchema, stepPayloadSchema } from "./schemas";

/**
 * The HTTP side of OpenEnv's protocol (openenv-core 0.2, `http_server.py`, `types.py`,
 * `cli/_validation.py`), against a real server: real sockets, kernel and worker thread.
 */
let server: CadServer;

beforeAll(async () => {
  server = await startTestServer({ maxSessions: 2 });
});
afterAll(async () => {
  await server?.close();
});

async function http(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: any; headers: Headers }> {
  const init: RequestInit = { method, headers: body === undefined ? headers : { "Content-Type": "application/json", ...headers } };
  if (body !== undefined) init.body = typeof body === "string" ? body : JSON.stringify(body);
  const response = await fetch(server.url + path, init);
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null, headers: response.headers };
}

/** The six criteria of `openenv validate --url` (`validate_running_environment`), checked as it checks them. */
async function openenvValidate(): Promise<Record<string, boolean>> {
  const openapi = await http("GET", "/openapi.json");
  const health = await http("GET", "/health");
  const metadata = await http("GET", "/metadata");
  const schema = await http("GET", "/schema");
  const mcp = await http("POST", "/mcp", {});
  const isDict = (v: unknown) => !!v && typeof v === "object" && !Array.isArray(v);
  const paths = openapi.json?.paths ?? {};
  return {
    openapi_version_available: openapi.status === 200 && typeof openapi.json?.info?.version === "string",
    health_endpoint: health.status === 200 && health.json?.status === "healthy",
    metadata_endpoint: metadata.status === 200 && typeof metadata.json?.name === "string" && typeof metadata.json?.description === "string",
    schema_endpoint: schema.status === 200 && isDict(schema.json?.action) && isDict(schema.json?.observation) && isDict(schema.json?.state),
    mcp_endpoint: mcp.status === 200 && mcp.json?.jsonrpc === "2.0",
    mode_endpoint_consistency: "/reset" in paths && "/step" in paths && "/state" in paths,
  };
}

describe("what openenv validate --url checks", () => {
  it("passes every criterion, in simulation mode with OpenEnv's HTTP profile 1.x", async () => {
    expect(await openenvValidate()).toEqual({
      openapi_version_available: true,
      health_endpoint: true,
      metadata_endpoint: true,
      schema_endpoint: true,
      mcp_endpoint: true,
      mode_endpoint_consistency: true,
    });
    expect((await http("GET", "/openapi.json")).json.info.version).toMatch(/^1\./);
  });

  it("GET /schema gives the action, observation and state schemas, naming the action's fields", async () => {
    const { json } = await http("GET", "/schema");
    expect(json.action.required).toEqual(["code"]);
    expect(Object.keys(json.action.properties)).toEqual(["code", "task_id", "lang", "metadata"]);
    expect(json.observation.properties).toHaveProperty("score");
    expect(json.state.required).toEqual(expect.arrayContaining(["episode_id", "step_count"]));
  });
});

describe("POST /reset and GET /state: stateless, as OpenEnv's HTTP routes are", () => {
  it("starts an episode on the task and answers {observation, reward: null, done: false}", async () => {
    const { status, json } = await http("POST", "/reset", { task_id: "caster_wheel_fork", seed: 7, episode_id: "e-1" });
    expect(status).toBe(200);
    expect(schemaProblems(json, stepPayloadSchema())).toEqual([]);
    expect(json).toMatchObject({ reward: null, done: false, observation: { task_id: "caster_wheel_fork", step: 0, score: null, notes: [] } });
  });

  it("reports a fresh environment's state, since HTTP keeps no episode", async () => {
    const { status, json } = await http("GET", "/state");
    expect(status).toBe(200);
    expect(schemaProblems(json, stateSchema())).toEqual([]);
    expect(json).toMatchObject({ episode_id: null, step_count: 0, task_id: null });
  });

  it("refuses with 422 naming each wrong field: a missing task, an unknown task, a bad mode, seed and extra field", async () => {
    expect((await http("POST", "/reset", {})).json.detail).toEqual([{ loc: ["body", "task_id"], msg: "is required", type: "missing" }]);
    const unknown = await http("POST", "/reset", { task_id: "flying_teapot" });
    expect(unknown.status).toBe(422);
    expect(unknown.json.detail[0]).toMatchObject({ loc: ["body", "task_id"], type: "unknown_task" });
    expect(unknown.json.detail[0].msg).toContain("caster_wheel_fork");
    const several = await http("POST", "/reset", { task_id: "caster_wheel_fork", mode: "slow", seed: -1, colour: "red" });
    expect(several.status).toBe(422);
    expect(several.json.detail.map((d: { loc: string[] }) => d.loc.join("."))).toEqual(["body.mode", "body.seed", "body.colour"]);
  });
});

describe("POST /step: one request, one candidate scored against the task its action names", () => {
  it("scores on the worker pool and answers the observation, the total as reward, and done", async () => {
    const { status, json } = await http("POST", "/step", { action: { task_id: "caster_wheel_fork", code: boxCode(20), metadata: {} }, request_id: "r1" });
    expect(status).toBe(200);
    expect(schemaProblems(json, stepPayloadSchema())).toEqual([]);
    expect(json.observation).toMatchObject({ step: 1, current_code: boxCode(20), score: { ok: true, task_id: "caster_wheel_fork" } });
    expect(json.observation.score.parts[0].volume_mm3).toBeCloseTo(8000, 3);
    expect(json.reward).toBe(json.observation.score.reward.total);
    expect(json.done).toBe(false);
    expect(server.sessions.active).toBe(0);
  });

  it("scores a failed build as a score, not an error", async () => {
    const { status, json } = await http("POST", "/step", { action: { task_id: "caster_wheel_fork", code: "const main = () => {" } });
    expect(status).toBe(200);
    expect(json.observation.score).toMatchObject({ ok: false, failure: { class: "syntax" } });
    expect(json.reward).toBeLessThan(0);
  });

  it("refuses with 422 an action without task or code, with code too long, with unknown fields, and a bad timeout_s", async () => {
    const missing = await http("POST", "/step", { action: {} });
    expect(missing.json.detail.map((d: { loc: string[] }) => d.loc.join("."))).toEqual(["body.action.code", "body.action.task_id"]);
    const long = await http("POST", "/step", { action: { task_id: "caster_wheel_fork", code: "x".repeat(MAX_CODE_CHARS + 1) } });
    expect(long.status).toBe(422);
    expect(long.json.detail[0]).toMatchObject({ loc: ["body", "action", "code"], type: "string_too_long" });
    const extra = await http("POST", "/step", { action: { task_id: "caster_wheel_fork", code: "", tool: "x" }, timeout_s: 0 });
    expect(extra.json.detail.map((d: { loc: string[] }) => d.loc.join("."))).toEqual(["body.timeout_s"]);
    expect((await http("POST", "/step", { action: { task_id: "caster_wheel_fork", code: "", tool: "x" } })).json.detail[0].loc).toEqual(["body", "action", "tool"]);
    expect((await http("POST", "/step", { action: "code" })).json.detail[0]).toMatchObject({ loc: ["body", "action"], type: "object_type" });
  });
});

describe("HTTP errors", () => {
  it("answers a body that is not JSON with 422 json_invalid", async () => {
    const { status, json } = await http("POST", "/step", "{action:");
    expect(status).toBe(422);
    expect(json.detail[0]).toMatchObject({ loc: ["body"], type: "json_invalid" });
  });

  it("refuses a POST that is not declared JSON (415), a body past the limit (413), an unknown path (404) and method (405)", async () => {
    expect((await http("POST", "/reset", JSON.stringify({ task_id: "caster_wheel_fork" }), { "Content-Type": "text/plain" })).status).toBe(415);
    const big = await http("POST", "/step", JSON.stringify({ action: { task_id: "caster_wheel_fork", code: "x".repeat(MAX_MESSAGE_BYTES) } }));
    expect(big.status).toBe(413);
    expect(big.json.detail).toContain(String(MAX_MESSAGE_BYTES));
    expect(await http("GET", "/nowhere")).toMatchObject({ status: 404, json: { detail: "Not Found" } });
    const wrongMethod = await http("GET", "/step");
    expect(wrongMethod).toMatchObject({ status: 405, json: { detail: "Method Not Allowed" } });
    expect(wrongMethod.headers.get("allow")).toBe("POST");
    expect((await http("GET", "/health")).status).toBe(200);
  });
});

describe("POST /mcp: JSON-RPC 2.0 as OpenEnv answers it", () => {
  const rpc = (method: string, params?: unknown, id: unknown = 1) => http("POST", "/mcp", { jsonrpc: "2.0", id, method, ...(params === undefined ? {} : { params }) });

  it("lists the tools, and calls them: the task list, and a candidate's score", async () => {
    const list = await rpc("tools/list");
    expect(list.json).toMatchObject({ jsonrpc: "2.0", id: 1 });
    expect(list.json.result.tools.map((t: { name: string }) => t.name)).toEqual(["list_tasks", "score_candidate"]);
    const tasks = await rpc("tools/call", { name: "list_tasks", arguments: {} }, "t");
    expect(tasks.json.id).toBe("t");
    expect(tasks.json.result.structuredContent.tasks.map((t: { task_id: string }) => t.task_id)).toContain("caster_wheel_fork");
    const scored = await rpc("tools/call", { name: "score_candidate", arguments: { task_id: "caster_wheel_fork", code: boxCode(10) } });
    expect(scored.json.result.isError).toBe(false);
    expect(scored.json.result.structuredContent).toMatchObject({ ok: true, task_id: "caster_wheel_fork", mode: "fast" });
    expect(JSON.parse(scored.json.result.content[0].text)).toEqual(scored.json.result.structuredContent);
  });

  it("answers every error as JSON-RPC with HTTP 200: parse error, invalid request, unknown method, unknown tool, bad arguments", async () => {
    const cases: [unknown, number][] = [
      ["{nope", -32700],
      [{}, -32600],
      [{ jsonrpc: "1.0", method: "tools/list" }, -32600],
      [{ jsonrpc: "2.0", method: "tools/list", params: [] }, -32600],
      [{ jsonrpc: "2.0", id: 2, method: "resources/list" }, -32601],
      [{ jsonrpc: "2.0", id: 3, method: "tools/call", params: { name: "reset" } }, -32602],
      [{ jsonrpc: "2.0", id: 4, method: "tools/call", params: { name: "score_candidate", arguments: { task_id: "flying_teapot", code: 3 } } }, -32602],
    ];
    for (const [body, code] of cases) {
      const { status, json } = await http("POST", "/mcp", body);
      expect(status).toBe(200);
      expect(json.jsonrpc).toBe("2.0");
      expect(json.error.code, JSON.stringify(json)).toBe(code);
    }
    const bad = await http("POST", "/mcp", cases[6][0]);
    expect(bad.json.id).toBe(4);
    expect(bad.json.error.data.errors.map((e: { loc: string[] }) => e.loc.join("."))).toEqual(["params.arguments.code", "params.arguments.task_id"]);
  });

  it("opens and closes OpenEnv's MCP sessions, which take a slot, and refuses past capacity", async () => {
    const first = (await rpc("openenv/session/create")).json.result.session_id;
    const second = (await rpc("openenv/session/create")).json.result.session_id;
    expect(server.sessions.active).toBe(2);
    const third = await rpc("openenv/session/create");
    expect(third.json.error).toMatchObject({ code: -32000, data: { active_sessions: 2, max_sessions: 2 } });
    const step = await http("POST", "/step", { action: { task_id: "caster_wheel_fork", code: boxCode(1) } });
    expect(step).toMatchObject({ status: 503, json: { code: "CAPACITY_REACHED", active_sessions: 2, max_sessions: 2 } });
    expect((await rpc("tools/list", { session_id: first })).json.result.tools).toHaveLength(2);
    expect((await rpc("tools/list", { session_id: "nope" })).json.error.code).toBe(-32602);
    expect((await rpc("openenv/session/close", { session_id: first })).json.result).toEqual({ session_id: first, closed: true });
    expect((await rpc("openenv/session/close", { session_id: first })).json.error.code).toBe(-32602);
    expect((await rpc("openenv/session/close", { session_id: second })).json.result.closed).toBe(true);
    expect(server.sessions.active).toBe(0);
  });
});
