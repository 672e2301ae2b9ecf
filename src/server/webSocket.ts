import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";

/**
 * The server side of RFC 6455, small enough to read in one sitting: Node 20 has no WebSocket
 * server, and the protocol OpenEnv's clients need (text messages, fragmentation, ping/pong, close)
 * is this much. No extension is negotiated (a client offering permessage-deflate is answered
 * without it, which the RFC allows), so every frame is plain.
 */

const ACCEPT_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

/** Close codes of RFC 6455, section 7.4.1, that this server sends. */
export const CloseCode = {
  normal: 1000,
  goingAway: 1001,
  protocolError: 1002,
  /** Reported locally only, never sent: the TCP connection ended without a closing handshake. */
  abnormal: 1006,
  invalidPayload: 1007,
  messageTooBig: 1009,
  tryAgainLater: 1013,
} as const;

const Opcode = { continuation: 0x0, text: 0x1, binary: 0x2, close: 0x8, ping: 0x9, pong: 0xa } as const;
const KNOWN_OPCODES: ReadonlySet<number> = new Set(Object.values(Opcode));

/** How long a peer has to answer our close frame before the TCP connection is cut. */
const CLOSE_GRACE_MS = 5_000;

export interface WebSocketHandlers {
  /** One whole text message. */
  message(text: string): void;
  /**
   * A data message the server will not read (binary, or larger than `maxMessageBytes`). Its
   * payload was discarded as it arrived, never held, and the connection goes on.
   */
  unreadable(reason: string): void;
  /** Once, when the connection is gone, whoever ended it. */
  closed(code: number, reason: string): void;
}

export interface WebSocketOptions {
  maxMessageBytes: number;
}

/** Why an upgrade request cannot become a WebSocket, or null when it can. */
export function handshakeProblem(request: IncomingMessage): { status: number; message: string } | null {
  if (request.method !== "GET") return { status: 405, message: "a WebSocket handshake is a GET request" };
  if (request.headers.upgrade?.toLowerCase() !== "websocket") return { status: 400, message: 'the Upgrade header must be "websocket"' };
  const connection = (request.headers.connection ?? "").toLowerCase().split(",").map((t) => t.trim());
  if (!connection.includes("upgrade")) return { status: 400, message: 'the Connection header must include "Upgrade"' };
  if (request.headers["sec-websocket-version"] !== "13") return { status: 426, message: "only WebSocket version 13 is spoken" };
  const key = request.headers["sec-websocket-key"];
  if (typeof key !== "string" || Buffer.from(key, "base64").length !== 16) return { status: 400, message: "Sec-WebSocket-Key must be 16 bytes in base64" };
  return null;
}

export function acceptKey(key: string): string {
  return createHash("sha1").update(key + ACCEPT_GUID).digest("base64");
}

/** Answers a handshake that `handshakeProblem` refused, and drops the connection. */
export function refuseHandshake(socket: Socket, status: number, message: string): void {
  const body = message + "\n";
  const versionHeader = status === 426 ? "Sec-WebSocket-Version: 13\r\n" : "";
  socket.end(
    `HTTP/1.1 ${status} ${status === 426 ? "Upgrade Required" : status === 405 ? "Method Not Allowed" : status === 403 ? "Forbidden" : "Bad Request"}\r\n` +
      `Content-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n${versionHeader}\r\n${body}`,
  );
}

/** Completes the handshake of a request `handshakeProblem` accepted and returns the connection. */
export function acceptWebSocket(request: IncomingMessage, socket: Socket, head: Buffer, handlers: WebSocketHandlers, options: WebSocketOptions): WebSocketConnection {
  socket.write(
    "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
      `Sec-WebSocket-Accept: ${acceptKey(request.headers["sec-websocket-key"] as string)}\r\n\r\n`,
  );
  return new WebSocketConnection(socket, head, handlers, options);
}

/** A data message being assembled from its fragments. */
interface Assembly {
  fragments: Buffer[];
  bytes: number;
  /** Too large or binary: its payload is dropped as it comes, and reported once at its last frame. */
  unreadable: string | null;
}

export class WebSocketConnection {
  private buffer: Buffer = Buffer.alloc(0);
  /** Payload bytes of the current frame still to discard (a frame of an unreadable message). */
  private skipping = 0;
  private skippedFrameFin = false;
  private assembly: Assembly | null = null;
  private closeSent = false;
  private ended = false;
  private readonly decoder = new TextDecoder("utf-8", { fatal: true });

  constructor(
    private readonly socket: Socket,
    head: Buffer,
    private readonly handlers: WebSocketHandlers,
    private readonly options: WebSocketOptions,
  ) {
    socket.setNoDelay(true);
    // A client that vanished without a FIN (a killed VM, a pulled cable) is found by TCP itself.
    socket.setKeepAlive(true, 30_000);
    socket.on("data", (chunk: Buffer) => this.receive(chunk));
    // Node's HTTP server allows half-open sockets: a peer's FIN alone would leave this one open.
    socket.on("end", () => socket.end());
    socket.on("close", () => this.finish(CloseCode.abnormal, "connection lost"));
    socket.on("error", () => socket.destroy());
    if (head.length) this.receive(head);
  }

  get open(): boolean {
    return !this.closeSent && !this.ended;
  }

  send(text: string): void {
    if (!this.open) return;
    this.writeFrame(Opcode.text, Buffer.from(text, "utf8"));
  }

  /** Starts the closing handshake; the connection ends when the peer answers or after a grace period. */
  close(code: number, reason = ""): void {
    if (this.closeSent || this.ended) return;
    this.closeSent = true;
    // A close frame's payload is at most 125 bytes: the code and a reason cut to fit.
    const reasonBytes = Buffer.from(reason, "utf8").subarray(0, 123);
    const payload = Buffer.alloc(2 + reasonBytes.length);
    payload.writeUInt16BE(code, 0);
    reasonBytes.copy(payload, 2);
    this.writeFrame(Opcode.close, payload);
    this.finishLater(code, reason);
  }

  /** Stops reading the socket (TCP pushes back on the client) until `resume`. */
  pause(): void {
    this.socket.pause();
  }

  resume(): void {
    this.socket.resume();
  }

  private finishLater(code: number, reason: string): void {
    setTimeout(() => {
      this.finish(code, reason);
      this.socket.destroy();
    }, CLOSE_GRACE_MS).unref();
  }

  private finish(code: number, reason: string): void {
    if (this.ended) return;
    this.ended = true;
    this.handlers.closed(code, reason);
  }

  /** Fails the connection (RFC 6455, 7.1.7): a close frame naming why, the TCP connection ended, nothing read after it. */
  private fail(code: number, reason: string): void {
    this.buffer = Buffer.alloc(0);
    this.socket.removeAllListeners("data");
    this.close(code, reason);
    this.socket.end();
  }

  private writeFrame(opcode: number, payload: Buffer): void {
    const length = payload.length;
    const header = length < 126 ? Buffer.alloc(2) : length < 0x10000 ? Buffer.alloc(4) : Buffer.alloc(10);
    header[0] = 0x80 | opcode;
    if (length < 126) header[1] = length;
    else if (length < 0x10000) {
      header[1] = 126;
      header.writeUInt16BE(length, 2);
    } else {
      header[1] = 127;
      header.writeBigUInt64BE(BigInt(length), 2);
    }
    this.socket.cork();
    this.socket.write(header);
    this.socket.write(payload);
    this.socket.uncork();
  }

  private receive(chunk: Buffer): void {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    while (!this.ended && this.readFrame());
  }

  /** Reads one frame, or what can be discarded of one; false when more bytes are needed. */
  private readFrame(): boolean {
    if (this.skipping > 0) {
      const dropped = Math.min(this.skipping, this.buffer.length);
      this.buffer = this.buffer.subarray(dropped);
      this.skipping -= dropped;
      if (this.skipping > 0) return false;
      if (this.skippedFrameFin) this.endMessage();
      return true;
    }
    const buffer = this.buffer;
    if (buffer.length < 2) return false;
    const fin = (buffer[0] & 0x80) !== 0;
    const opcode = buffer[0] & 0x0f;
    const masked = (buffer[1] & 0x80) !== 0;
    const shortLength = buffer[1] & 0x7f;
    if (buffer[0] & 0x70) return this.failed(CloseCode.protocolError, "reserved bits set, but no extension was negotiated");
    if (!masked) return this.failed(CloseCode.protocolError, "a client's frames must be masked");
    const lengthBytes = shortLength === 126 ? 2 : shortLength === 127 ? 8 : 0;
    const headerLength = 2 + lengthBytes + 4;
    if (buffer.length < headerLength) return false;
    let length = shortLength;
    if (shortLength === 126) length = buffer.readUInt16BE(2);
    else if (shortLength === 127) {
      const long = buffer.readBigUInt64BE(2);
      if (long > BigInt(Number.MAX_SAFE_INTEGER)) return this.failed(CloseCode.messageTooBig, "frame length beyond any limit");
      length = Number(long);
    }
    const isControl = opcode >= 0x8;
    if (isControl && (!fin || length > 125)) return this.failed(CloseCode.protocolError, "a control frame must be whole and at most 125 bytes");
    if (!KNOWN_OPCODES.has(opcode)) return this.failed(CloseCode.protocolError, `unknown opcode ${opcode}`);
    if (isControl) {
      if (buffer.length < headerLength + length) return false;
      return this.control(opcode, this.unmask(buffer, headerLength, length));
    }
    const sequence = this.sequenceProblem(opcode);
    if (sequence) return this.failed(CloseCode.protocolError, sequence);
    const unreadable = this.unreadableReason(opcode, length);
    if (unreadable) {
      this.take(length, unreadable);
      this.buffer = buffer.subarray(headerLength);
      this.skipping = length;
      this.skippedFrameFin = fin;
      if (length === 0 && fin) this.endMessage();
      return true;
    }
    if (buffer.length < headerLength + length) return false;
    this.take(length, null).fragments.push(this.unmask(buffer, headerLength, length));
    if (fin) this.endMessage();
    return true;
  }

  /** The payload of the frame whose header ends at `headerLength`, unmasked, and the buffer moved past it. */
  private unmask(buffer: Buffer, headerLength: number, length: number): Buffer {
    const mask = buffer.subarray(headerLength - 4, headerLength);
    const payload = Buffer.from(buffer.subarray(headerLength, headerLength + length));
    for (let i = 0; i < payload.length; i++) payload[i] ^= mask[i & 3];
    this.buffer = buffer.subarray(headerLength + length);
    return payload;
  }

  private sequenceProblem(opcode: number): string | null {
    if (opcode === Opcode.continuation && !this.assembly) return "a continuation frame without a message to continue";
    if (opcode !== Opcode.continuation && this.assembly) return "a new message began before the last one ended";
    return null;
  }

  private unreadableReason(opcode: number, length: number): string | null {
    if (this.assembly?.unreadable) return this.assembly.unreadable;
    if (opcode === Opcode.binary) return "binary messages are not read; send JSON as a text message";
    if ((this.assembly?.bytes ?? 0) + length > this.options.maxMessageBytes) return `message too large: more than ${this.options.maxMessageBytes} bytes`;
    return null;
  }

  /** Counts a data frame into the message it starts or continues. */
  private take(length: number, unreadable: string | null): Assembly {
    const assembly = (this.assembly ??= { fragments: [], bytes: 0, unreadable: null });
    assembly.bytes += length;
    if (unreadable && !assembly.unreadable) {
      assembly.unreadable = unreadable;
      assembly.fragments = [];
    }
    return assembly;
  }

  private endMessage(): void {
    const assembly = this.assembly!;
    this.assembly = null;
    if (assembly.unreadable) {
      this.handlers.unreadable(assembly.unreadable);
      return;
    }
    let text: string;
    try {
      text = this.decoder.decode(Buffer.concat(assembly.fragments));
    } catch {
      this.fail(CloseCode.invalidPayload, "a text message must be valid UTF-8");
      return;
    }
    this.handlers.message(text);
  }

  private control(opcode: number, payload: Buffer): boolean {
    if (opcode === Opcode.ping) {
      if (!this.closeSent) this.writeFrame(Opcode.pong, payload);
      return true;
    }
    if (opcode === Opcode.pong) return true;
    // The peer's close: answer it (unless we started the closing) and end the TCP connection.
    const code = payload.length >= 2 ? payload.readUInt16BE(0) : CloseCode.normal;
    const reason = payload.length > 2 ? payload.subarray(2).toString("utf8") : "";
    if (!this.closeSent) {
      this.closeSent = true;
      const answer = payload.length === 1 ? CloseCode.protocolError : CloseCode.normal;
      const body = Buffer.alloc(2);
      body.writeUInt16BE(answer, 0);
      this.writeFrame(Opcode.close, body);
    }
    this.finish(code, reason);
    this.socket.end();
    return false;
  }

  private failed(code: number, reason: string): false {
    this.fail(code, reason);
    return false;
  }
}
