import opencascade from "replicad-opencascadejs";
import * as replicad from "replicad";
import { instrumentReplicad, type OperationCounter, type UserReplicad } from "./instrumentReplicad";
import { installPortableMath } from "./portableMath/portableMath";
import type { WorkMeter } from "./workMeter";
import type { KernelFiles } from "./kernelFiles";
import { BuildFonts } from "./text/buildFonts";
import { HelperLibraryModules } from "./libraries/helperLibraryModules";
import type { PythonRuntime } from "../cadquery/pythonRuntime";
import type { PythonFiles } from "../cadquery/pythonFiles";
import { isValidShape } from "./shapeValidity";

/** The initialised OpenCascade module (typed loosely: its own .d.ts is 20k lines of bindings we barely touch). */
export type OpenCascade = Awaited<ReturnType<typeof opencascade>> & {
  getExceptionMessage(e: unknown): [string, string];
  wasmMemory?: WebAssembly.Memory;
};

export interface Kernel {
  oc: OpenCascade;
  /** What user code sees as `replicad`: the real module with kernel errors turned into located JS errors. */
  api: UserReplicad;
  /** Counts the replicad calls user code makes; `buildModel` reads it per build. */
  operations: OperationCounter;
  /** Counts a build's work against its budget; `buildModel` starts it per build. */
  work: WorkMeter;
  /** The fonts each build sees through replicad's text functions; `buildModel` starts them per build. */
  fonts: BuildFonts;
  /** The bundled helper libraries, instantiated per build against `api`. */
  libraries: HelperLibraryModules;
  /** Python with our CadQuery module, loaded by the first Python build (never for replicad-only use). */
  python(): Promise<PythonRuntime>;
  /** What candidates changed of Python's shared state (`PythonRuntime.changes`); empty while Python is not loaded. */
  pythonChanges(): string[];
  initMs: number;
}

let loading: Promise<Kernel> | null = null;

/**
 * Loads the WASM kernel once per realm (page worker, Node worker thread or test process).
 * `wasmLocation` is a URL in the browser (Vite `?url` import) and a file path in Node; `files`
 * reads the default font and the helper libraries when a build first needs them. A page can
 * start the 23 MB download before the kernel's own code has loaded and hand the response over as
 * `download`; it is then compiled as it streams in.
 */
export function loadKernel(wasmLocation: string, files: KernelFiles, download?: Promise<Response>): Promise<Kernel> {
  loading ??= (async () => {
    const started = performance.now();
    // Before any replicad or candidate code runs, so every realm computes the same last bits.
    installPortableMath();
    const streaming = download && {
      instantiateWasm(imports: WebAssembly.Imports, done: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void) {
        void WebAssembly.instantiateStreaming(download, imports).then(({ instance, module }) => done(instance, module));
        return {};
      },
    };
    const oc = (await opencascade({
      ...streaming,
      locateFile: () => wasmLocation,
      // STEP export prints transfer statistics; they are noise in a console pane and in CLI output.
      print: () => {},
      printErr: () => {},
    } as Parameters<typeof opencascade>[0])) as OpenCascade;
    replicad.setOC(oc);
    const fonts = new BuildFonts(replicad, files);
    const { api, operations, work } = instrumentReplicad({ ...replicad, ...fonts.functions }, oc);
    let runtime: PythonRuntime | null = null;
    const python = async () => {
      if (!files.python) throw new Error("Python (CadQuery) candidates cannot be built here yet: this kernel was loaded without Python's files");
      return (runtime = await startPython(files.python, api));
    };
    const pythonChanges = () => runtime?.changes() ?? [];
    return { oc, api, operations, work, fonts, libraries: new HelperLibraryModules(files), python, pythonChanges, initMs: performance.now() - started };
  })();
  return loading;
}

/** The CadQuery front end, imported with the first Python build: replicad-only code never loads it. */
async function startPython(files: PythonFiles, api: UserReplicad): Promise<PythonRuntime> {
  const [{ loadPythonRuntime }, { makeCadQueryBridge }] = await Promise.all([import("../cadquery/pythonRuntime"), import("../cadquery/bridge/cadqueryBridge")]);
  return loadPythonRuntime(files, makeCadQueryBridge(api, { isValid: isValidShape }));
}

/** Bytes the WASM heap holds now. It never shrinks, which is why workers are recycled past a threshold. */
export function heapBytes(oc: OpenCascade): number {
  return oc.wasmMemory?.buffer.byteLength ?? 0;
}
