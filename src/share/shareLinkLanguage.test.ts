import { beforeAll, describe, expect, it } from "vitest";
import { loadCatalogueFromDisk } from "../tasks/loadFromDisk";
import { decodeBase64url, encodeBase64url } from "./base64url";
import { deflateRaw, inflateRawLimited } from "./deflateRaw";
import { decodeShareHash, encodeShareHash, type SharedDesign } from "./index";

const CADQUERY = "import cadquery as cq\nresult = cq.Workplane().box(10, 10, 2)\n";
let taskIds: string[];

beforeAll(async () => {
  taskIds = (await loadCatalogueFromDisk()).tasks.map((t) => t.id);
});

/** A hash whose payload is `value`, packed as the encoder packs a design. */
async function packed(value: unknown): Promise<string> {
  return "#share=" + encodeBase64url(await deflateRaw(new TextEncoder().encode(JSON.stringify(value))));
}

async function unpacked(hash: string): Promise<unknown> {
  const bytes = decodeBase64url(hash.slice("#share=".length));
  if (!bytes.ok) throw new Error(bytes.message);
  const inflated = await inflateRawLimited(bytes.bytes, 1 << 20);
  if (!inflated.ok) throw new Error(inflated.message);
  return JSON.parse(new TextDecoder().decode(inflated.bytes));
}

describe("a share link's language (field lang)", () => {
  it("round-trips a CadQuery design as Python, and a replicad one as JavaScript", async () => {
    for (const language of ["python", "javascript"] as const) {
      const design: SharedDesign = { taskId: taskIds[0], code: CADQUERY, params: { width: 3 }, language };
      expect(await decodeShareHash(await encodeShareHash(design), taskIds)).toEqual({ ok: true, design });
    }
  });

  it("is written as lang only when the design names a language, so links without one are what they were", async () => {
    const without = await unpacked(await encodeShareHash({ taskId: taskIds[0], code: CADQUERY, params: {} }));
    expect(without).toEqual({ v: 1, task: taskIds[0], code: CADQUERY, params: {} });
    const withPython = await unpacked(await encodeShareHash({ taskId: taskIds[0], code: CADQUERY, params: {}, language: "python" }));
    expect(withPython).toMatchObject({ lang: "python" });
  });

  it("an old link without lang still opens, with no language (the code decides)", async () => {
    const result = await decodeShareHash(await packed({ v: 1, task: taskIds[0], code: CADQUERY, params: {} }), taskIds);
    expect(result).toEqual({ ok: true, design: { taskId: taskIds[0], code: CADQUERY, params: {} } });
  });

  it("refuses a lang that is not a language, naming the field and what it got", async () => {
    const base = { v: 1, task: taskIds[0], code: CADQUERY, params: {} };
    const refusal = async (lang: unknown) => {
      const result = await decodeShareHash(await packed({ ...base, lang }), taskIds);
      return result.ok ? "opened" : result.message;
    };
    expect(await refusal("auto")).toBe('field lang must be "javascript" or "python", got "auto"');
    expect(await refusal("Python")).toBe('field lang must be "javascript" or "python", got "Python"');
    expect(await refusal(1)).toBe('field lang must be "javascript" or "python", got a number');
    expect(await refusal(null)).toBe('field lang must be "javascript" or "python", got null');
  });
});
