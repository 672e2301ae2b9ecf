import { measureVolume } from "replicad";
import type { Kernel } from "../kernel";
import { buildModel } from "../kernel";

/**
 * Builds a CadQuery program (`cadquery as cq`, `Workplane` and `Plane` imported) on the real
 * kernel and answers what it printed as `key value` lines, numbers parsed, with `volume`: the
 * summed volume of its parts. The ground-truth tests compare these with CadQuery's own asserts.
 */
export async function cadqueryFacts(kernel: Kernel, body: string): Promise<Record<string, number>> {
  const outcome = await buildModel(kernel, `import cadquery as cq\nfrom cadquery import Workplane, Plane\n${body}`);
  if (!outcome.ok) throw new Error(`${outcome.error.failure.class}: ${outcome.error.failure.message} (line ${outcome.error.failure.line})`);
  try {
    const printed: Record<string, number> = {};
    for (const { text } of outcome.model.logs) {
      const [key, value] = text.split(" ");
      printed[key] = Number(value);
    }
    printed.volume = outcome.model.parts.reduce((sum, p) => sum + measureVolume(p.shape), 0);
    return printed;
  } finally {
    outcome.model.dispose();
  }
}
