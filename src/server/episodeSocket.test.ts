import { spawn, spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schemaProblems } from "../../tests/support/jsonSchemaCheck";
import { boxCode, eventually, startTestServer } from "../../tests/support/testServer";
import { WsTestClient } from "../../tests/support/wsTestClient";
import type { CadServer } from "./cadServer";
import { MAX_CODE_CHARS, MAX_MESSAGE_BYTES } from "./limits";
import { stateSchema, stepPayloadSchema } from "./schemas";

/**
 * `/ws` as OpenEnv's server speaks it (openenv-core 0.2, `http_server.py`'s websocket endpoint,
 * `types.py`'s WS messages and `WSErrorCode`), against a real server, kernel and worker thread.
 */
const MAX_SESSIONS = 3;
let server: CadServer;
let caster: { seed: string; reference: string };

beforeAll(async () => {
  server = await startTestServer({ maxSessions: MAX_SESSIONS });
  const { loadCatalogueFromDisk } = await import("../tasks/loadFromDisk");
  caster = (await loadCatalogueFromDisk()).tasks.find((t) => t.id === "caster_wheel_fork")!;
});
afterAll(async () => {
  await server?.close();
});

const open = () => WsTestClient.open(server.port);
const reset = { type: "reset", data: { task_id: "caster_wheel_fork" } };

describe("an episode over /ws", () => {
  it("answers reset, step, state and close in OpenEnv's shapes, with our observation inside", async () => {
    const ws = await open();
    const before = await ws.ask({ type: "state" });
    expect(before).toEqual({ type: "state", data: { episode_id: null, step_count: 0, task_id: null, mode: null, seed: null, done: false, reward: null } });

    const first = await ws.ask({ type: "reset", data: { task_id: "caster_wheel_fork", mode: "full", seed: 3, episode_id: "ep-1" } });
    expect(first.type).toBe("observation");
    expect(schemaProblems(first.data, stepPayloadSchema())).toEqual([]);
    expect(first.data).toMatchObject({ reward: null, done: false, observation: { task_id: "caster_wheel_fork", current_code: caster.seed, score: null, step: 0 } });
    expect(first.data.observation.constraints).toMatchObject({ mode: "full", max_steps: 12 });

    const stepped = await ws.ask({ type: "step", data: { code: boxCode(30), metadata: {} } });
    expect(schemaProblems(stepped.data, stepPayloadSchema())).toEqual([]);
    expect(stepped.data.observation).toMatchObject({ step: 1, current_code: boxCode(30), score: { ok: true, mode: "full" } });
    expect(stepped.data.observation.notes).toEqual(stepped.data.observation.score.notes);
    expect(stepped.data.reward).toBe(stepped.data.observation.score.reward.total);

    const state = await ws.ask({ type: "state" });
    expect(schemaProblems(state.data, stateSchema())).toEqual([]);
    expect(state.data).toEqual({ episode_id: "ep-1", step_count: 1, task_id: "caster_wheel_fork", mode: "full", seed: 3, done: false, reward: stepped.data.reward });

    ws.send({ type: "close" });
    expect(await ws.next()).toMatchObject({ kind: "close", code: 1000 });
    await ws.ended;
    await eventually(() => server.sessions.active === 0);
  });

  it("ends the episode when the total reaches done_total, then refuses a step with EXECUTION_ERROR (episode_done)", async () => {
    const ws = await open();
    await ws.ask(reset);
    const done = await ws.ask({ type: "step", data: { code: caster.reference, task_id: "caster_wheel_fork" } });
    expect(done.data.done).toBe(true);
    const after = await ws.ask({ type: "step", data: { code: boxCode(3) } });
    expect(after).toMatchObject({ type: "error", data: { code: "EXECUTION_ERROR", reason: "episode_done" } });
    expect((await ws.ask({ type: "state" })).data).toMatchObject({ step_count: 1, done: true });
    ws.drop();
  });

  it("gives an unnamed episode a fresh id on every reset", async () => {
    const ws = await open();
    await ws.ask(reset);
    const first = (await ws.ask({ type: "state" })).data.episode_id;
    await ws.ask(reset);
    const second = (await ws.ask({ type: "state" })).data.episode_id;
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(second).not.toBe(first);
    ws.drop();
  });

  it("answers an mcp message with a JSON-RPC response inside the session", async () => {
    const ws = await open();
    const answer = await ws.ask({ type: "mcp", data: { jsonrpc: "2.0", id: 9, method: "tools/call", params: { name: "score_candidate", arguments: { task_id: "caster_wheel_fork", code: boxCode(5) } } } });
    expect(answer).toMatchObject({ type: "mcp", data: { jsonrpc: "2.0", id: 9, result: { structuredContent: { ok: true } } } });
    ws.drop();
  });
});

describe("every error on /ws is an answer, and the connection stays up", () => {
  it("answers each bad message with OpenEnv's error code, naming the field, in the order sent", async () => {
    const ws = await open();
    const sent: [unknown, Record<string, unknown>][] = [
      ["{not json", { code: "INVALID_JSON" }],
      [{ type: "dance" }, { code: "UNKNOWN_TYPE" }],
      [{ data: {} }, { code: "UNKNOWN_TYPE" }],
      [[1, 2], { code: "VALIDATION_ERROR" }],
      [{ type: "step", data: { code: boxCode(1) } }, { code: "EXECUTION_ERROR", reason: "no_episode" }],
      [{ type: "state", extra: 1 }, { code: "VALIDATION_ERROR", errors: [{ loc: ["extra"], msg: "is not a field of this message", type: "extra_forbidden" }] }],
      [{ type: "reset" }, { code: "VALIDATION_ERROR", errors: [{ loc: ["data"], msg: "is required", type: "missing" }] }],
      [{ type: "reset", data: { task_id: "flying_teapot" } }, { code: "VALIDATION_ERROR", errors: [expect.objectContaining({ loc: ["data", "task_id"], type: "unknown_task" })] }],
      [{ type: "reset", data: { task_id: "caster_wheel_fork", mode: "slow", episode_id: 5 } }, { code: "VALIDATION_ERROR", errors: [expect.objectContaining({ loc: ["data", "mode"] }), expect.objectContaining({ loc: ["data", "episode_id"] })] }],
      [reset, {}],
      [{ type: "step", data: { code: 42 } }, { code: "VALIDATION_ERROR", errors: [expect.objectContaining({ loc: ["data", "code"], type: "string_type" })] }],
      [{ type: "step", data: { code: "x".repeat(MAX_CODE_CHARS + 1) } }, { code: "VALIDATION_ERROR", errors: [expect.objectContaining({ loc: ["data", "code"], type: "string_too_long" })] }],
      [{ type: "step", data: { code: boxCode(2), task_id: "axial_motor_stator_12_slot" } }, { code: "EXECUTION_ERROR", reason: "task_mismatch" }],
      [{ type: "step", data: { code: boxCode(2), action: "go" } }, { code: "VALIDATION_ERROR", errors: [expect.objectContaining({ loc: ["data", "action"] })] }],
      [{ type: "step", data: { code: boxCode(2) } }, {}],
    ];
    // All sent at once: each answer must still come back in order, one per message.
    for (const [message] of sent) ws.sendText(typeof message === "string" ? message : JSON.stringify(message));
    for (const [message, expected] of sent) {
      const answer = await ws.nextJson();
      if (Object.keys(expected).length === 0) expect(answer.type, JSON.stringify(message)).toBe("observation");
      else expect(answer, JSON.stringify(message).slice(0, 80)).toMatchObject({ type: "error", data: expected });
    }
    expect((await ws.ask({ type: "state" })).data).toMatchObject({ step_count: 1, task_id: "caster_wheel_fork" });
    ws.drop();
  });

  it("answers a message past the size limit and a binary one with VALIDATION_ERROR, without reading them", async () => {
    const ws = await open();
    ws.sendText(JSON.stringify({ type: "step", data: { code: "y".repeat(MAX_MESSAGE_BYTES) } }));
    const big = await ws.nextJson();
    expect(big).toMatchObject({ type: "error", data: { code: "VALIDATION_ERROR" } });
    expect(big.data.message).toContain(`more than ${MAX_MESSAGE_BYTES} bytes`);
    ws.sendFrame(0x2, Buffer.from(JSON.stringify(reset)));
    expect(await ws.nextJson()).toMatchObject({ type: "error", data: { code: "VALIDATION_ERROR" } });
    expect((await ws.ask(reset)).type).toBe("observation");
    ws.drop();
  });

  it("refuses a handshake from a web page (an Origin header) and one on another path", async () => {
    expect((await WsTestClient.handshake(server.port, "/ws", { Origin: "https://evil.example" })).status).toBe(403);
    expect((await WsTestClient.handshake(server.port, "/mcp")).status).toBe(404);
  });
});

describe("sessions", () => {
  it("gives the connection past --max-sessions OpenEnv's capacity error, then a close; a freed slot serves again", async () => {
    const clients = await Promise.all(Array.from({ length: MAX_SESSIONS }, open));
    await eventually(() => server.sessions.active === MAX_SESSIONS);
    const refused = await open();
    expect(await refused.nextJson()).toMatchObject({ type: "error", data: { code: "CAPACITY_REACHED", active_sessions: MAX_SESSIONS, max_sessions: MAX_SESSIONS } });
    expect(await refused.next()).toMatchObject({ kind: "close", code: 1013 });
    clients[0].drop();
    await eventually(() => server.sessions.active === MAX_SESSIONS - 1);
    const next = await open();
    expect((await next.ask(reset)).type).toBe("observation");
    for (const client of [...clients, next]) client.drop();
    await eventually(() => server.sessions.active === 0);
  });

  it("frees the slot of a client that disconnects mid-step, takes its waiting step out of the queue, and loses nothing of another session", async () => {
    const [running, waiting, other] = await Promise.all([open(), open(), open()]);
    for (const ws of [running, waiting, other]) await ws.ask(reset);
    const jobsBefore = server.pool.stats.jobs;
    // One thread: the reference occupies it while the next step waits in the queue and its client leaves.
    running.send({ type: "step", data: { code: caster.reference } });
    waiting.send({ type: "step", data: { code: boxCode(4) } });
    waiting.drop();
    running.drop();
    const answer = await other.ask({ type: "step", data: { code: boxCode(6) } });
    expect(answer.data.observation.score.parts[0].volume_mm3).toBeCloseTo(216, 3);
    expect((await other.ask({ type: "state" })).data.step_count).toBe(1);
    await eventually(() => server.sessions.active === 1);
    // The dropped client's step never ran: the pool counted the reference and the other session's step only.
    expect(server.pool.stats.jobs - jobsBefore).toBe(2);
    other.drop();
    await eventually(() => server.sessions.active === 0);
  });

  it("closes a session idle past --idle-timeout with 1001 and frees its slot", async () => {
    const idle = await startTestServer({ idleTimeoutMs: 200 });
    try {
      const ws = await WsTestClient.open(idle.port);
      await ws.ask(reset);
      expect(await ws.next()).toMatchObject({ kind: "close", code: 1001 });
      await eventually(() => idle.sessions.active === 0);
    } finally {
      await idle.close();
    }
  });
});

const python = "/usr/bin/python3";
const hasWebsockets = spawnSync(python, ["-c", "import websockets"]).status === 0;

describe.runIf(hasWebsockets)("a Python client doing what OpenEnv's EnvClient does", () => {
  it("plays an episode: connect with its options, reset with kwargs, step with a dict action, state, close message, close", async () => {
    // env_client.py: ws_connect(url + "/ws", open_timeout, max_size); _send_and_receive raises on "error"; disconnect sends {"type": "close"}.
    const script = `
import asyncio, json, sys
from websockets.client import connect
async def main():
    ws = await connect("ws://127.0.0.1:${server.port}/ws", open_timeout=10, max_size=100 * 1024 * 1024)
    async def send_and_receive(message):
        await ws.send(json.dumps(message))
        response = json.loads(await asyncio.wait_for(ws.recv(), timeout=120))
        if response.get("type") == "error":
            raise RuntimeError(f"Server error: {response['data'].get('message')} (code: {response['data'].get('code')})")
        return response
    reset = (await send_and_receive({"type": "reset", "data": {"task_id": "caster_wheel_fork", "seed": 1}}))["data"]
    step = (await send_and_receive({"type": "step", "data": {"code": ${JSON.stringify(boxCode(25))}, "metadata": {}}}))["data"]
    state = (await send_and_receive({"type": "state"}))["data"]
    try:
        await send_and_receive({"type": "step", "data": {"code": 1}})
    except RuntimeError as error:
        refused = str(error)
    await ws.send(json.dumps({"type": "close"}))
    await ws.close()
    print(json.dumps({"reset": [reset["reward"], reset["done"], reset["observation"]["step"]], "step": [step["reward"], step["observation"]["score"]["reward"]["total"], step["observation"]["step"]], "state": state["step_count"], "refused": refused}))
asyncio.run(main())
`;
    const run = await new Promise<{ stdout: string; stderr: string }>((resolve) => {
      const child = spawn(python, ["-c", script]);
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d) => (stdout += d));
      child.stderr.on("data", (d) => (stderr += d));
      child.on("close", () => resolve({ stdout, stderr }));
    });
    expect(run.stderr).toBe("");
    const result = JSON.parse(run.stdout);
    expect(result.reset).toEqual([null, false, 0]);
    expect(result.step[0]).toBe(result.step[1]);
    expect(result.step[2]).toBe(1);
    expect(result.state).toBe(1);
    expect(result.refused).toMatch(/^Server error: Invalid message: data\.code: must be a string.*\(code: VALIDATION_ERROR\)$/);
  });
});
