import type { IncomingMessage, ServerResponse } from "node:http";
import type { EpisodeSession } from "./episodeSession";
import { MAX_MESSAGE_BYTES } from "./limits";
import type { McpService } from "./mcp";
import { openApiDocument } from "./openApi";
import { actionSchema, observationSchema, stateSchema } from "./schemas";
import { CapacityError, type SessionTable } from "./sessionTable";
import { WireError } from "./wireAnswers";
import { readHttpReset, readHttpStep } from "./wireRequests";

export interface HttpDeps {
  table: SessionTable;
  newSession(): EpisodeSession;
  mcp: McpService;
  version: string;
}

/** The body could not be read as JSON: answered before any route sees it. */
class BodyError extends Error {
  constructor(
    readonly status: number,
    readonly detail: unknown,
  ) {
    super(typeof detail === "string" ? detail : "invalid body");
  }
}

type Route = (request: IncomingMessage, deps: HttpDeps) => Promise<{ status: number; body: unknown }>;

const ROUTES: Record<string, Partial<Record<"GET" | "POST", Route>>> = {
  "/health": { GET: async () => ({ status: 200, body: { status: "healthy" } }) },
  "/metadata": { GET: async (_request, deps) => ({ status: 200, body: metadata(deps.version) }) },
  "/schema": { GET: async () => ({ status: 200, body: { action: actionSchema(), observation: observationSchema(), state: stateSchema() } }) },
  "/openapi.json": { GET: async (_request, deps) => ({ status: 200, body: openApiDocument(deps.version) }) },
  // OpenEnv's HTTP routes keep no episode: /state reports a fresh environment's.
  "/state": { GET: async (_request, deps) => ({ status: 200, body: deps.newSession().state() }) },
  "/reset": {
    POST: async (request, deps) => {
      const data = readHttpReset(await readJsonBody(request));
      return { status: 200, body: deps.newSession().reset(data, ["body"]) };
    },
  },
  "/step": {
    POST: async (request, deps) => {
      const { action } = readHttpStep(await readJsonBody(request));
      // An HTTP step is an episode of its own, and takes a slot while it scores, as a WebSocket session does.
      const lease = deps.table.open(() => undefined);
      lease.busy = true;
      const session = deps.newSession();
      // A client that hangs up before its answer takes its candidate out of the queue.
      const abandon = () => session.end();
      request.socket.once("close", abandon);
      try {
        session.reset({ task_id: action.task_id }, ["body", "action"]);
        return { status: 200, body: await session.step(action, ["body", "action"]) };
      } finally {
        request.socket.off("close", abandon);
        lease.release();
      }
    },
  },
  "/mcp": {
    POST: async (request, deps) => {
      let body: unknown;
      try {
        body = await readJsonBody(request);
      } catch (error) {
        if (error instanceof BodyError && error.status === 422) return { status: 200, body: deps.mcp.parseError(String((error.detail as { msg: string }[])[0].msg)) };
        throw error;
      }
      return { status: 200, body: await deps.mcp.answer(body) };
    },
  },
};

/**
 * Answers one HTTP request. Errors are FastAPI's shapes, as OpenEnv's server gives them: 422
 * with `detail` listing each wrong field (`{loc, msg, type}`), 404 and 405 with a `detail`
 * string; beyond those, 413 for a body past the size limit, 415 for a POST that is not JSON,
 * 503 with OpenEnv's capacity fields when every slot is taken.
 */
export async function handleHttp(request: IncomingMessage, response: ServerResponse, deps: HttpDeps): Promise<void> {
  const path = (request.url ?? "/").split("?")[0];
  const methods = Object.hasOwn(ROUTES, path) ? ROUTES[path] : undefined;
  const route = methods?.[request.method as "GET" | "POST"];
  if (!methods) return send(response, 404, { detail: "Not Found" });
  if (!route) return send(response, 405, { detail: "Method Not Allowed" }, { Allow: Object.keys(methods).join(", ") });
  try {
    const { status, body } = await route(request, deps);
    send(response, status, body);
  } catch (error) {
    const { status, body } = errorAnswer(error);
    send(response, status, body);
  }
}

function errorAnswer(error: unknown): { status: number; body: unknown } {
  if (error instanceof BodyError) return { status: error.status, body: { detail: error.detail } };
  if (error instanceof CapacityError) {
    return { status: 503, body: { detail: error.message, code: "CAPACITY_REACHED", active_sessions: error.activeSessions, max_sessions: error.maxSessions } };
  }
  if (error instanceof WireError) {
    if (error.code === "VALIDATION_ERROR") return { status: 422, body: { detail: error.details.errors } };
    return { status: 500, body: { detail: error.message, code: error.code, ...error.details } };
  }
  return { status: 500, body: { detail: `the server failed on this request: ${(error as Error)?.message ?? error}`, code: "EXECUTION_ERROR" } };
}

/**
 * The body as JSON. A POST must say it is JSON: a web page can send other content types across
 * origins without asking, but not this one, so no page a user visits can make the server score.
 */
async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  const type = (request.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
  if (type !== "application/json") throw new BodyError(415, `the body must be JSON, sent with Content-Type: application/json (got ${JSON.stringify(type || "none")})`);
  const declared = Number(request.headers["content-length"] ?? 0);
  if (declared > MAX_MESSAGE_BYTES) throw new BodyError(413, `the body is ${declared} bytes; the limit is ${MAX_MESSAGE_BYTES}`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_MESSAGE_BYTES) throw new BodyError(413, `the body is over the limit of ${MAX_MESSAGE_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch (error) {
    throw new BodyError(422, [{ loc: ["body"], msg: `JSON decode error: ${(error as Error).message}`, type: "json_invalid" }]);
  }
}

function metadata(version: string) {
  return {
    name: "cadforge",
    description:
      "Code-CAD episodes: write replicad code for a CAD task, get a reward scored on real OpenCascade geometry (build, topology, contact, semantic parts, reference similarity, editability, efficiency) and notes saying what to fix.",
    readme_content: null,
    version,
    author: null,
    documentation_url: null,
  };
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  // A body left unread (too large, wrong type) is not drained: the connection closes instead.
  const close = status === 413 || status === 415 ? { Connection: "close" } : {};
  response.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(text), ...headers, ...close });
  response.end(text);
}
