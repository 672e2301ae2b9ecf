import { buildModel, type Kernel } from "../src/kernel";
import { median, type Figure } from "./figure";
import { FIXTURE_MODEL } from "./kernelFigures";

/** The fixture of the kernel's build figure written in CadQuery: the same plate, holes and boss. */
export const CADQUERY_FIXTURE_MODEL = `import cadquery as cq
width = 80
depth = 50
thickness = 6
holes = 4
plate = cq.Workplane("XY").box(width, depth, thickness, centered=(True, True, False)).edges().fillet(2)
for i in range(holes):
    x = -width / 2 + 10 + (i * (width - 20)) / (holes - 1)
    plate = plate.cut(cq.Workplane("XY").center(x, 0).circle(3).extrude(thickness * 3).translate((0, 0, -thickness)))
boss = cq.Workplane("XY", origin=(0, 0, thickness)).circle(8).extrude(20).cut(cq.Workplane("XY").circle(4).extrude(30))
show_object(plate, name="plate")
show_object(boss, name="boss")
`;

const RUNS = 15;

async function medianBuildMs(kernel: Kernel, source: string): Promise<{ ms: number; volume: number }> {
  const times: number[] = [];
  let volume = 0;
  for (let i = 0; i < RUNS + 2; i++) {
    const t0 = performance.now();
    const outcome = await buildModel(kernel, source);
    const elapsed = performance.now() - t0;
    if (!outcome.ok) throw new Error(`a bench fixture does not build: ${outcome.error.message}`);
    volume = outcome.model.parts.reduce((sum, p) => sum + (p.measured?.volume ?? 0), 0);
    outcome.model.dispose();
    if (i >= 2) times.push(elapsed);
  }
  return { ms: median(times), volume };
}

/**
 * Python's cold start in this process (Pyodide and our modules, what the first CadQuery build of
 * a thread pays once), then the same model built from CadQuery and from replicad code.
 */
export async function cadqueryFigures(kernel: Kernel): Promise<Figure[]> {
  const started = performance.now();
  await kernel.python();
  const coldMs = performance.now() - started;
  const python = await medianBuildMs(kernel, CADQUERY_FIXTURE_MODEL);
  const replicad = await medianBuildMs(kernel, FIXTURE_MODEL);
  if (Math.abs(python.volume - replicad.volume) > 1e-6 * replicad.volume) {
    throw new Error(`the CadQuery fixture is not the replicad fixture: ${python.volume} mm3 against ${replicad.volume} mm3`);
  }
  return [
    { group: "cadquery", label: "Pyodide cold start in Node (Python + our cadquery module, once a thread)", value: coldMs, unit: "ms" },
    { group: "cadquery", label: "fixture model build from CadQuery (plate + boss, fillet, 5 cuts)", value: python.ms, unit: "ms", note: `median of ${RUNS} after 2 warm-up` },
    { group: "cadquery", label: "the same model from replicad code", value: replicad.ms, unit: "ms", note: `median of ${RUNS} after 2 warm-up` },
    {
      group: "cadquery",
      label: "CadQuery build minus replicad build of the same model",
      value: python.ms - replicad.ms,
      unit: "ms",
      target: { max: 40, source: "issue 14 (edit-to-reward within 40 ms of replicad; this is the build's share)" },
    },
  ];
}
