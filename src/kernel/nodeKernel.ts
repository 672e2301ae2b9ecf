import { createRequire } from "node:module";
import { loadKernel, type Kernel } from "./loadKernel";
import { nodeKernelFiles } from "./nodeKernelFiles";

const require = createRequire(import.meta.url);

/** Node's way to the same kernel: the WASM, the default font and the helper libraries are files of their packages, not URLs. */
export function loadNodeKernel(): Promise<Kernel> {
  return loadKernel(require.resolve("replicad-opencascadejs/wasm"), nodeKernelFiles);
}
