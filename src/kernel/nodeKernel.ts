import { createRequire } from "node:module";
import { loadKernel, type Kernel } from "./loadKernel";

const require = createRequire(import.meta.url);

/** Node's way to the same kernel: the WASM is a file beside the package, not a URL. */
export function loadNodeKernel(): Promise<Kernel> {
  return loadKernel(require.resolve("replicad-opencascadejs/wasm"));
}
