import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCatalogueFromDisk } from "../tasks/loadFromDisk";
import { encodeBase64url, decodeBase64url } from "./base64url";
import { deflateRaw } from "./deflateRaw";
import { decodeShareHash, encodeShareHash, isShareHash, shareUrl, ShareLinkError, SHARE_LIMITS, type SharedDesign } from "./index";

let taskIds: string[];
let design: SharedDesign;
let referenceCode: string;

beforeAll(async () => {
  const catalogue = await loadCatalogueFromDisk();
  taskIds = catalogue.tasks.map((t) => t.id);
  const task = catalogue.tasks.find((t) => t.id === "wall_j_hook_120n")!;
  referenceCode = task.reference;
  design = { taskId: task.id, code: task.seed + "\n// ünïcödé ✓ and \"quotes\"\r\n", params: { width: 42.5, label: "front", hollow: true } };
});

/** A hash whose payload is `value` packed exactly as the encoder packs a design. */
async function packed(value: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(typeof value === "string" ? value : JSON.stringify(value));
  return "#share=" + encodeBase64url(await deflateRaw(bytes));
}

async function refusal(hash: string): Promise<string> {
  const result = await decodeShareHash(hash, taskIds);
  if (result.ok) throw new Error(`expected a refusal, the link opened task ${result.design.taskId}`);
  return result.message;
}

describe("base64url", () => {
  it("round-trips every length and byte value", () => {
    for (let length = 0; length < 70; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 97 + length * 13) & 0xff);
      const text = encodeBase64url(bytes);
      expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
      expect(text).toBe(Buffer.from(bytes).toString("base64url"));
      const back = decodeBase64url(text);
      expect(back.ok && [...back.bytes]).toEqual([...bytes]);
    }
  });
});

describe("share link round trip", () => {
  it("brings back the task, the code byte for byte and typed parameters", async () => {
    const hash = await encodeShareHash(design);
    expect(isShareHash(hash)).toBe(true);
    expect(hash).toMatch(/^#share=[A-Za-z0-9_-]+$/);
    const result = await decodeShareHash(hash, taskIds);
    expect(result).toEqual({ ok: true, design });
  });

  it("builds a page URL whose hash is the link, keeping path and query", async () => {
    const url = await shareUrl("https://example.org/some/sub/path/?heapLimitMb=300#old", design);
    expect(url.startsWith("https://example.org/some/sub/path/?heapLimitMb=300#share=")).toBe(true);
    const result = await decodeShareHash(new URL(url).hash, taskIds);
    expect(result.ok && result.design.code).toBe(design.code);
  });

  it("compresses: a task's reference solution takes far fewer characters than its source", async () => {
    const hash = await encodeShareHash({ ...design, code: referenceCode });
    expect(referenceCode.length).toBeGreaterThan(1000);
    expect(hash.length).toBeLessThan(referenceCode.length * 0.7);
  });

  it("refuses to encode code over the limit, saying how long it is", async () => {
    const big = { ...design, code: "x".repeat(SHARE_LIMITS.codeChars + 1) };
    await expect(encodeShareHash(big)).rejects.toThrow(ShareLinkError);
    await expect(encodeShareHash(big)).rejects.toThrow(`the code is ${SHARE_LIMITS.codeChars + 1} characters`);
  });

  it("refuses to encode code that does not compress into a link", async () => {
    const noise = Array.from(randomBytes(SHARE_LIMITS.codeChars - 10), (byte) => String.fromCharCode(33 + (byte % 90))).join("");
    await expect(encodeShareHash({ ...design, code: noise })).rejects.toThrow(/the compressed design needs \d+ characters/);
  });
});

describe("share link refusals name what is wrong", () => {
  const valid = () => ({ v: 1, task: design.taskId, code: design.code, params: design.params });

  it("not a share hash, or empty", async () => {
    expect(await refusal("#other=abc")).toMatch(/does not start with #share=/);
    expect(await refusal("#share=")).toMatch(/no data after #share=/);
  });

  it("payload over the character limit", async () => {
    expect(await refusal("#share=" + "A".repeat(SHARE_LIMITS.payloadChars + 1))).toMatch(`is ${SHARE_LIMITS.payloadChars + 1} characters; at most ${SHARE_LIMITS.payloadChars}`);
  });

  it("characters outside base64url, and an impossible length", async () => {
    expect(await refusal("#share=abc+def")).toMatch(/character "\+" at position 4 is not base64url/);
    expect(await refusal("#share=abcde")).toMatch(/5 characters cannot be base64url/);
  });

  it("data that is not deflate, or is cut short", async () => {
    expect(await refusal("#share=" + encodeBase64url(Uint8Array.from([0xff, 1, 2, 3, 4, 5])))).toMatch(/cannot be unpacked: it is not valid deflate data \(.+\); the link may be cut short or altered/);
    const hash = await encodeShareHash(design);
    expect(await refusal(hash.slice(0, hash.length - 20))).toMatch(/cannot be unpacked|not base64url/);
  });

  it("a decompression bomb stops at the unpacked limit", async () => {
    const bomb = await packed(JSON.stringify({ v: 1, task: design.taskId, code: " ".repeat(20 * 1024 * 1024), params: {} }));
    expect(bomb.length).toBeLessThan(SHARE_LIMITS.payloadChars);
    expect(await refusal(bomb)).toMatch(`unpacks to more than ${SHARE_LIMITS.unpackedBytes} bytes`);
  });

  it("unpacked data that is not UTF-8 or not JSON", async () => {
    expect(await refusal("#share=" + encodeBase64url(await deflateRaw(Uint8Array.from([0x7b, 0xc3, 0x28, 0x7d]))))).toMatch(/not UTF-8 text/);
    expect(await refusal(await packed("{\"v\":1,"))).toMatch(/not JSON \(/);
  });

  it("JSON that is not an object", async () => {
    expect(await refusal(await packed([1, 2]))).toMatch(/is an array, not an object/);
    expect(await refusal(await packed("null"))).toMatch(/is null, not an object/);
  });

  it("unknown fields", async () => {
    expect(await refusal(await packed({ ...valid(), extra: 1 }))).toMatch(/field "extra" is not part of a share link/);
  });

  it("missing or other version", async () => {
    const { v: _v, ...noVersion } = valid();
    expect(await refusal(await packed(noVersion))).toMatch(/field v \(the format version\) is missing/);
    expect(await refusal(await packed({ ...valid(), v: 2 }))).toMatch(/field v is 2; this page reads version 1 links/);
  });

  it("task missing, not a string, or not in the catalogue", async () => {
    const { task: _t, ...noTask } = valid();
    expect(await refusal(await packed(noTask))).toMatch(/field task must be a task id \(a string\), got nothing/);
    expect(await refusal(await packed({ ...valid(), task: 12 }))).toMatch(/got a number/);
    expect(await refusal(await packed({ ...valid(), task: "no_such_task" }))).toMatch(/field task: no task "no_such_task" in this page's catalogue/);
  });

  it("code not a string, or over the limit once unpacked", async () => {
    expect(await refusal(await packed({ ...valid(), code: ["a"] }))).toMatch(/field code must be a string, got an array/);
    const long = "a".repeat(SHARE_LIMITS.codeChars + 5);
    expect(await refusal(await packed({ ...valid(), code: long }))).toMatch(`field code is ${long.length} characters; at most ${SHARE_LIMITS.codeChars}`);
  });

  it("params not an object, a value of the wrong type, too many or too long", async () => {
    expect(await refusal(await packed({ ...valid(), params: [1] }))).toMatch(/field params must be an object of parameter values, got an array/);
    expect(await refusal(await packed({ ...valid(), params: undefined }))).toMatch(/field params must be an object of parameter values, got nothing/);
    expect(await refusal(await packed({ ...valid(), params: { width: 3, depth: null } }))).toMatch(/field params.depth must be a number, string or boolean, got null/);
    expect(await refusal(await packed({ ...valid(), params: { width: { mm: 3 } } }))).toMatch(/field params.width must be a number, string or boolean, got an object/);
    const many = Object.fromEntries(Array.from({ length: SHARE_LIMITS.params + 1 }, (_, i) => [`p${i}`, i]));
    expect(await refusal(await packed({ ...valid(), params: many }))).toMatch(`field params has ${SHARE_LIMITS.params + 1} entries`);
    expect(await refusal(await packed({ ...valid(), params: { label: "y".repeat(SHARE_LIMITS.paramStringChars + 1) } }))).toMatch(/field params.label is a string of \d+ characters/);
    expect(await refusal(await packed({ ...valid(), params: { "": 1 } }))).toMatch(/a name of 0 characters/);
  });

  it("a parameter called __proto__ stays a plain value and changes no prototype", async () => {
    const result = await decodeShareHash(await packed(`{"v":1,"task":"${design.taskId}","code":"x","params":{"__proto__":5}}`), taskIds);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.getPrototypeOf(result.design.params)).toBe(Object.prototype);
    expect(Object.keys(result.design.params)).toEqual(["__proto__"]);
  });
});
