import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schemaProblems } from "../../tests/support/jsonSchemaCheck";
import { startTestServer } from "../../tests/support/testServer";
import { WsTestClient } from "../../tests/support/wsTestClient";
import type { CadServer } from "./cadServer";
import { actionSchema, stepPayloadSchema } from "./schemas";

/**
 * CadQuery candidates through every route of a real server (HTTP, /ws, MCP; worker thread,
 * kernel, Pyodide): detected by their import, forced by `lang`, and a bad `lang` named as a field.
 */
const PLATE_PY = "import cadquery as cq\nresult = cq.Workplane().box(40, 40, 4)\n";
let server: CadServer;

beforeAll(async () => {
  server = await startTestServer({ maxSessions: 2 });
});
afterAll(async () => {
  await server?.close();
});

async function post(path: string, body: unknown): Promise<{ status: number; json: any }> {
  const response = await fetch(server.url + path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  return { status: response.status, json: await response.json() };
}

describe("lang on the server", () => {
  it("POST /step builds CadQuery as Python by its import and reports current_lang; lang forces the language", async () => {
    const auto = await post("/step", { action: { task_id: "caster_wheel_fork", code: PLATE_PY } });
    expect(auto.status).toBe(200);
    expect(schemaProblems(auto.json, stepPayloadSchema())).toEqual([]);
    expect(auto.json.observation).toMatchObject({ current_code: PLATE_PY, current_lang: "python", score: { ok: true, parts: [{ volume_mm3: 6400 }] } });
    const forced = await post("/step", { action: { task_id: "caster_wheel_fork", code: PLATE_PY, lang: "javascript" } });
    expect(forced.json.observation).toMatchObject({ current_lang: "javascript", score: { ok: false, failure: { class: "syntax", line: 1 } } });
    const reset = await post("/reset", { task_id: "caster_wheel_fork" });
    expect(reset.json.observation.current_lang).toBe("javascript");
  });

  it("refuses a bad lang with 422 at body.action.lang, listing the choices", async () => {
    const bad = await post("/step", { action: { task_id: "caster_wheel_fork", code: PLATE_PY, lang: "py" } });
    expect(bad.status).toBe(422);
    expect(bad.json.detail).toEqual([{ loc: ["body", "action", "lang"], msg: 'must be one of "auto", "javascript", "python", not "py"', type: "literal_error" }]);
  });

  it("takes lang in a /ws step, and answers a bad one as a VALIDATION_ERROR at data.lang; the episode goes on", async () => {
    const ws = await WsTestClient.open(server.port);
    await ws.ask({ type: "reset", data: { task_id: "caster_wheel_fork" } });
    const python = await ws.ask({ type: "step", data: { code: PLATE_PY } });
    expect(python.data.observation).toMatchObject({ step: 1, current_lang: "python", score: { ok: true } });
    const bad = await ws.ask({ type: "step", data: { code: PLATE_PY, lang: 2 } });
    expect(bad).toMatchObject({ type: "error", data: { code: "VALIDATION_ERROR", errors: [{ loc: ["data", "lang"] }] } });
    const forced = await ws.ask({ type: "step", data: { code: PLATE_PY, lang: "javascript" } });
    expect(forced.data.observation).toMatchObject({ step: 2, current_lang: "javascript", score: { failure: { class: "syntax" } } });
    ws.close();
    await ws.ended;
  });

  it("MCP's score_candidate takes lang and names a bad one among the arguments", async () => {
    const rpc = (args: Record<string, unknown>) => post("/mcp", { jsonrpc: "2.0", id: 1, method: "tools/call", params: { name: "score_candidate", arguments: { task_id: "caster_wheel_fork", code: PLATE_PY, ...args } } });
    expect((await rpc({})).json.result.structuredContent).toMatchObject({ ok: true, parts: [{ volume_mm3: 6400 }] });
    expect((await rpc({ lang: "javascript" })).json.result.structuredContent.failure).toMatchObject({ class: "syntax" });
    const bad = await rpc({ lang: "ts" });
    expect(bad.json.error).toMatchObject({ code: -32602, data: { errors: [{ loc: ["params", "arguments", "lang"] }] } });
  });

  it("GET /schema describes lang in the action", async () => {
    const schema = await (await fetch(server.url + "/schema")).json();
    expect(schema.action).toEqual(actionSchema());
    expect(schema.action.properties.lang.enum).toEqual(["auto", "javascript", "python"]);
  });
});
