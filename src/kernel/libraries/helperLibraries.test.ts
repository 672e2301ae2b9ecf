import { describe, expect, it } from "vitest";
import * as replicad from "replicad";
import { buildModel, type BuiltModel, type CompiledProgram } from "../index";
import { kernelBuilds } from "../../../tests/support/kernelBuilds";
import { isDeleted } from "../../../tests/support/isDeleted";
import { helperLibraryFor } from "./helperLibraries";

const { kernel, build, dispose } = kernelBuilds();

function bounds(model: BuiltModel): number[][] {
  return model.parts[0].shape.boundingBox.bounds as unknown as number[][];
}

describe("helper libraries imported by CDN URL", () => {
  const THREADED_ROD = `import { makeCylinder } from "replicad";
import { makeThread } from "https://cdn.jsdelivr.net/npm/replicad-threads@latest/dist/studio/replicad-threads.js";

export default function main() {
  const thread = makeThread({ pitch: 5, radius: 10, height: 20, rootWidth: 3, apexWidth: 1, toothHeight: 1 });
  return thread.translate(0, 0, 1).fuse(makeCylinder(10, 22));
}`;

  it("replicad-threads: a threaded rod, its thread outside the core, its calls counted and its objects freed with the build", async () => {
    const model = await build(THREADED_ROD);
    const core = Math.PI * 10 ** 2 * 22;
    const volume = replicad.measureVolume(model.parts[0].shape);
    expect(volume).toBeGreaterThan(core * 1.02);
    expect(volume).toBeLessThan(Math.PI * 11 ** 2 * 22);
    const [[x0, , z0], [x1, , z1]] = bounds(model);
    expect(x1 - x0).toBeGreaterThan(21);
    expect(x1 - x0).toBeLessThan(22.5);
    expect(z1 - z0).toBeCloseTo(22, 3);
    // The code itself makes four replicad calls; the library's own go through the build's replicad too.
    expect(model.operationCount).toBeGreaterThan(10);
    expect(model.workUnits).toBeGreaterThan(model.operationCount * 0.5);
    const shape = model.parts[0].shape;
    dispose(model);
    expect(isDeleted(shape)).toBe(true);
  });

  it("replicad-decorate: a voronoi pattern cut into a cylinder's face, by skypack's URL, and a second build the same", async () => {
    const source = `import { drawCircle } from "replicad";
import { addVoronoi } from "https://cdn.skypack.dev/replicad-decorate@0.1.2";

export default function main() {
  const baseShape = drawCircle(20).sketchOnPlane().extrude(52);
  return addVoronoi(baseShape, { faceIndex: 1, depth: -2 });
}`;
    const first = await build(source);
    const cylinder = Math.PI * 20 ** 2 * 52;
    const volume = replicad.measureVolume(first.parts[0].shape);
    expect(volume).toBeLessThan(cylinder * 0.999);
    expect(volume).toBeGreaterThan(cylinder * 0.8);
    const [[x0, , z0], [x1, , z1]] = bounds(first);
    expect(x1 - x0).toBeCloseTo(40, 1);
    expect(z1 - z0).toBeCloseTo(52, 1);
    const second = await build(source);
    expect(replicad.measureVolume(second.parts[0].shape)).toBeCloseTo(volume, 6);
    expect(second.operationCount).toBe(first.operationCount);
  });

  it("replicad-decorate's addText writes with the bundled default font, though the code names no text function", async () => {
    const model = await build(`import { makeBaseBox } from "replicad";
import { addText } from "https://unpkg.com/replicad-decorate/dist/es/replicad-decorate.js";

export default async function main() {
  const box = makeBaseBox(60, 30, 10);
  return addText(box, { faceIndex: 5, text: "CAD", fontSize: 12, depth: 1, angle: 0, xShift: 0, yShift: 0 });
}`);
    expect((model.program as CompiledProgram).usesText).toBe(false);
    const volume = replicad.measureVolume(model.parts[0].shape);
    expect(Math.abs(volume - 60 * 30 * 10)).toBeGreaterThan(10);
  });

  it("refuses any other network import, naming its URL at its line, and the next build works", async () => {
    const outcome = await buildModel(kernel(), `import { makeBaseBox } from "replicad";
import { chunk } from "https://cdn.jsdelivr.net/npm/lodash-es/lodash.js";
export default () => makeBaseBox(1, 1, chunk([1], 1).length);`);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.failure).toMatchObject({ class: "undefined_name", line: 2, column: 24 });
    expect(outcome.error.failure.message).toContain('cannot import "https://cdn.jsdelivr.net/npm/lodash-es/lodash.js"');
    expect(outcome.error.failure.message).toContain("replicad-threads");
    expect((await build(THREADED_ROD)).parts).toHaveLength(1);
  });
});

describe("the URLs a helper library answers to", () => {
  it("takes each CDN's form with any version or path", () => {
    for (const url of [
      "https://cdn.jsdelivr.net/npm/replicad-threads@latest/dist/studio/replicad-threads.js",
      "https://cdn.jsdelivr.net/npm/replicad-threads/+esm",
      "https://esm.run/replicad-threads@1",
      "https://unpkg.com/replicad-threads@1.1.0",
      "https://unpkg.com/replicad-threads?module",
      "https://cdn.skypack.dev/replicad-threads",
      "https://esm.sh/replicad-threads@^1.0.0",
      "//esm.sh/replicad-threads",
      "replicad-threads",
    ]) {
      expect(helperLibraryFor(url), url).toBe("replicad-threads");
    }
    expect(helperLibraryFor("https://cdn.jsdelivr.net/npm/replicad-decorate/dist/studio/replicad-decorate.js")).toBe("replicad-decorate");
  });

  it("takes no other package, host or look-alike", () => {
    for (const url of [
      "https://cdn.jsdelivr.net/npm/replicad-threads-extra",
      "https://cdn.jsdelivr.net/gh/someone/replicad-threads",
      "https://evil.example/cdn.jsdelivr.net/npm/replicad-threads",
      "https://esm.sh.evil.example/replicad-threads",
      "https://cdn.jsdelivr.net/npm/lodash",
      "./replicad-threads.js",
    ]) {
      expect(helperLibraryFor(url), url).toBeNull();
    }
  });
});
