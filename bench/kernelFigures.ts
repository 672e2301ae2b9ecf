import { buildModel, type Kernel } from "../src/kernel";
import { loadNodeKernel } from "../src/kernel/nodeKernel";
import { median, type Figure } from "./figure";

/** A bracket with fillets, a pattern of holes and a named boss: the fixture of the build figure. */
export const FIXTURE_MODEL = `const { makeBaseBox, makeCylinder } = replicad;
const defaultParams = { width: 80, depth: 50, thickness: 6, holes: 4 };
const main = (r, p) => {
  let plate = makeBaseBox(p.width, p.depth, p.thickness).fillet(2);
  for (let i = 0; i < p.holes; i++) {
    const x = -p.width / 2 + 10 + (i * (p.width - 20)) / (p.holes - 1);
    plate = plate.cut(makeCylinder(3, p.thickness * 3, [x, 0, -p.thickness]));
  }
  const boss = makeCylinder(8, 20, [0, 0, p.thickness]).cut(makeCylinder(4, 30, [0, 0, 0]));
  return [{ shape: plate, name: "plate" }, { shape: boss, name: "boss" }];
};`;

const BUILD_RUNS = 15;

/** Kernel init is measured first, while this process has not loaded the WASM yet. */
export async function kernelFigures(): Promise<{ kernel: Kernel; figures: Figure[]; fixtureBuildMs: number }> {
  const started = performance.now();
  const kernel = await loadNodeKernel();
  const initMs = performance.now() - started;

  const times: number[] = [];
  for (let i = 0; i < BUILD_RUNS + 2; i++) {
    const t0 = performance.now();
    const outcome = await buildModel(kernel, FIXTURE_MODEL);
    const elapsed = performance.now() - t0;
    if (!outcome.ok) throw new Error(`the bench fixture does not build: ${outcome.error.message}`);
    outcome.model.dispose();
    if (i >= 2) times.push(elapsed);
  }
  const fixtureBuildMs = median(times);
  return {
    kernel,
    fixtureBuildMs,
    figures: [
      { group: "kernel", label: "kernel init in Node (cold, this process)", value: initMs, unit: "ms" },
      { group: "kernel", label: "fixture model build (plate + boss, fillet, 5 cuts)", value: fixtureBuildMs, unit: "ms", note: `median of ${BUILD_RUNS} after 2 warm-up` },
    ],
  };
}
