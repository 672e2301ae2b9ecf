import { beforeAll, describe, expect, it } from "vitest";
import { buildModel, type Kernel } from "./index";
import { loadNodeKernel } from "./nodeKernel";
import { buildFailureOf } from "../../tests/support/buildFailure";
import { stepEdits } from "./meterSteps";
import { applySourceEdits, userColumn } from "./sourceEdits";
import { parse } from "acorn";

let kernel: Kernel;

beforeAll(async () => {
  kernel = await loadNodeKernel();
});

const failure = (source: string, budget?: number) => buildFailureOf(kernel, source, budget);

async function unitsOf(source: string, budget?: number): Promise<number> {
  const outcome = await buildModel(kernel, source, {}, budget);
  if (!outcome.ok) throw new Error(outcome.error.failure.message);
  outcome.model.dispose();
  return outcome.model.workUnits;
}

/** Fuses `count` overlapping boxes into one, each fuse on the growing body. */
const fuseChain = (count: number) => `const { makeBaseBox } = replicad;
const main = () => {
  let shape = makeBaseBox(1, 1, 1);
  for (let i = 0; i < ${count}; i++) shape = shape.fuse(makeBaseBox(0.5, 0.5, 0.5).translate(i * 0.3, 0, 0));
  return shape;
};`;

describe("the work budget", () => {
  it("stops an endless loop as a timeout of the budget, at the loop's line, the same way every time", async () => {
    const loop = "const main = () => {\n  let n = 0;\n  while (true) { n++; }\n};";
    const first = await failure(loop);
    expect(first).toMatchObject({ class: "timeout", wall_clock: false, line: 3 });
    expect(first.message).toMatch(/used up its work budget of 30000 units and was stopped at line 3/);
    expect(await failure(loop)).toEqual(first);
  });

  it("counts kernel work by the faces a boolean works on: a fuse chain stops at the same point on every run, and a smaller chain's units are the same every run", async () => {
    const units = await unitsOf(fuseChain(20));
    expect(units).toBeGreaterThan(20 * 2);
    expect(await unitsOf(fuseChain(20))).toBe(units);
    expect(await unitsOf(fuseChain(40))).toBeGreaterThan(2 * units);
    const stopped = await failure(fuseChain(1e6), units);
    expect(stopped).toMatchObject({ class: "timeout", wall_clock: false, line: 4 });
    expect(await failure(fuseChain(1e6), units)).toEqual(stopped);
  });

  it("cannot be caught: code that swallows the budget's error and returns a shape, or throws another, still times out", async () => {
    const swallow = `const { makeBaseBox } = replicad;
const main = () => {
  try { for (;;) {} } catch (e) {}
  return makeBaseBox(1, 1, 1);
};`;
    expect(await failure(swallow)).toMatchObject({ class: "timeout", line: 3 });
    const rethrow = "const main = () => {\n  try { for (;;) {} } catch (e) { throw 'something else'; }\n};";
    expect(await failure(rethrow)).toMatchObject({ class: "timeout", line: 2 });
  });

  it("counts recursion: a function that calls itself forever through a catch is stopped", async () => {
    const source = "const f = (n) => { try { return f(n + 1) + f(n + 2); } catch (e) { return f(n); } };\nconst main = () => f(0);";
    expect(await failure(source, 200)).toMatchObject({ class: "timeout" });
  });

  it("reserves the counter's name: code cannot reach or replace it", async () => {
    expect(await failure("const main = () => { __cadforge_step = () => {}; };")).toMatchObject({ class: "undefined_name", line: 1 });
    expect(await failure("const __cadforge_x = 1;\nconst main = () => 1;")).toMatchObject({ class: "undefined_name", line: 1, column: 7 });
  });

  it("leaves the user's lines and columns: an error after a metered loop on the same line is located in the user's code", async () => {
    // V8 places this error at the statement that throws, as it does in unmetered code.
    const source = "const main = () => { for (let i = 0; i < 2; i++) { } return notDefined(1); };";
    expect(await failure(source)).toMatchObject({ class: "undefined_name", line: 1, column: source.indexOf("return") + 1 });
  });

  it("has no budget for trusted code: a reference builds with Infinity whatever its size", async () => {
    expect(await unitsOf(fuseChain(30), Infinity)).toBe(await unitsOf(fuseChain(30)));
  });
});

describe("metering steps", () => {
  it("puts a step at the head of every loop and function body, on the same lines, and maps columns back", () => {
    const code = "for (const x of [1]) f(x);\nconst g = (a) => a * 2;\nfunction h() { do k(); while (false); }";
    const { code: metered, insertions } = applySourceEdits(code, stepEdits(parse(code, { ecmaVersion: "latest", locations: true }) as never));
    expect(metered.split("\n")).toHaveLength(3);
    expect(metered).toBe(
      "for (const x of [1]) {__cadforge_step();f(x);}\nconst g = (a) => (__cadforge_step(), a * 2);\nfunction h() {__cadforge_step(); do {__cadforge_step();k();} while (false); }",
    );
    // `a * 2` starts at column 18 of line 2 in the user's code; in the metered code it moved right.
    expect(userColumn(insertions, 2, metered.split("\n")[1].indexOf("a * 2") + 1)).toBe(18);
    // A position inside the inserted step maps to where it was put.
    expect(userColumn(insertions, 1, metered.indexOf("__cadforge_step") + 3)).toBe(22);
  });
});
