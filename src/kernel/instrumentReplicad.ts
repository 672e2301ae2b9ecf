import type * as Replicad from "replicad";
import type { OpenCascade } from "./loadKernel";
import { HEAVY_OPERATIONS, WORK_COSTS, WorkMeter } from "./workMeter";

/** The replicad namespace as user code receives it. */
export type UserReplicad = typeof Replicad;

/**
 * Replicad calls the user made (outermost calls only, not replicad's calls to itself). A
 * deterministic measure of how much kernel work a program asks for, unlike its build time.
 */
export interface OperationCounter {
  count: number;
}

/** A failure raised inside a replicad call, tagged with the operation the user called. */
export class KernelCallError extends Error {
  operation: string;
  readonly kernelType: string | null;
  constructor(message: string, operation: string, kernelType: string | null, cause: unknown) {
    super(message, { cause });
    this.name = "KernelCallError";
    this.operation = operation;
    this.kernelType = kernelType;
  }
}

/**
 * NaN or an infinite number among the arguments of a user's replicad call (or inside a point
 * given as an array), described by position. The kernel would fail on it later with a message
 * that names neither the argument nor the value.
 */
function nonFiniteArgument(args: unknown[]): string | null {
  for (const [i, arg] of args.entries()) {
    if (typeof arg === "number" && !Number.isFinite(arg)) return `argument ${i + 1} is ${arg}`;
    if (Array.isArray(arg)) {
      const j = arg.findIndex((v) => typeof v === "number" && !Number.isFinite(v));
      if (j >= 0) return `argument ${i + 1} has ${arg[j]} at index ${j}`;
    }
  }
  return null;
}

function isClass(value: unknown): value is { prototype: object; name: string } {
  return typeof value === "function" && /^class[\s{]/.test(Function.prototype.toString.call(value));
}

/** A WASM-level C++ exception (or, in older builds, a raw pointer number) rather than a JS error. */
function isKernelException(error: unknown): boolean {
  // TypeScript's DOM lib does not declare WebAssembly.Exception yet; every engine we run on has it.
  const WasmException = (WebAssembly as unknown as { Exception?: new (...args: never[]) => unknown }).Exception;
  return (typeof WasmException === "function" && error instanceof WasmException) || typeof error === "number";
}

/**
 * Wraps every replicad function and class method so a failure names the operation the user called.
 * Only the outermost replicad frame decorates the error: replicad calls itself internally and the
 * user wrote the outer call. The decorated error is created there, so its stack reaches user code.
 */
export function instrumentReplicad(
  replicad: typeof Replicad,
  oc: OpenCascade,
): { api: UserReplicad; operations: OperationCounter; work: WorkMeter } {
  let depth = 0;
  const operations: OperationCounter = { count: 0 };
  const work = new WorkMeter();

  const decorate = (error: unknown, operation: string): unknown => {
    if (error instanceof KernelCallError) return error;
    if (isKernelException(error)) {
      let kernelType: string | null = null;
      let detail = "the kernel raised an exception";
      try {
        const [type, message] = oc.getExceptionMessage(error);
        kernelType = type || null;
        detail = [type, message].filter(Boolean).join(": ") || detail;
      } catch {
        // A pointer the kernel cannot decode still deserves the operation name below.
      }
      return new KernelCallError(`${operation} failed: ${detail}`, operation, kernelType, error);
    }
    // Errors replicad raises itself (plain Error) are kernel-side failures; JS type errors from a
    // user callback passed into replicad keep their own class and only gain the operation name.
    if (error instanceof Error && error.constructor === Error) {
      return new KernelCallError(`${operation} failed: ${error.message}`, operation, null, error);
    }
    return error;
  };

  /** B-rep faces of the shapes in `values` (arrays of shapes included), as the kernel lists them. */
  const facesOf = (values: unknown[]): number => {
    let faces = 0;
    for (const value of values) {
      if (Array.isArray(value)) faces += facesOf(value);
      else if (value instanceof replicad.Shape) {
        // A shape the user already deleted has no faces to count; the call itself will say so.
        try {
          const explorer = new oc.TopExp_Explorer(value.wrapped, oc.TopAbs_ShapeEnum.TopAbs_FACE as any, oc.TopAbs_ShapeEnum.TopAbs_SHAPE as any);
          for (; explorer.More(); explorer.Next()) faces++;
          explorer.delete();
        } catch {
          continue;
        }
      }
    }
    return faces;
  };

  const wrap = <F extends (...args: unknown[]) => unknown>(fn: F, operation: (self: unknown) => string, key: string): F =>
    function (this: unknown, ...args: unknown[]) {
      if (depth === 0) {
        operations.count++;
        const bad = nonFiniteArgument(args);
        if (bad) throw new KernelCallError(`${operation(this)} failed: ${bad}; sizes, positions and angles must be finite numbers`, operation(this), null, null);
      }
      const heavy = depth === 0 && work.active && HEAVY_OPERATIONS.has(key);
      const facesIn = heavy ? facesOf([this, ...args]) : 0;
      let result: unknown;
      depth++;
      try {
        result = fn.apply(this, args);
        return result;
      } catch (error) {
        throw depth === 1 ? decorate(error, operation(this)) : error;
      } finally {
        depth--;
        if (depth === 0) work.charge(WORK_COSTS.call + (heavy ? WORK_COSTS.face * (facesIn + facesOf([result])) : 0));
      }
    } as F;

  const patched = new WeakSet<object>();
  // Labelled by the receiver's class at failure time: a method defined on a shared base class
  // should read "Solid.fillet", not the base's internal name.
  const methodLabel = (key: string) => (self: unknown) =>
    `${(self as { constructor?: { name?: string } } | null)?.constructor?.name ?? "shape"}.${key}`;
  const patchPrototype = (proto: object) => {
    for (let p: object | null = proto; p && p !== Object.prototype && !patched.has(p); p = Object.getPrototypeOf(p)) {
      patched.add(p);
      for (const key of Object.getOwnPropertyNames(p)) {
        if (key === "constructor") continue;
        const descriptor = Object.getOwnPropertyDescriptor(p, key);
        if (!descriptor || typeof descriptor.value !== "function" || !descriptor.writable) continue;
        Object.defineProperty(p, key, { ...descriptor, value: wrap(descriptor.value, methodLabel(key), key) });
      }
    }
  };

  const api: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(replicad)) {
    if (isClass(value)) {
      patchPrototype(value.prototype);
      api[name] = value;
    } else if (typeof value === "function") {
      api[name] = wrap(value as (...args: unknown[]) => unknown, () => name, name);
    } else {
      api[name] = value;
    }
  }
  return { api: Object.freeze(api) as UserReplicad, operations, work };
}
