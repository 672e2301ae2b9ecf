import { beforeAll, describe, expect, it } from "vitest";
import { buildModel, type Kernel } from "./index";
import { loadNodeKernel } from "./nodeKernel";

let kernel: Kernel;

beforeAll(async () => {
  kernel = await loadNodeKernel();
});

async function logsOf(source: string) {
  const outcome = await buildModel(kernel, source);
  if (!outcome.ok) throw new Error(`expected a build, got ${JSON.stringify(outcome.error.failure)}`);
  outcome.model.dispose();
  return { parts: outcome.model.parts.length, logs: outcome.model.logs };
}

describe("promises the code never awaited", () => {
  it("logs a kernel call that fails after main returned, at its line, and keeps the model", async () => {
    const { parts, logs } = await logsOf(`const { makeBaseBox } = replicad;
async function roundOff(block) {
  await null;
  return block.fillet(30);
}
const main = () => {
  const block = makeBaseBox(10, 10, 10);
  roundOff(block);
  return block;
};`);
    expect(parts).toBe(1);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ level: "error", line: 4 });
    expect(logs[0].text).toMatch(/^Uncaught \(in promise\) KernelCallError: Solid\.fillet failed: .*a promise no one awaited failed/);
  });

  it("logs a stray rejection without a stack at the line of the statement that made it", async () => {
    const { logs } = await logsOf(`const main = (r) => {
  Promise.reject("no reason").then(() => 1);
  return r.makeSphere(2);
};`);
    expect(logs).toEqual([{ level: "error", text: "Uncaught (in promise) no reason: a promise no one awaited failed; the build went on without it", line: 2 }]);
  });

  it("leaves the value of a call made as a statement unchanged", async () => {
    const { logs } = await logsOf(`const seen = [];
const main = (r) => {
  seen.push(1);
  new Promise((resolve) => resolve(2)).then((v) => seen.push(v));
  r?.makeSphere?.(1);
  return r.makeSphere(seen.length);
};`);
    expect(logs).toEqual([]);
  });
});
