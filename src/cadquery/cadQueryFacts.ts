import { measureVolume } from "replicad";
import type { Kernel } from "../kernel";
import { buildModel } from "../kernel";

/**
 * Builds a CadQuery program for the ground-truth tests (with `import cadquery as cq` and
 * `from cadquery import Workplane, Plane` before it) and returns what it printed as `key value`
 * lines, numbers parsed, plus `volume`: the summed volume of its parts. A failed build throws
 * its class, message and line.
 */
export async function cadQueryFacts(kernel: Kernel, body: string): Promise<Record<string, number>> {
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
