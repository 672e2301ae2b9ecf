import { measureVolume } from "replicad";
import type { Kernel } from "../kernel";
import { buildModel } from "../kernel";

/** What a ground-truth program showed: its `print("key", number)` lines, and its parts measured. */
export interface ProgramFacts {
  printed: Record<string, number>;
  volume: number;
  parts: { name: string | null; volume: number }[];
}

/**
 * Builds a CadQuery program on the real kernel (a failure is thrown with its class and line) and
 * answers what it printed as `key value` lines and the volume of each part it made.
 */
export async function programFacts(kernel: Kernel, source: string): Promise<ProgramFacts> {
  const outcome = await buildModel(kernel, source);
  if (!outcome.ok) throw new Error(`${outcome.error.failure.class}: ${outcome.error.failure.message} (line ${outcome.error.failure.line})`);
  try {
    const printed: Record<string, number> = {};
    for (const { text } of outcome.model.logs) {
      const [key, value] = text.split(" ");
      printed[key] = Number(value);
    }
    const parts = outcome.model.parts.map((p) => ({ name: p.name ?? null, volume: measureVolume(p.shape) }));
    return { printed, volume: parts.reduce((sum, p) => sum + p.volume, 0), parts };
  } finally {
    outcome.model.dispose();
  }
}

/**
 * The facts of a ground-truth body, run after `import cadquery as cq` and `from cadquery import
 * Workplane, Plane` as CadQuery's test modules import them: what it printed, and `volume`.
 */
export async function cadQueryFacts(kernel: Kernel, body: string): Promise<Record<string, number>> {
  const { printed, volume } = await programFacts(kernel, `import cadquery as cq\nfrom cadquery import Workplane, Plane\n${body}`);
  return { ...printed, volume };
}

/** The failure a program that must not build ends in (its class, message, line and operation). */
export async function programFailure(kernel: Kernel, source: string) {
  const outcome = await buildModel(kernel, source);
  if (outcome.ok) {
    outcome.model.dispose();
    throw new Error("the program built");
  }
  return outcome.error.failure;
}
