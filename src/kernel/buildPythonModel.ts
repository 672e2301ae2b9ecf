import type { Kernel } from "./loadKernel";
import { BuildError, type BuildFailure, type FailureClass } from "./failure";
import { WasmScope } from "./wasmScope";
import { RealmGuard } from "./realmGuard";
import { builtOutcome, checkedParts, failedOutcome } from "./buildOutcome";
import { earlierPythonChangesFailure, mergeParams, poisonRealm, refuseTampering, replicadPrototypes, type BuildOutcome } from "./buildModel";
import type { Params } from "./compileUserCode";
import type { LogEntry } from "../model/logEntry";
import { FAILURE_CLASSES } from "../model/buildFailure";
import type { PythonEditability, PythonRuntime, RunAnswer } from "../cadquery/pythonRuntime";

/** A CadQuery candidate as built: what the scorer reads of its source, taken from Python's syntax tree. */
export interface PythonProgram {
  language: "python";
  editability: PythonEditability;
}

/**
 * Builds a CadQuery (Python) candidate the way `buildModel` builds replicad code: inside a
 * WasmScope, metered by the same work budget (every replicad call the bridge makes is counted),
 * inside the realm guard, its parts checked as solids. Never throws.
 */
export async function buildPythonModel(kernel: Kernel, source: string, overrides: Partial<Params>, budget: number): Promise<BuildOutcome> {
  const started = performance.now();
  const logs: LogEntry[] = [];
  const scope = new WasmScope();
  let defaultParams: Params | null = null;
  try {
    const python = await startPython(kernel);
    const earlier = python.changesBefore(source);
    if (earlier.length > 0) {
      poisonRealm();
      throw new BuildError(earlierPythonChangesFailure(earlier));
    }
    const guard = new RealmGuard([...replicadPrototypes(kernel.api), ...kernel.fonts.prototypes()]);
    const operationsBefore = python.operations.count;
    let operationCount = 0;
    let workUnits = 0;
    const built = await scope.collect(async () => {
      const work = kernel.work;
      work.start(budget);
      let answer: RunAnswer;
      try {
        try {
          answer = python.run(source, overrides, work.step);
        } finally {
          refuseTampering(guard.restore());
        }
        operationCount = python.operations.count - operationsBefore;
        workUnits = work.used;
      } catch (error) {
        throw work.exhausted ?? error;
      } finally {
        work.stop();
      }
      // The budget's error reached Python (in a step or a replicad call): the runner located it.
      if (work.exhausted) throw locatedIn(work.exhausted, answer);
      for (const [text, line] of answer.logs) logs.push({ level: "log", text, line });
      if (!answer.ok) throw new BuildError(failureOf(answer.failure));
      defaultParams = answer.defaults;
      const named = answer.parts.map(({ shape, name }) => (name ? { shape, name } : { shape }));
      return { ...checkedParts(named, kernel), defaults: answer.defaults, editability: answer.editability };
    });
    const { parts, nonSolids, defaults, editability } = built;
    const program: PythonProgram = { language: "python", editability };
    return builtOutcome({ program, parts, nonSolids, defaultParams: defaults, params: mergeParams(defaults, overrides), logs, operationCount, workUnits }, scope, started);
  } catch (error) {
    return failedOutcome(error, scope, defaultParams, logs, started);
  }
}

/** The budget's failure at the Python line where the runner saw it stop. */
function locatedIn(exhausted: BuildError, answer: RunAnswer): BuildError {
  if (answer.ok) return exhausted;
  return new BuildError({ ...exhausted.failure, line: answer.failure.line ?? null, column: answer.failure.column ?? null });
}

async function startPython(kernel: Kernel): Promise<PythonRuntime> {
  try {
    return await kernel.python();
  } catch (error) {
    throw new BuildError({ class: "kernel_error", message: `Python could not be started: ${(error as Error)?.message ?? error}` });
  }
}

/** The runner's failure as a build failure; a class it cannot name is the kernel's. */
function failureOf(failure: RunAnswer extends infer A ? (A extends { ok: false; failure: infer F } ? F : never) : never): BuildFailure {
  const known = (FAILURE_CLASSES as readonly string[]).includes(failure.class);
  return {
    class: (known ? failure.class : "kernel_error") as FailureClass,
    message: failure.message,
    line: failure.line ?? null,
    column: failure.column ?? null,
    operation: failure.operation ?? null,
  };
}
