import { BuildError } from "./failure";
import { watchFirstArgument, type FirstArgumentWatch } from "./firstArgumentWatch";

/** What the user's program left at its top level and in its exports. */
export interface ProgramTop {
  form: "script" | "module";
  exports: Record<string, unknown>;
  main?: unknown;
  defaultParams?: unknown;
}

/** `main` with the arguments replicad's studio gives it. */
export interface EntryPoint {
  /** The `defaultParams` object as the code declared it, or undefined when it declares none. */
  declaredParams: unknown;
  call(replicad: object, params: unknown): unknown;
  /** What to add to the message of a failure the last call threw, when main took its first argument for the other one. */
  hint(message: string): string | null;
}

/**
 * The studio's rules: a default export gets the parameters alone (undefined when the code
 * declares none, so a default parameter value in its signature applies); a named `main` export,
 * and `main` in the script form, get the replicad module first and the parameters second. A
 * module that does not export its `main` would fail in the studio; here it runs as a named one.
 */
export function findEntryPoint(top: ProgramTop): EntryPoint {
  const declaredParams = top.form === "module" ? (top.exports.defaultParams ?? top.defaultParams) : top.defaultParams;
  const byDefault = top.form === "module" ? top.exports.default : undefined;
  const named = top.form === "module" ? (top.exports.main ?? top.main) : top.main;
  let watch: FirstArgumentWatch | null = null;
  const hint = (message: string) => watch?.hint(message) ?? null;
  if (typeof byDefault === "function") {
    return {
      declaredParams,
      call(replicad, params) {
        watch = watchFirstArgument("params", replicad, declaredParams === undefined ? undefined : params);
        return byDefault(watch.params);
      },
      hint,
    };
  }
  if (typeof named === "function") {
    return {
      declaredParams,
      call(replicad, params) {
        watch = watchFirstArgument("replicad", replicad, params);
        return named(watch.replicad, watch.params);
      },
      hint,
    };
  }
  throw new BuildError({
    class: "missing_main",
    message:
      top.form === "module"
        ? "no main function: add `export default function main(params) { ... }` or `export function main(replicad, params) { ... }`"
        : "no main function: add `const main = (r, params) => { ... }` that returns a shape",
  });
}
