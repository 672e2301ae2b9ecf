import { createRequire } from "node:module";
import { readFile } from "node:fs/promises";
import type { KernelFiles } from "./kernelFiles";
import type { HelperLibraryName } from "./libraries/helperLibraries";
import { nodePythonFiles } from "../cadquery/nodePythonFiles";

const require = createRequire(import.meta.url);

/** The default font: Roboto Regular (SIL Open Font License 1.1), a TTF that replicad's font reader takes. */
export const DEFAULT_FONT_MODULE = "@expo-google-fonts/roboto/400Regular/Roboto_400Regular.ttf";

/** Each helper library's ES build, which imports nothing but "replicad". */
export const HELPER_LIBRARY_MODULES: Record<HelperLibraryName, string> = {
  "replicad-decorate": "replicad-decorate/dist/es/replicad-decorate.js",
  "replicad-threads": "replicad-threads/dist/es/replicad-threads.js",
};

/**
 * Node reads the kernel's files from the installed packages. A font URL is refused: candidates
 * scored in Node reach no network and no file by name; they pass bytes or a `data:` URL.
 */
export const nodeKernelFiles: KernelFiles = {
  defaultFont: async () => bufferOf(await readFile(require.resolve(DEFAULT_FONT_MODULE))),
  fontFile: async (url) => {
    throw new Error(`loadFont("${url}") is refused: in Node CAD code reaches no network or file; pass the font's bytes (an ArrayBuffer) or a data: URL`);
  },
  librarySource: (name) => readFile(require.resolve(HELPER_LIBRARY_MODULES[name]), "utf8"),
  python: nodePythonFiles,
};

function bufferOf(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
