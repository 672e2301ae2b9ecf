import { BuildError } from "./failure";

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
  call(replicad: unknown, params: unknown): unknown;
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
  if (typeof byDefault === "function") {
    return { declaredParams, call: (_replicad, params) => byDefault(declaredParams === undefined ? undefined : params) };
  }
  const named = top.form === "module" ? (top.exports.main ?? top.main) : top.main;
  if (typeof named === "function") return { declaredParams, call: (replicad, params) => named(replicad, params) };
  throw new BuildError({
    class: "missing_main",
    message:
      top.form === "module"
        ? "no main function: add `export default function main(params) { ... }` or `export function main(replicad, params) { ... }`"
        : "no main function: add `const main = (r, params) => { ... }` that returns a shape",
  });
}
