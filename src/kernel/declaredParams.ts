import { BuildError } from "./failure";
import type { Params } from "../model/params";

/** What `defaultParams` declares: the scalars the page can edit, and the whole object for `main`. */
export interface DeclaredParams {
  /** Number, string and boolean entries: what the params panel, share links and the scorer handle. */
  scalars: Params;
  /** `main`'s parameters: the declared object with `values` (scalars) over it; anything else in it, nested objects included, as declared. */
  forMain(values: Params): unknown;
}

export function readDeclaredParams(declared: unknown): DeclaredParams {
  if (declared === undefined || declared === null) return { scalars: {}, forMain: (values) => values };
  if (typeof declared !== "object" || Array.isArray(declared)) {
    throw new BuildError({ class: "invalid_return", message: "defaultParams must be an object" });
  }
  const scalars: Params = {};
  for (const [key, value] of Object.entries(declared)) {
    if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") scalars[key] = value;
  }
  return { scalars, forMain: (values) => ({ ...declared, ...values }) };
}
