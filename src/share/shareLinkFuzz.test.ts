import { beforeAll, describe, expect, it } from "vitest";
import { loadCatalogueFromDisk } from "../tasks/loadFromDisk";
import { encodeBase64url } from "./base64url";
import { deflateRaw } from "./deflateRaw";
import { decodeShareHash, encodeShareHash, SHARE_LIMITS, type ShareDecodeResult } from "./index";

// A fixed seed keeps a failure reproducible; change it to explore other inputs.
const SEED = 0x5eed_c4d;
const PER_CASE_MS = 5_000;
const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

let taskIds: string[];
let validHash: string;

beforeAll(async () => {
  const catalogue = await loadCatalogueFromDisk();
  taskIds = catalogue.tasks.map((t) => t.id);
  const task = catalogue.tasks[0];
  validHash = await encodeShareHash({ taskId: task.id, code: task.reference, params: { width: 40, label: "a", on: false } });
});

function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 0x1_0000_0000;
  };
}

/** Decodes with a deadline: a case that neither opens nor refuses in time is a hang. */
async function decodeInTime(hash: string): Promise<ShareDecodeResult> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`decoding hung on a ${hash.length}-character hash: ${hash.slice(0, 80)}…`)), PER_CASE_MS);
  });
  try {
    return await Promise.race([decodeShareHash(hash, taskIds), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** A refusal must say which stage or field failed; an acceptance must be a well-typed design. */
function expectClearOutcome(result: ShareDecodeResult, input: string): void {
  if (result.ok) {
    expect(taskIds).toContain(result.design.taskId);
    expect(typeof result.design.code).toBe("string");
    for (const value of Object.values(result.design.params)) expect(["number", "string", "boolean"]).toContain(typeof value);
    return;
  }
  expect(result.message, `message for ${input.slice(0, 60)}`).toMatch(/^(the link|field )/);
  expect(result.message.length).toBeGreaterThan(20);
}

describe("share link decoder under fuzzing", () => {
  it("random text after #share= is refused with a clear message", async () => {
    const next = random(SEED);
    for (let i = 0; i < 400; i++) {
      const length = Math.floor(next() * 300);
      let payload = "";
      for (let k = 0; k < length; k++) payload += next() < 0.97 ? B64[Math.floor(next() * 64)] : String.fromCharCode(Math.floor(next() * 0x3000));
      const result = await decodeInTime("#share=" + payload);
      expect(result.ok, payload).toBe(false);
      expectClearOutcome(result, payload);
    }
  });

  it("random bytes, raw or validly deflated, are refused with a clear message", async () => {
    const next = random(SEED + 1);
    for (let i = 0; i < 300; i++) {
      const bytes = Uint8Array.from({ length: 1 + Math.floor(next() * 2000) }, () => Math.floor(next() * 256));
      const raw = "#share=" + encodeBase64url(bytes);
      const deflated = "#share=" + encodeBase64url(await deflateRaw(bytes));
      for (const hash of [raw, deflated]) {
        const result = await decodeInTime(hash);
        expect(result.ok).toBe(false);
        expectClearOutcome(result, hash);
      }
    }
  });

  it("a valid link cut at every length is refused, never half-opened", async () => {
    const step = Math.max(1, Math.floor(validHash.length / 300));
    for (let end = 0; end < validHash.length; end += step) {
      const cut = validHash.slice(0, end);
      const result = await decodeInTime(cut);
      expect(result.ok, `cut at ${end}`).toBe(false);
      expectClearOutcome(result, cut);
    }
  });

  it("a valid link with one character changed opens a valid design or is refused clearly", async () => {
    const next = random(SEED + 2);
    const start = "#share=".length;
    for (let i = 0; i < 300; i++) {
      const at = start + Math.floor(next() * (validHash.length - start));
      const mutated = validHash.slice(0, at) + B64[Math.floor(next() * 64)] + validHash.slice(at + 1);
      expectClearOutcome(await decodeInTime(mutated), mutated);
    }
  });

  it("oversized input is refused at each limit: long payloads and bombs of growing size", async () => {
    const long = await decodeInTime("#share=" + "A".repeat(SHARE_LIMITS.payloadChars * 20));
    expect(long.ok || long.message).toMatch(/at most 100000 are accepted/);
    for (const megabytes of [2, 8, 32]) {
      const bomb = "#share=" + encodeBase64url(await deflateRaw(new Uint8Array(megabytes * 1024 * 1024).fill(0x20)));
      const result = await decodeInTime(bomb);
      expect(result.ok || result.message, `${megabytes} MB bomb`).toMatch(/unpacks to more than 1048576 bytes/);
    }
  });
});
