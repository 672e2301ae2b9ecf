import { buildModel, type BuildFailure, type Kernel } from "../../src/kernel/index";

/** Builds `source` with the real kernel and returns how it failed; a build that succeeds fails the test. */
export async function buildFailureOf(kernel: Kernel, source: string, budget?: number): Promise<BuildFailure> {
  const outcome = await buildModel(kernel, source, {}, budget);
  if (outcome.ok) {
    outcome.model.dispose();
    throw new Error("expected the build to fail");
  }
  return outcome.error.failure;
}
