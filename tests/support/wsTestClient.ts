import { createHash, randomBytes } from "node:crypto";
import { connect, type Socket } from "node:net";

/**
 * A WebSocket client for tests, written from RFC 6455 apart from the server's code, that can
 * also misbehave: send unmasked or reserved-bit frames, fragments, oversize messages, raw bytes,
 * or drop the connection mid-step. Messages from the server are queued; `next()` takes the
 * oldest.
 */
export type Received = { kind: "text"; text: string } | { kind: "pong"; payload: Buffer } | { kind: "close"; code: number; reason: string };

export interface HandshakeResult {
  status: number;
  headers: string;
  client: WsTestClient | null;
}

export class WsTestClient {
  private buffer = Buffer.alloc(0);
  private readonly queue: Received[] = [];
  private readonly waiters: ((message: Received) => void)[] = [];
  /** Resolves when the TCP connection has ended. */
  readonly ended: Promise<void>;

  private constructor(
    readonly socket: Socket,
    rest: Buffer,
  ) {
    this.ended = new Promise((resolve) => socket.once("close", () => resolve()));
    socket.on("data", (chunk: Buffer) => this.receive(chunk));
    socket.on("error", () => undefined);
    if (rest.length) this.receive(rest);
  }

  /** Connects to `ws://host:port/path`; `headers` are added to (or replace) the handshake's. */
  static async handshake(port: number, path = "/ws", headers: Record<string, string | null> = {}): Promise<HandshakeResult> {
    const socket = connect(port, "127.0.0.1");
    await new Promise<void>((resolve, reject) => socket.once("connect", resolve).once("error", reject));
    const key = randomBytes(16).toString("base64");
    const all: Record<string, string | null> = { Host: `127.0.0.1:${port}`, Upgrade: "websocket", Connection: "Upgrade", "Sec-WebSocket-Key": key, "Sec-WebSocket-Version": "13", ...headers };
    const lines = Object.entries(all).filter(([, v]) => v !== null).map(([k, v]) => `${k}: ${v}`);
    socket.write(`GET ${path} HTTP/1.1\r\n${lines.join("\r\n")}\r\n\r\n`);
    let received = Buffer.alloc(0);
    return new Promise((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        received = Buffer.concat([received, chunk]);
        const end = received.indexOf("\r\n\r\n");
        if (end < 0) return;
        socket.off("data", onData);
        const head = received.subarray(0, end).toString("latin1");
        const status = Number(head.split(" ")[1]);
        if (status !== 101) {
          socket.destroy();
          return resolve({ status, headers: head + "\r\n\r\n" + received.subarray(end + 4).toString("utf8"), client: null });
        }
        const expected = createHash("sha1").update(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").digest("base64");
        if (!head.includes(`Sec-WebSocket-Accept: ${expected}`)) return reject(new Error(`wrong accept key in ${head}`));
        resolve({ status, headers: head, client: new WsTestClient(socket, received.subarray(end + 4)) });
      };
      socket.on("data", onData);
      socket.once("error", reject);
    });
  }

  static async open(port: number, path = "/ws"): Promise<WsTestClient> {
    const { client, status } = await WsTestClient.handshake(port, path);
    if (!client) throw new Error(`handshake refused with ${status}`);
    return client;
  }

  sendText(text: string): void {
    this.sendFrame(0x1, Buffer.from(text, "utf8"));
  }

  send(message: unknown): void {
    this.sendText(JSON.stringify(message));
  }

  /** Sends and waits for the next message, parsed. */
  async ask(message: unknown): Promise<any> {
    this.send(message);
    return this.nextJson();
  }

  async nextJson(): Promise<any> {
    const message = await this.next();
    if (message.kind !== "text") throw new Error(`expected a text message, got ${JSON.stringify(message)}`);
    return JSON.parse(message.text);
  }

  next(): Promise<Received> {
    const queued = this.queue.shift();
    if (queued) return Promise.resolve(queued);
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** One frame; `fin: false` leaves the message open for continuation frames (opcode 0). */
  sendFrame(opcode: number, payload: Buffer, { fin = true, masked = true, rsv = 0 }: { fin?: boolean; masked?: boolean; rsv?: number } = {}): void {
    const length = payload.length;
    const lengthBytes = length < 126 ? Buffer.from([length | (masked ? 0x80 : 0)]) : length < 0x10000 ? Buffer.alloc(3) : Buffer.alloc(9);
    if (length >= 126 && length < 0x10000) {
      lengthBytes[0] = 126 | (masked ? 0x80 : 0);
      lengthBytes.writeUInt16BE(length, 1);
    } else if (length >= 0x10000) {
      lengthBytes[0] = 127 | (masked ? 0x80 : 0);
      lengthBytes.writeBigUInt64BE(BigInt(length), 1);
    }
    const first = Buffer.from([(fin ? 0x80 : 0) | (rsv << 4) | opcode]);
    if (!masked) return void this.socket.write(Buffer.concat([first, lengthBytes, payload]));
    const mask = randomBytes(4);
    const body = Buffer.from(payload);
    for (let i = 0; i < body.length; i++) body[i] ^= mask[i % 4];
    this.socket.write(Buffer.concat([first, lengthBytes, mask, body]));
  }

  ping(payload: Buffer): void {
    this.sendFrame(0x9, payload);
  }

  /** A close frame with `code`; the server answers with its own. */
  close(code = 1000): void {
    const payload = Buffer.alloc(2);
    payload.writeUInt16BE(code, 0);
    this.sendFrame(0x8, payload);
  }

  /** Drops the TCP connection without a closing handshake, as a killed client does. */
  drop(): void {
    this.socket.destroy();
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      if (this.buffer.length < 2) return;
      const opcode = this.buffer[0] & 0x0f;
      if (this.buffer[1] & 0x80) throw new Error("the server masked a frame");
      let length = this.buffer[1] & 0x7f;
      let offset = 2;
      if (length === 126) {
        if (this.buffer.length < 4) return;
        length = this.buffer.readUInt16BE(2);
        offset = 4;
      } else if (length === 127) {
        if (this.buffer.length < 10) return;
        length = Number(this.buffer.readBigUInt64BE(2));
        offset = 10;
      }
      if (this.buffer.length < offset + length) return;
      const payload = this.buffer.subarray(offset, offset + length);
      this.buffer = this.buffer.subarray(offset + length);
      if (opcode === 0x1) this.deliver({ kind: "text", text: payload.toString("utf8") });
      else if (opcode === 0xa) this.deliver({ kind: "pong", payload: Buffer.from(payload) });
      else if (opcode === 0x8) this.deliver({ kind: "close", code: payload.length >= 2 ? payload.readUInt16BE(0) : 1005, reason: payload.subarray(2).toString("utf8") });
    }
  }

  private deliver(message: Received): void {
    const waiter = this.waiters.shift();
    if (waiter) waiter(message);
    else this.queue.push(message);
  }
}
