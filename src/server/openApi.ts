import { actionSchema, resetSchema, stateSchema, stepPayloadSchema } from "./schemas";

/**
 * `GET /openapi.json`. `openenv validate --url` reads `info.version` (a 1.x version is OpenEnv's
 * HTTP profile 1.x) and, from `paths`, whether the server is in simulation mode (`/reset`,
 * `/step` and `/state` all present), so both must be here; the rest is for people.
 */
export function openApiDocument(version: string): Record<string, unknown> {
  const json = (schema: unknown) => ({ "application/json": { schema } });
  const ok = (description: string, schema: unknown) => ({ "200": { description, content: json(schema) } });
  const validation = { "422": { description: "A field is wrong: detail lists each ({loc, msg, type})", content: json({ type: "object" }) } };
  const capacity = { "503": { description: "Every session slot is taken (--max-sessions)", content: json({ type: "object" }) } };
  return {
    openapi: "3.1.0",
    info: {
      title: "CADForge OpenEnv server",
      version: "1.0.0",
      description:
        `CADForge ${version}: code-CAD episodes scored on real geometry, in OpenEnv's wire protocol. ` +
        "Episodes: WebSocket /ws (reset, step, state, close, mcp messages). HTTP /reset and /step are stateless: one request, one episode.",
    },
    paths: {
      "/reset": { post: { summary: "Start an episode on a task (stateless)", requestBody: { required: true, content: json(resetSchema()) }, responses: { ...ok("The first observation", stepPayloadSchema()), ...validation } } },
      "/step": {
        post: {
          summary: "Score one candidate against the task its action names (stateless)",
          requestBody: {
            required: true,
            content: json({ type: "object", properties: { action: actionSchema(), timeout_s: { type: ["number", "null"], exclusiveMinimum: 0 }, request_id: { type: ["string", "null"], maxLength: 255 } }, required: ["action"], additionalProperties: false }),
          },
          responses: { ...ok("The observation after the step", stepPayloadSchema()), ...validation, ...capacity },
        },
      },
      "/state": { get: { summary: "The state of a fresh environment (HTTP keeps no episode)", responses: ok("State", stateSchema()) } },
      "/health": { get: { summary: "Health check", responses: ok("Healthy", { type: "object", properties: { status: { type: "string", enum: ["healthy"] } } }) } },
      "/metadata": { get: { summary: "Name, description, version", responses: ok("Metadata", { type: "object", required: ["name", "description"] }) } },
      "/schema": { get: { summary: "JSON Schemas of action, observation and state", responses: ok("Schemas", { type: "object", required: ["action", "observation", "state"] }) } },
      "/mcp": { post: { summary: "MCP JSON-RPC 2.0: tools/list, tools/call, openenv/session/create, openenv/session/close", requestBody: { content: json({ type: "object" }) }, responses: ok("A JSON-RPC response, errors included", { type: "object" }) } },
    },
  };
}
