import * as Comlink from "comlink";
import wasmUrl from "replicad-opencascadejs/wasm?url";
import {
  buildModel,
  exportSTEPFile,
  exportSTL,
  heapBytes,
  loadKernel,
  meshBuffers,
  meshPart,
  meshQualityFor,
  type BuildOutcome,
  type BuiltModel,
  type PartMesh,
} from "../kernel";
import type { BuildResponse, CadWorkerApi } from "./protocol";
import { prepareScoring, scoreCode, scoreLastBuild } from "./scoreLastBuild";

/** The last successful build: what the viewer shows, what exports and scoring read. */
let current: BuiltModel | null = null;
/** The last build of any outcome, with its source: a failed build is scored as a failure. */
let last: { outcome: BuildOutcome; source: string } | null = null;

/** The WASM download the worker entry started before this module loaded. */
let earlyDownload: Promise<Response> | undefined;
const kernel = () => loadKernel(wasmUrl, earlyDownload);

/** Held until this worker ends, however it ends; see `CadWorkerApi.init`. */
function holdLifeLock(): Promise<string | null> {
  if (!navigator.locks) return Promise.resolve(null);
  const name = `cadforge-worker-${crypto.randomUUID()}`;
  return new Promise((granted) => {
    void navigator.locks.request(name, () => {
      granted(name);
      return new Promise<never>(() => {});
    });
  });
}
const lifeLock = holdLifeLock();

const api: CadWorkerApi = {
  async init() {
    return { initMs: (await kernel()).initMs, lifeLock: await lifeLock };
  },

  async build(request) {
    const k = await kernel();
    const outcome = await buildModel(k, request.code, request.params ?? {});
    if (!outcome.ok) {
      last = { outcome, source: request.code };
      const failed: BuildResponse = {
        ok: false,
        failure: outcome.error.failure,
        defaultParams: outcome.defaultParams,
        logs: outcome.logs,
        buildMs: outcome.buildMs,
        heapBytes: heapBytes(k.oc),
      };
      return failed;
    }

    const model = outcome.model;
    const meshStarted = performance.now();
    let parts: PartMesh[];
    try {
      const quality = meshQualityFor(model.parts);
      parts = model.parts.map((part) => meshPart(part, quality));
    } catch (error) {
      model.dispose();
      const failed: BuildResponse = {
        ok: false,
        failure: { class: "kernel_error", message: `meshing failed: ${(error as Error).message ?? error}`, line: null, column: null, operation: "mesh" },
        defaultParams: model.defaultParams,
        logs: model.logs,
        buildMs: model.buildMs,
        heapBytes: heapBytes(k.oc),
      };
      return failed;
    }

    if (current && current !== model) current.dispose();
    current = model;
    last = { outcome, source: request.code };
    const response: BuildResponse = {
      ok: true,
      parts,
      defaultParams: model.defaultParams,
      params: model.params,
      logs: model.logs,
      buildMs: model.buildMs,
      meshMs: performance.now() - meshStarted,
      heapBytes: heapBytes(k.oc),
    };
    return Comlink.transfer(response, parts.flatMap(meshBuffers));
  },

  async score(request) {
    if (!last) throw new Error("nothing has been built yet: build before scoring");
    return scoreLastBuild(await kernel(), request, last.outcome, last.source);
  },

  async scoreCode(request) {
    return scoreCode(await kernel(), request);
  },

  async prepareScoring(request) {
    await prepareScoring(await kernel(), request);
  },

  async exportModel(format) {
    if (!current) throw new Error("no model to export: the code has not built successfully yet");
    const buffer = format === "stl" ? await exportSTL(current.parts, meshQualityFor(current.parts)) : await exportSTEPFile(current.parts);
    return Comlink.transfer(buffer, [buffer]);
  },

  async heapBytes() {
    return heapBytes((await kernel()).oc);
  },
};

/** Starts answering the page; `download` is the kernel's WASM, already on its way. */
export function exposeCadWorker(download: Promise<Response>): void {
  earlyDownload = download;
  Comlink.expose(api);
}
