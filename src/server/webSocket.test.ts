import { spawn, spawnSync } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WsTestClient } from "../../tests/support/wsTestClient";
import { acceptKey, acceptWebSocket, handshakeProblem, refuseHandshake } from "./webSocket";

/** An echo server on the WebSocket layer alone: every text message comes back, prefixed; unreadable ones come back as a note. */
let server: Server;
let port: number;
const MAX = 100_000;

beforeAll(async () => {
  server = createServer((_request, response) => response.end());
  server.on("upgrade", (request, socket: Socket, head: Buffer) => {
    const problem = handshakeProblem(request);
    if (problem) return refuseHandshake(socket, problem.status, problem.message);
    const ws = acceptWebSocket(
      request,
      socket,
      head,
      {
        message: (text) => (text === "close please" ? ws.close(1000, "asked to") : ws.send(`echo:${text}`)),
        unreadable: (reason) => ws.send(`unreadable:${reason}`),
        closed: () => undefined,
      },
      { maxMessageBytes: MAX },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as { port: number }).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const text = async (client: WsTestClient) => {
  const message = await client.next();
  expect(message.kind).toBe("text");
  return (message as { text: string }).text;
};

describe("the WebSocket handshake", () => {
  it("answers with the accept key of RFC 6455's own example", () => {
    expect(acceptKey("dGhlIHNhbXBsZSBub25jZQ==")).toBe("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
  });

  it("refuses a wrong version with 426 and the version it speaks, and a missing key with 400", async () => {
    const old = await WsTestClient.handshake(port, "/", { "Sec-WebSocket-Version": "8" });
    expect(old.status).toBe(426);
    expect(old.headers).toContain("Sec-WebSocket-Version: 13");
    const keyless = await WsTestClient.handshake(port, "/", { "Sec-WebSocket-Key": null });
    expect(keyless.status).toBe(400);
    expect(keyless.headers).toContain("Sec-WebSocket-Key");
  });
});

describe("WebSocket frames", () => {
  it("echoes short, 16-bit and 64-bit length messages, and UTF-8 intact", async () => {
    const client = await WsTestClient.open(port, "/");
    for (const message of ["hi", "é".repeat(100), "x".repeat(70_000)]) {
      client.sendText(message);
      expect(await text(client)).toBe(`echo:${message}`);
    }
    client.drop();
  });

  it("reassembles a fragmented message, answers a ping between its fragments with the same payload", async () => {
    const client = await WsTestClient.open(port, "/");
    client.sendFrame(0x1, Buffer.from("frag"), { fin: false });
    client.ping(Buffer.from("are you there"));
    client.sendFrame(0x0, Buffer.from("men"), { fin: false });
    client.sendFrame(0x0, Buffer.from("ted"));
    expect(await client.next()).toEqual({ kind: "pong", payload: Buffer.from("are you there") });
    expect(await text(client)).toBe("echo:fragmented");
    client.drop();
  });

  it("reads a message that arrives one byte at a time", async () => {
    const client = await WsTestClient.open(port, "/");
    const original = client.socket.write.bind(client.socket);
    let frame = Buffer.alloc(0);
    client.socket.write = ((chunk: Buffer) => {
      frame = Buffer.concat([frame, chunk]);
      return true;
    }) as typeof client.socket.write;
    client.sendText("slowly");
    client.socket.write = original;
    for (const byte of frame) {
      client.socket.write(Buffer.from([byte]));
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await text(client)).toBe("echo:slowly");
    client.drop();
  });

  it("skips a message over the limit and a binary one without reading them, and goes on", async () => {
    const client = await WsTestClient.open(port, "/");
    client.sendFrame(0x1, Buffer.alloc(MAX / 2, 0x61), { fin: false });
    client.sendFrame(0x0, Buffer.alloc(MAX, 0x61));
    expect(await text(client)).toBe(`unreadable:message too large: more than ${MAX} bytes`);
    client.sendFrame(0x2, Buffer.from([1, 2, 3]));
    expect(await text(client)).toMatch(/^unreadable:binary messages are not read/);
    client.sendText("still here");
    expect(await text(client)).toBe("echo:still here");
    client.drop();
  });

  it("ends the closing handshake: the server answers a close and ends the connection", async () => {
    const client = await WsTestClient.open(port, "/");
    client.close(1000);
    expect(await client.next()).toMatchObject({ kind: "close", code: 1000 });
    await client.ended;
  });

  it("starts a closing handshake with its code and reason", async () => {
    const client = await WsTestClient.open(port, "/");
    client.sendText("close please");
    expect(await client.next()).toEqual({ kind: "close", code: 1000, reason: "asked to" });
    client.close(1000);
    await client.ended;
  });

  const failures: [string, number, (client: WsTestClient) => void][] = [
    ["an unmasked frame", 1002, (c) => c.sendFrame(0x1, Buffer.from("hi"), { masked: false })],
    ["reserved bits with no extension", 1002, (c) => c.sendFrame(0x1, Buffer.from("hi"), { rsv: 4 })],
    ["an unknown opcode", 1002, (c) => c.sendFrame(0x3, Buffer.from("hi"))],
    ["a control frame over 125 bytes", 1002, (c) => c.sendFrame(0x9, Buffer.alloc(126))],
    ["a fragmented control frame", 1002, (c) => c.sendFrame(0x9, Buffer.from("p"), { fin: false })],
    ["a continuation with no message", 1002, (c) => c.sendFrame(0x0, Buffer.from("hi"))],
    ["a new message inside another", 1002, (c) => (c.sendFrame(0x1, Buffer.from("a"), { fin: false }), c.sendFrame(0x1, Buffer.from("b")))],
    ["invalid UTF-8 in a text message", 1007, (c) => c.sendFrame(0x1, Buffer.from([0xc3, 0x28]))],
  ];
  it.each(failures)("fails the connection on %s with close code %i, and ends it", async (_label, code, misbehave) => {
    const client = await WsTestClient.open(port, "/");
    misbehave(client);
    expect(await client.next()).toMatchObject({ kind: "close", code });
    await client.ended;
  });

  const python = "/usr/bin/python3";
  const hasWebsockets = spawnSync(python, ["-c", "import websockets"]).status === 0;
  it.runIf(hasWebsockets)("talks to Python's websockets library (what OpenEnv's clients use): echo, a large message, ping, close", async () => {
    const script = `
import asyncio, sys
from websockets.client import connect
async def main():
    async with connect("ws://127.0.0.1:${port}/") as ws:
        for message in ["hello", "z" * 70000]:
            await ws.send(message)
            assert await ws.recv() == "echo:" + message
        pong = await ws.ping(b"abc")
        await asyncio.wait_for(pong, 10)
    print("ok", ws.close_code)
asyncio.run(main())
`;
    const run = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(python, ["-c", script]);
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d) => (stdout += d));
      child.stderr.on("data", (d) => (stderr += d));
      child.on("close", (status) => resolve({ status, stdout, stderr }));
    });
    expect(run.stderr).toBe("");
    expect(run.stdout.trim()).toBe("ok 1000");
  });
});
