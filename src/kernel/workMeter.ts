import { BuildError } from "./failure";
import { locateInUserCode } from "./sourceLocation";

/**
 * What work costs, in units chosen so that one unit is about a millisecond of a quiet machine's
 * build (median over the bundled designs: 0.8 ms; `npm run bench` prints the spread):
 * - `call`: any replicad call the user's code makes;
 * - `face`: each B-rep face going into or coming out of a heavy call (booleans, fillets, sweeps:
 *   the kernel's cost grows with the faces it intersects, a move or a box costs nothing like it);
 * - `step`: one turn of a loop or one function call in the user's own code.
 */
export const WORK_COSTS = { call: 0.5, face: 2, step: 0.001 } as const;

/** Replicad operations whose cost grows with the faces they work on. */
export const HEAVY_OPERATIONS: ReadonlySet<string> = new Set([
  "cut",
  "fuse",
  "intersect",
  "fuseAll",
  "cutAll",
  "fillet",
  "chamfer",
  "shell",
  "draft",
  "makeOffset",
  "loft",
  "extrude",
  "twistExtrude",
  "revolve",
  "sweepSketch",
  "mesh",
  "meshEdges",
  "blobSTL",
  "blobSTEP",
]);

/**
 * Counts a build's work against its budget. Counting, not timing: the same code does the same
 * work on a quiet machine and on one whose cores are taken four times over, in the page and in
 * Node, so it is stopped at the same point with the same result. What no count can see (one
 * kernel call that runs for minutes, a native method looping inside V8) is left to the
 * wall-clock backstop of whoever runs the build.
 */
export class WorkMeter {
  /** False only to measure what the counting itself costs (`npm run bench`): then nothing is counted or stopped. */
  accounting = true;
  private budget = Infinity;
  private kernelUnits = 0;
  private steps = 0;
  private stepLimit = Infinity;
  private overrun: BuildError | null = null;
  private counting = false;

  /** Starts counting a build from zero. */
  start(budget: number): void {
    this.budget = budget;
    this.kernelUnits = 0;
    this.steps = 0;
    this.stepLimit = budget / WORK_COSTS.step;
    this.overrun = null;
    this.counting = this.accounting;
    if (!this.accounting) this.stepLimit = Infinity;
  }

  /** Stops counting: what runs after the user's code (checks, meshing, scoring) is not the user's work. */
  stop(): void {
    this.counting = false;
    this.stepLimit = Infinity;
  }

  /** Whether a build is being counted; the kernel's wrappers skip measuring faces otherwise. */
  get active(): boolean {
    return this.counting;
  }

  /** Units used since `start`. */
  get used(): number {
    return this.kernelUnits + this.steps * WORK_COSTS.step;
  }

  /** The failure of the build once it went past its budget, even if its code caught the error. */
  get exhausted(): BuildError | null {
    return this.overrun;
  }

  /** A loop turn or a function call of the user's code: the hot path, one add and one compare. */
  step = (): void => {
    if (++this.steps > this.stepLimit) this.fail();
  };

  /** A replicad call, charged once it returns (or fails). */
  charge(units: number): void {
    if (!this.counting) return;
    this.kernelUnits += units;
    this.stepLimit = (this.budget - this.kernelUnits) / WORK_COSTS.step;
    if (this.steps > this.stepLimit) this.fail();
  }

  private fail(): never {
    const at = locateInUserCode(new Error().stack);
    this.overrun ??= new BuildError({
      class: "timeout",
      wall_clock: false,
      message: `the build used up its work budget of ${this.budget} units and was stopped${at ? ` at line ${at.line}` : ""}: loop turns, function calls and kernel operations count (README, "Work budget")`,
      line: at?.line ?? null,
      column: at?.column ?? null,
    });
    throw this.overrun;
  }
}
