import { afterEach, beforeAll } from "vitest";
import { buildModel, type BuildFailure, type BuiltModel, type Kernel, type Params } from "../../src/kernel/index";
import { loadNodeKernel } from "../../src/kernel/nodeKernel";

/**
 * For kernel tests: the real Node kernel, loaded once per file, and builds that are disposed
 * after each test. `build` expects success and `failure` a failure, each saying what came instead.
 */
export function kernelBuilds() {
  let kernel: Kernel;
  const built: BuiltModel[] = [];
  beforeAll(async () => {
    kernel = await loadNodeKernel();
  });
  afterEach(() => {
    for (const model of built.splice(0)) model.dispose();
  });
  return {
    kernel: () => kernel,
    async build(source: string, overrides: Partial<Params> = {}): Promise<BuiltModel> {
      const outcome = await buildModel(kernel, source, overrides);
      if (!outcome.ok) throw new Error(`expected a build, got ${JSON.stringify(outcome.error.failure)}`);
      built.push(outcome.model);
      return outcome.model;
    },
    async failure(source: string): Promise<BuildFailure> {
      const outcome = await buildModel(kernel, source);
      if (outcome.ok) {
        outcome.model.dispose();
        throw new Error("expected the build to fail");
      }
      return outcome.error.failure;
    },
    /** Disposes a model now, before the test ends. */
    dispose(model: BuiltModel): void {
      built.splice(built.indexOf(model), 1);
      model.dispose();
    },
  };
}
