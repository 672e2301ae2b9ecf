import type { Kernel } from "./loadKernel";
import { BuildError, type BuildFailure } from "./failure";
import { classifyRuntimeError, compileUserCode, type CompiledProgram, type Instance, type Params, type UserConsole } from "./compileUserCode";
import type { BuiltPart } from "./normaliseResult";
import type { NonSolidItem } from "./nonSolid";
import { WasmScope } from "./wasmScope";
import { RealmGuard, type RealmCheck } from "./realmGuard";
import { locateInUserCode, withInsertions } from "./sourceLocation";
import { collectStrayRejections, settleQueuedWork } from "./strayRejections";
import { DEFAULT_WORK_BUDGET } from "../model/limits";
import { builtOutcome, checkedParts, failedOutcome, isShape3D } from "./buildOutcome";
import { buildPythonModel, type PythonProgram } from "./buildPythonModel";
import { resolveLanguage } from "../model/detectLanguage";
import type { LanguageChoice } from "../model/codeLanguage";
import type { LogEntry } from "../model/logEntry";

export type { LogEntry } from "../model/logEntry";

/** A successful build. Its WASM objects live until `dispose()`. */
export interface BuiltModel {
  program: CompiledProgram | PythonProgram;
  /** The solids: what is scored and exported. Empty when main returned only non-solids. */
  parts: BuiltPart[];
  /** Drawings, sketches, faces, wires, edges and 3D shapes without a solid: drawn, never scored. */
  nonSolids: NonSolidItem[];
  defaultParams: Params;
  params: Params;
  logs: LogEntry[];
  buildMs: number;
  /** Replicad calls the program made: the same on every run, unlike `buildMs`. */
  operationCount: number;
  /** Work the program did, in the budget's units (see `workMeter.ts`): the same on every run and under any load. */
  workUnits: number;
  dispose(): void;
}

export type BuildOutcome =
  | { ok: true; model: BuiltModel }
  | { ok: false; error: BuildError; defaultParams: Params | null; logs: LogEntry[]; buildMs: number };

const MAX_LOG_ENTRIES = 500;
const MAX_LOG_TEXT = 2000;

const exportNames = new WeakMap<object, Set<string>>();

function namesOf(api: object): Set<string> {
  let names = exportNames.get(api);
  if (!names) exportNames.set(api, (names = new Set(Object.keys(api))));
  return names;
}


/**
 * Compiles and runs user code, then checks that every part is a real solid (finite, non-zero
 * volume); what is not a solid (a drawing, a wire, a shell...) is kept beside the parts, to be
 * drawn and not scored. Never throws: every failure comes back classified and located.
 */
export async function buildModel(
  kernel: Kernel,
  source: string,
  overrides: Partial<Params> = {},
  budget = DEFAULT_WORK_BUDGET,
  language: LanguageChoice = "auto",
): Promise<BuildOutcome> {
  if (resolveLanguage(source, language) === "python") return buildPythonModel(kernel, source, overrides, budget);
  const started = performance.now();
  const logs: LogEntry[] = [];
  const userConsole = captureConsole(logs);
  collectStrayRejections(logs);
  const scope = new WasmScope();
  let defaultParams: Params | null = null;

  try {
    const program = compileUserCode(source, namesOf(kernel.api));
    logs.push(...program.warnings);
    // Before the realm guard's snapshot: the first font read brings the font library's prototypes to watch.
    await kernel.fonts.begin(program.usesText, userConsole.warn);
    const operationsBefore = kernel.operations.count;
    const guard = new RealmGuard([...replicadPrototypes(kernel.api), ...kernel.fonts.prototypes()]);
    let workUnits = 0;
    let operationCount = 0;
    const { parts, nonSolids, params, defaults } = await scope.collect(async () => {
      const libraries = await kernel.libraries.instantiate(program.libraries, kernel.api);
      const work = kernel.work;
      work.start(budget);
      let run: { defaults: Params; value: unknown };
      try {
        run = await withInsertions(program.insertions, async () => {
          let instance: Instance;
          try {
            instance = program.instantiate(kernel.api, userConsole, work.step, libraries);
          } finally {
            refuseTampering(guard.restore());
          }
          defaultParams = instance.defaultParams;
          try {
            return { defaults: instance.defaultParams, value: await instance.call(mergeParams(instance.defaultParams, overrides)) };
          } catch (error) {
            const failure = classifyRuntimeError(error).failure;
            const hint = instance.hint(failure.message);
            throw new BuildError(hint ? { ...failure, message: failure.message + hint } : failure);
          } finally {
            refuseTampering(guard.restore());
          }
        });
        // Counted before the wait below: other tasks may run in it (the engine's finalizers, at
        // moments that depend on the machine's load), and what they do is not this build's work.
        operationCount = kernel.operations.count - operationsBefore;
        workUnits = work.used;
        work.stop();
        // Promises the code left running fail now, into this build's console.
        await settleQueuedWork();
        refuseTampering(guard.restore(), true);
      } catch (error) {
        // Code that caught the budget's error and failed some other way ran out of budget all the same.
        throw work.exhausted ?? error;
      } finally {
        work.stop();
      }
      // Code that caught the budget's error and returned a shape is stopped too.
      if (work.exhausted) throw work.exhausted;
      const { defaults, value } = run;
      return { ...checkedParts(value, kernel), params: mergeParams(defaults, overrides), defaults };
    });
    return builtOutcome({ program, parts, nonSolids, defaultParams: defaults, params, logs, operationCount, workUnits }, scope, started);
  } catch (error) {
    return failedOutcome(error, scope, defaultParams, logs, started);
  }
}

let poisoned = false;

/**
 * True once user code changed the realm in a way that could not be undone (say, froze
 * `Object.prototype`). Whoever owns the realm (page worker, Node thread) must then replace it.
 */
export function isRealmPoisoned(): boolean {
  return poisoned;
}

/** Marks the realm for replacement: a change was found that nothing here can undo. */
export function poisonRealm(): void {
  poisoned = true;
}

export function refuseTampering(check: RealmCheck, deferred = false): void {
  if (check.poisoned) poisoned = true;
  if (wasTampered(check)) throw new BuildError(tamperingFailure(check, deferred));
}

/** True when the code changed built-ins, replicad or Python's shared state. */
export function wasTampered(check: RealmCheck): boolean {
  return check.tampered.length > 0 || (check.python?.length ?? 0) > 0;
}

/**
 * The failure of code that changed built-ins or replicad (undone), or Python's shared state (its
 * realm is replaced); `deferred`: found after `main` returned, from work it left queued.
 */
export function tamperingFailure(check: RealmCheck, deferred: boolean): BuildFailure {
  if (check.tampered.length === 0 && check.python?.length) {
    return kernelFailure(`the code changed Python's shared state (${listed(check.python)}); a build may not modify it, and the interpreter is replaced before the next build`);
  }
  const names = listed(check.tampered);
  return kernelFailure(
    deferred
      ? `the code changed built-in objects or replicad after its build had returned (${names}), from work it left queued; a build may not modify them, and the changes were undone`
      : `the code changed built-in objects or replicad (${names}); a build may not modify them, and the changes were undone`,
  );
}

/** The failure of a build refused because an earlier candidate changed Python's shared state (`names`). */
export function earlierPythonChangesFailure(names: string[]): BuildFailure {
  return kernelFailure(`an earlier candidate changed Python's shared state (${listed(names)}), so this interpreter can build nothing more; its realm must be replaced`);
}

function kernelFailure(message: string): BuildFailure {
  return { class: "kernel_error", message, line: null, column: null, operation: null };
}

function listed(names: string[]): string {
  return names.slice(0, 5).join(", ") + (names.length > 5 ? `, and ${names.length - 5} more` : "");
}

const prototypesOf = new WeakMap<object, [string, object][]>();

/** replicad's classes and their prototype chains: user code could patch a method for the next build. */
export function replicadPrototypes(api: object): [string, object][] {
  let list = prototypesOf.get(api);
  if (list) return list;
  list = [];
  const seen = new Set<object>();
  for (const [name, value] of Object.entries(api)) {
    if (typeof value !== "function" || !value.prototype) continue;
    list.push([`replicad.${name}`, value]);
    for (let p: object | null = value.prototype; p && p !== Object.prototype && !seen.has(p); p = Object.getPrototypeOf(p)) {
      seen.add(p);
      list.push([`replicad.${(p as { constructor?: { name?: string } }).constructor?.name ?? name}.prototype`, p]);
    }
  }
  prototypesOf.set(api, list);
  return list;
}

/** Only known parameters, and only with the type their default has. */
export function mergeParams(defaults: Params, overrides: Partial<Params>): Params {
  const params: Params = { ...defaults };
  for (const [key, value] of Object.entries(overrides)) {
    if (key in defaults && value !== undefined && typeof value === typeof defaults[key]) params[key] = value;
  }
  return params;
}

function captureConsole(logs: LogEntry[]): UserConsole {
  const push = (level: LogEntry["level"]) => (...args: unknown[]) => {
    if (logs.length >= MAX_LOG_ENTRIES) return;
    const text = args.map(formatLogValue).join(" ").slice(0, MAX_LOG_TEXT);
    logs.push({ level, text, line: locateInUserCode(new Error().stack)?.line ?? null });
  };
  return { log: push("log"), info: push("info"), warn: push("warn"), error: push("error"), debug: push("debug") };
}

function formatLogValue(value: unknown): string {
  if (typeof value === "string") return value;
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (value && typeof value === "object" && isShape3D(value)) return `[${value.constructor.name}]`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
