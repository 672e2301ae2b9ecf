import type { BuildFailure } from "../model/buildFailure";

export { FAILURE_CLASSES, type BuildFailure, type FailureClass } from "../model/buildFailure";

export class BuildError extends Error {
  readonly failure: BuildFailure;
  constructor(failure: Omit<BuildFailure, "line" | "column" | "operation"> & Partial<BuildFailure>) {
    super(failure.message);
    this.name = "BuildError";
    this.failure = { line: null, column: null, operation: null, ...failure };
  }
}
