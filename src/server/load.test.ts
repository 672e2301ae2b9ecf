import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { boxCode, eventually, startTestServer } from "../../tests/support/testServer";
import { WsTestClient } from "../../tests/support/wsTestClient";
import type { CadServer } from "./cadServer";

/**
 * 32 sessions of 5 steps at once on two threads, with malformed messages between the steps and
 * clients that leave mid-step: every answer arrives once, in its session, in order. Each step's
 * cube has its own size, so an answer scored for another step or session shows in its volume.
 */
const SESSIONS = 32;
const STEPS = 5;
const DROPPED = 8;
/** The task whose scoring takes least of the catalogue (a cube scores in about 0.1 s), to keep the suite short. */
const TASK = "table_six_leg_500n";
let server: CadServer;

beforeAll(async () => {
  server = await startTestServer({ workers: 2, maxSessions: SESSIONS + DROPPED });
});
afterAll(async () => {
  await server?.close();
});

const sizeOf = (session: number, step: number) => 1 + session * STEPS + step;

async function playSession(session: number): Promise<void> {
  const ws = await WsTestClient.open(server.port);
  expect((await ws.ask({ type: "reset", data: { task_id: TASK, episode_id: `s${session}` } })).type).toBe("observation");
  for (let step = 0; step < STEPS; step++) {
    // A malformed message sent right behind each step: its error must come after the step's answer.
    ws.send({ type: "step", data: { code: boxCode(sizeOf(session, step)) } });
    ws.sendText(step % 2 ? "{broken" : JSON.stringify({ type: "step", data: { code: step } }));
    const answer = await ws.nextJson();
    expect(answer.type, JSON.stringify(answer).slice(0, 200)).toBe("observation");
    expect(answer.data.observation.step).toBe(step + 1);
    expect(answer.data.observation.current_code).toBe(boxCode(sizeOf(session, step)));
    expect(answer.data.observation.score.parts[0].volume_mm3).toBeCloseTo(sizeOf(session, step) ** 3, 3);
    const error = await ws.nextJson();
    expect(error).toMatchObject({ type: "error", data: { code: step % 2 ? "INVALID_JSON" : "VALIDATION_ERROR" } });
  }
  expect((await ws.ask({ type: "state" })).data).toMatchObject({ episode_id: `s${session}`, step_count: STEPS });
  ws.send({ type: "close" });
  expect(await ws.next()).toMatchObject({ kind: "close", code: 1000 });
}

/** A client that starts a step and leaves before its answer. */
async function leaveMidStep(index: number): Promise<void> {
  const ws = await WsTestClient.open(server.port);
  await ws.ask({ type: "reset", data: { task_id: TASK } });
  ws.send({ type: "step", data: { code: boxCode(500 + index) } });
  ws.drop();
}

describe("the server under 32 concurrent sessions", () => {
  it(
    "answers every step once, in its session and in order, while malformed messages and departing clients come and go",
    async () => {
      const played = Array.from({ length: SESSIONS }, (_, session) => playSession(session));
      const left = Array.from({ length: DROPPED }, (_, index) => leaveMidStep(index));
      await Promise.all([...played, ...left]);
      await eventually(() => server.sessions.active === 0);
      // Every kept step was scored; a departed client's step was scored at most once, or never if it was still waiting.
      expect(server.pool.stats.jobs).toBeGreaterThanOrEqual(SESSIONS * STEPS);
      expect(server.pool.stats.jobs).toBeLessThanOrEqual(SESSIONS * STEPS + DROPPED);
      expect(server.pool.stats).toMatchObject({ timeouts: 0, crashes: 0 });
    },
    600_000,
  );
});
