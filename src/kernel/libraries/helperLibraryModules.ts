import { transform } from "sucrase";
import type { KernelFiles } from "../kernelFiles";
import type { UserReplicad } from "../instrumentReplicad";
import type { HelperLibraryName } from "./helperLibraries";
import { withLegacyOverloads } from "./legacyOverloads";

// Captured when the kernel loads: a worker's lockdown later refuses code from strings that
// mentions `import`, and these libraries do (their own `import` of replicad, xmldom's `importNode`).
const FunctionConstructor = Function;

/**
 * Runs the bundled helper libraries against the build's own replicad, the instrumented one user
 * code gets (its kernel handle seen through `withLegacyOverloads`), so their replicad calls count as the build's operations and work and the objects
 * they make are freed with the build. Sources are read and compiled once per realm; each build
 * gets fresh module instances, so nothing a candidate does to a library reaches the next one.
 */
export class HelperLibraryModules {
  private readonly compiled = new Map<HelperLibraryName, Promise<(...args: unknown[]) => void>>();

  constructor(private readonly files: KernelFiles) {}

  /** The exports of each library, instantiated for one build. */
  async instantiate(names: readonly HelperLibraryName[], replicad: UserReplicad): Promise<Map<string, object>> {
    const modules = new Map<string, object>();
    const libraryReplicad = Object.freeze({ ...replicad, getOC: () => withLegacyOverloads(replicad.getOC()) });
    for (const name of names) {
      const factory = await this.factory(name);
      const module = { exports: {} as Record<string, unknown> };
      const require = (id: string) => {
        if (id === "replicad") return libraryReplicad;
        throw new Error(`${name} imports "${id}", which is not bundled`);
      };
      factory(require, module.exports, module);
      modules.set(name, Object.freeze(module.exports));
    }
    return modules;
  }

  private factory(name: HelperLibraryName): Promise<(...args: unknown[]) => void> {
    let factory = this.compiled.get(name);
    if (!factory) {
      factory = this.files.librarySource(name).then((source) => {
        const code = transform(source, { transforms: ["imports"], production: true, disableESTransforms: true }).code;
        return new FunctionConstructor("require", "exports", "module", `${code}\n//# sourceURL=cadforge-library/${name}.js`) as (...args: unknown[]) => void;
      });
      // A failed read is not kept: the next build that needs the library tries again.
      factory.catch(() => this.compiled.delete(name));
      this.compiled.set(name, factory);
    }
    return factory;
  }
}
