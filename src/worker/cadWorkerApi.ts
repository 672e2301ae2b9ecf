import * as Comlink from "comlink";
import wasmUrl from "replicad-opencascadejs/wasm?url";
import manifoldWasmUrl from "manifold-3d/manifold.wasm?url";
import { type PartMesh } from "../model/partMesh";
import type { NonSolidMesh } from "../model/nonSolidMesh";
import { BuildError, buildModel, isRealmPoisoned, reportStrayRejection, exportSTEPFile, exportSTL, heapBytes, loadKernel, meshBuffers, meshModel, nonSolidBuffers, meshQualityFor, type BuildOutcome, type BuiltModel, type Kernel, type ModelMesh } from "../kernel";
import { RETIRING_MESSAGE, type BuildRequest, type BuildResponse, type CadWorkerApi, type ScoreRequest } from "./protocol";
import { prepareScoring, scoreCode, scoreLastBuild } from "./scoreLastBuild";
import { lockDownWorkerScope } from "./lockdown";
import { pageKernelFiles } from "./pageKernelFiles";
import { PYODIDE_FILE_URLS, pagePythonFiles } from "./pagePythonFiles";
import { resolveLanguage } from "../model/detectLanguage";
import { tamperingFailure, wasTampered } from "../kernel/buildModel";
import { runSettled } from "./settledRealmCheck";
import type { ScoreResult } from "../scorer/types";

/** The last successful build: what the viewer shows, what exports and scoring read. */
let current: BuiltModel | null = null;
/** The last build of any outcome, with its source: a failed build is scored as a failure. */
let last: { outcome: BuildOutcome; request: BuildRequest } | null = null;

/** The WASM download the worker entry started before this module loaded. */
let earlyDownload: Promise<Response> | undefined;
/** Ends this worker for good; see `afterUserCode`. */
let closeWorker: () => void = () => {};
/** The page's channel, for the one message sent outside Comlink (`RETIRING_MESSAGE`). */
let workerChannel: Comlink.Endpoint | null = null;
let locked: Promise<Kernel> | null = null;
/** The page's address, which `init` brings: the code's relative font URLs are relative to it. */
let pageUrl = self.location.href;
/** Read with the worker's own `fetch`, captured here before lockdown takes it away. */
const kernelFiles = { ...pageKernelFiles(fetch.bind(self), self.location.href, () => pageUrl), python: pagePythonFiles };

/**
 * The kernel, with the worker locked down before any user code can run. Manifold's WASM, which the
 * first score loads, is downloaded at lockdown and served from memory afterwards; Pyodide's files
 * are read only when the first Python candidate builds.
 */
const kernel = () =>
  (locked ??= loadKernel(wasmUrl, kernelFiles, earlyDownload).then((k) => {
    // A promise user code left failing is written to its build's console, as the studio only logs
    // it; registered before lockdown takes the worker's own listeners away.
    self.addEventListener("unhandledrejection", (event) => {
      event.preventDefault();
      reportStrayRejection(event.reason);
    });
    lockDownWorkerScope({ assets: [manifoldWasmUrl], onDemand: PYODIDE_FILE_URLS });
    return k;
  }));

// Captured before lockdown takes timers away.
const later = setTimeout;

/**
 * A realm the candidate damaged beyond repair (a frozen prototype) cannot score anyone else: the
 * worker says it is retiring (that message reaches the page before this call's answer), answers
 * the call, then closes itself; the page starts a fresh worker before its next call.
 */
function afterUserCode(poisoned: boolean): void {
  if (!poisoned && !isRealmPoisoned()) return;
  workerChannel?.postMessage(RETIRING_MESSAGE);
  later(closeWorker, 0);
}

/**
 * The kernel, with Python started first when the request is Python: Pyodide's start defines
 * globals of its own, which must be in place before the realm check takes its snapshot. A start
 * that fails is left to the build, which reports it as the candidate's failure.
 */
async function kernelFor(request: BuildRequest): Promise<Kernel> {
  const k = await kernel();
  if (resolveLanguage(request.code, request.language) === "python") await k.python().catch(() => undefined);
  return k;
}

/** Runs a score whose candidate code runs here; its queued work is checked once it has run. */
async function settledScore(k: Kernel, request: ScoreRequest, score: () => Promise<ScoreResult>): Promise<ScoreResult> {
  const started = performance.now();
  const { value, check } = await runSettled(k, score);
  afterUserCode(check.poisoned);
  if (!value.ok || !wasTampered(check)) return value;
  const { failureResult } = await import("../scorer/failureResult");
  return failureResult(request.task, tamperingFailure(check, true), request.mode, { build: performance.now() - started, score: 0 });
}

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
  async init(page) {
    pageUrl = page;
    return { initMs: (await kernel()).initMs, lifeLock: await lifeLock };
  },

  async build(request) {
    const k = await kernelFor(request);
    const { value: built, check } = await runSettled(k, () => buildModel(k, request.code, request.params ?? {}, request.budget, request.language));
    afterUserCode(check.poisoned);
    let outcome: BuildOutcome = built;
    if (built.ok && wasTampered(check)) {
      const { model } = built;
      model.dispose();
      outcome = { ok: false, error: new BuildError(tamperingFailure(check, true)), defaultParams: model.defaultParams, logs: model.logs, buildMs: model.buildMs };
    }
    if (!outcome.ok) {
      last = { outcome, request };
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
    let mesh: ModelMesh;
    try {
      mesh = meshModel(model);
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
    // The worker keeps its own tessellation for scoring this model; the page gets a copy to own.
    const parts = mesh.parts.map(copyPartMesh);
    const nonSolids = mesh.nonSolids.map(copyNonSolidMesh);

    if (current && current !== model) current.dispose();
    current = model;
    last = { outcome, request };
    const response: BuildResponse = {
      ok: true,
      parts,
      nonSolids,
      defaultParams: model.defaultParams,
      params: model.params,
      logs: model.logs,
      buildMs: model.buildMs,
      meshMs: mesh.meshMs,
      heapBytes: heapBytes(k.oc),
    };
    return Comlink.transfer(response, [...parts.flatMap(meshBuffers), ...nonSolids.flatMap(nonSolidBuffers)]);
  },

  async scoreBuild(request) {
    const k = await kernelFor(request);
    const built = last;
    // The worker holds that build unless it was replaced since (a restart or a recycle): then build again.
    if (built && built.request.code === request.code && built.request.language === request.language && sameParams(built.request.params, request.params)) {
      return settledScore(k, request, () => scoreLastBuild(k, request, built.outcome, built.request.code));
    }
    return settledScore(k, request, () => scoreCode(k, request));
  },

  async scoreCode(request) {
    const k = await kernelFor(request);
    return settledScore(k, request, () => scoreCode(k, request));
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

function sameParams(a: BuildRequest["params"], b: BuildRequest["params"]): boolean {
  const x = a ?? {}, y = b ?? {};
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((key) => Object.is(x[key], y[key]));
}

function copyPartMesh(mesh: PartMesh): PartMesh {
  return { ...mesh, positions: mesh.positions.slice(), normals: mesh.normals.slice(), indices: mesh.indices.slice(), faceGroups: mesh.faceGroups.slice(), edges: mesh.edges.slice(), edgeGroups: mesh.edgeGroups.slice() };
}

function copyNonSolidMesh(mesh: NonSolidMesh): NonSolidMesh {
  return { ...mesh, positions: mesh.positions.slice(), normals: mesh.normals.slice(), indices: mesh.indices.slice(), lines: mesh.lines.slice() };
}

/**
 * Starts answering the page through `channel` (the worker's own, captured before lockdown);
 * `download` is the kernel's WASM, already on its way; `close` ends the worker.
 */
export function exposeCadWorker(download: Promise<Response>, channel: Comlink.Endpoint, close: () => void): void {
  earlyDownload = download;
  closeWorker = close;
  workerChannel = channel;
  Comlink.expose(api, channel);
}
