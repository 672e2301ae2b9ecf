import { beforeAll, describe, expect, it } from "vitest";
import { buildModel, type Kernel } from "./index";
import { loadNodeKernel } from "./nodeKernel";
import { buildFailureOf } from "../../tests/support/buildFailure";

let kernel: Kernel;

beforeAll(async () => {
  kernel = await loadNodeKernel();
});

const failureOf = (source: string) => buildFailureOf(kernel, source);

const box = `const { makeBaseBox } = replicad;\nconst main = () => makeBaseBox(10, 20, 30);`;

describe("sandbox", () => {
  it.each([
    ["fetch", `fetch("https://example.org")`],
    ["XMLHttpRequest", `new XMLHttpRequest()`],
    ["WebSocket", `new WebSocket("ws://127.0.0.1:1")`],
    ["importScripts", `importScripts("x.js")`],
    ["indexedDB", `indexedDB.open("x")`],
    ["localStorage", `localStorage.getItem("x")`],
    ["postMessage", `postMessage("hi")`],
    ["self", `self.close()`],
    ["globalThis", `globalThis.fetch("x")`],
    ["setTimeout", `setTimeout(() => {}, 0)`],
    ["process", `process.exit(1)`],
  ])("refuses %s with a located message", async (name, call) => {
    const failure = await failureOf(`const { makeBaseBox } = replicad;\nconst main = () => {\n  ${call};\n  return makeBaseBox(1, 1, 1);\n};`);
    expect(failure.class).toBe("undefined_name");
    expect(failure.message).toContain(`${name} is not available to CAD code`);
    expect(failure.line).toBe(3);
  });

  it("refuses dynamic import at its line and column", async () => {
    const failure = await failureOf(`const main = async () => {\n  const fs = await import("node:fs");\n};`);
    expect(failure).toMatchObject({ class: "undefined_name", line: 2, column: 20 });
    expect(failure.message).toMatch(/dynamic import\(\)/);
  });

  it("lets code declare its own variables with blocked names", async () => {
    const outcome = await buildModel(kernel, `const { makeBaseBox } = replicad;\nconst main = () => {\n  const window = makeBaseBox(10, 2, 10);\n  const close = 3;\n  return window.translate(close, 0, 0);\n};`);
    expect(outcome.ok).toBe(true);
    if (outcome.ok) outcome.model.dispose();
  });
});

describe("realm guard", () => {
  const measureBox = async () => {
    const outcome = await buildModel(kernel, box);
    if (!outcome.ok) throw outcome.error;
    const measured = outcome.model.parts.map((part) => part.measured);
    outcome.model.dispose();
    return measured;
  };

  it("refuses a patch of Object.prototype, undoes it, and the next build is unchanged", async () => {
    const before = await measureBox();
    const failure = await failureOf(`Object.prototype.injected = 1;\nArray.prototype.map = function () { return []; };\n${box}`);
    expect(failure.class).toBe("kernel_error");
    expect(failure.message).toContain("Object.prototype.injected");
    expect(failure.message).toContain("Array.prototype.map");
    expect(({} as Record<string, unknown>).injected).toBeUndefined();
    expect([1, 2].map((x) => x * 2)).toEqual([2, 4]);
    expect(await measureBox()).toEqual(before);
  });

  it("refuses a patch of a replicad class made through a shape and restores the method", async () => {
    const before = await measureBox();
    const failure = await failureOf(`const { makeBaseBox } = replicad;
const main = () => {
  const proto = Object.getPrototypeOf(Object.getPrototypeOf(makeBaseBox(1, 1, 1)));
  proto.translate = function () { return this; };
  return makeBaseBox(10, 20, 30);
};`);
    expect(failure.class).toBe("kernel_error");
    expect(failure.message).toMatch(/replicad\.\w+\.prototype\.translate/);
    const moved = await buildModel(kernel, `const { makeBaseBox } = replicad;\nconst main = () => makeBaseBox(10, 20, 30).translate(100, 0, 0);`);
    expect(moved.ok).toBe(true);
    if (!moved.ok) return;
    expect(moved.model.parts[0].measured?.bounds[0][0]).toBeCloseTo(95, 3);
    moved.model.dispose();
    expect(await measureBox()).toEqual(before);
  });

  it("forgives globals a sloppy script creates and removes them", async () => {
    const outcome = await buildModel(kernel, `const { makeBaseBox } = replicad;\nconst main = () => {\n  result = makeBaseBox(4, 4, 4);\n  return result;\n};`);
    expect(outcome.ok).toBe(true);
    if (outcome.ok) outcome.model.dispose();
    expect("result" in globalThis).toBe(false);
  });
});
