import * as replicad from "replicad";
import type { Shape3D } from "replicad";
import type { BuildOutcome, BuiltModel } from "./buildModel";
import { classifyRuntimeError, type Params } from "./compileUserCode";
import { checkSolid } from "./checkSolid";
import type { Kernel } from "./loadKernel";
import { normaliseResult, type NormalisedResult } from "./normaliseResult";
import type { WasmScope } from "./wasmScope";
import type { LogEntry } from "../model/logEntry";

export function isShape3D(value: unknown): value is Shape3D {
  return value instanceof replicad._3DShape;
}

/** What a program returned, as parts checked to be solids and non-solids to draw; runs inside the build's scope. */
export function checkedParts(value: unknown, kernel: Kernel): NormalisedResult {
  const result = normaliseResult(value, isShape3D);
  for (const part of result.parts) checkSolid(part, kernel);
  return result;
}

/** A build that succeeded, in either language: its objects live until `dispose()` frees the scope. */
export function builtOutcome(model: Omit<BuiltModel, "buildMs" | "dispose">, scope: WasmScope, started: number): BuildOutcome {
  return { ok: true, model: { ...model, buildMs: performance.now() - started, dispose: () => scope.dispose() } };
}

/** A build that failed, in either language: what it made is freed now. */
export function failedOutcome(error: unknown, scope: WasmScope, defaultParams: Params | null, logs: LogEntry[], started: number): BuildOutcome {
  scope.dispose();
  return { ok: false, error: classifyRuntimeError(error), defaultParams, logs, buildMs: performance.now() - started };
}
