import type { Endpoint } from "comlink";
import { SandboxError, UNREACHABLE_GLOBALS, blockedStandIn } from "../kernel/sandbox";

/*
 * The kernel's sandbox shadows dangerous names inside user code, but the global object stays
 * reachable by indirect routes (`(0, eval)("this")`, `Function("return this")()`, a sloppy
 * function's `this`). So once a worker (page worker or Node pool thread) has loaded what it needs,
 * it takes the unreachable globals (`UNREACHABLE_GLOBALS`: network, storage, threads, timers)
 * away from its own global object, and from its prototypes, for good.
 */

/** The page worker's own channel to the page, and its error hooks; Comlink keeps a captured copy. */
const WORKER_SCOPE_NAMES = ["postMessage", "close", "onmessage", "onmessageerror", "onerror", "onunhandledrejection"] as const;

/** `process` hands out the file system, child processes and `exit` (through `getBuiltinModule`, `binding`, ...). */
const NODE_THREAD_NAMES = ["process"] as const;

/** Parts of `navigator` that store data or reach devices: the storage manager (with its private file system), locks shared with the page, service workers. */
const NAVIGATOR_NAMES = ["storage", "locks", "serviceWorker", "usb", "hid", "serial", "bluetooth"] as const;

/** Static members that schedule work for later. */
const DEFERRING_STATICS: [string, string][] = [
  ["AbortSignal", "timeout"],
  ["Atomics", "waitAsync"],
];

export interface LockdownReport {
  /** Every name taken away, as `name` or `owner.name`; names this environment lacks are not listed. */
  removed: string[];
}

/**
 * The page worker's endpoint for Comlink, captured while `postMessage` and `addEventListener` are
 * still the real ones. Call it when the worker starts, before `lockDownWorkerScope`.
 */
export function captureWorkerChannel(scope: typeof globalThis = globalThis): Endpoint {
  const target = scope as unknown as Endpoint;
  const post = target.postMessage;
  const add = target.addEventListener;
  const remove = target.removeEventListener;
  return {
    postMessage: (message: unknown, transfer?: Transferable[]) => post.call(scope, message, transfer ?? []),
    addEventListener: (type: string, listener: EventListenerOrEventListenerObject, options?: object) => add.call(scope, type, listener, options),
    removeEventListener: (type: string, listener: EventListenerOrEventListenerObject, options?: object) => remove.call(scope, type, listener, options),
  };
}

/** The real `close` of the page worker, for a worker whose realm a candidate damaged beyond repair. */
export function captureWorkerClose(scope: typeof globalThis = globalThis): () => void {
  const close = (scope as unknown as { close(): void }).close;
  return () => close.call(scope);
}

/**
 * Locks down a browser worker. `assets` are same-origin files the worker may still need after
 * lockdown (manifold's WASM, loaded on the first score); they are downloaded now and `fetch`
 * serves exactly those URLs from memory afterwards. `onDemand` are same-origin files too large to
 * download for everyone (Pyodide's, read only when a Python candidate builds): `fetch` reads
 * exactly those URLs when first asked. No other request leaves the worker again.
 */
export function lockDownWorkerScope(options: { assets?: string[]; onDemand?: readonly string[] } = {}, scope: typeof globalThis = globalThis): LockdownReport {
  const base = (scope as { location?: { href: string } }).location?.href;
  const realFetch = scope.fetch.bind(scope);
  const assets = new Map<string, Promise<ArrayBuffer>>();
  for (const asset of options.assets ?? []) {
    const url = new URL(asset, base).href;
    const bytes = realFetch(url, { credentials: "same-origin" }).then((response) => {
      if (!response.ok) throw new Error(`${url} could not be loaded before lockdown (${response.status})`);
      return response.arrayBuffer();
    });
    // A failed download is reported when the asset is asked for, not as an unhandled rejection now.
    bytes.catch(() => undefined);
    assets.set(url, bytes);
  }
  const onDemand = new Set((options.onDemand ?? []).map((asset) => new URL(asset, base).href));

  const removed = lockDown(scope, [...UNREACHABLE_GLOBALS, ...WORKER_SCOPE_NAMES]);
  guardGlobalEvents(scope, removed);
  refuseImmediatesForGood(scope);

  const fetchAsset = function fetch(input: unknown): Promise<Response> {
    let url: string;
    try {
      url = new URL(typeof input === "string" ? input : String((input as { url?: unknown })?.url ?? input), base).href;
    } catch {
      throw new SandboxError("fetch");
    }
    if (onDemand.has(url)) return realFetch(url, { credentials: "same-origin" });
    const bytes = assets.get(url);
    if (!bytes) throw new SandboxError("fetch");
    return bytes.then((body) => new Response(body.slice(0), { headers: { "content-type": "application/wasm" } }));
  };
  Object.defineProperty(scope, "fetch", { value: fetchAsset, writable: false, enumerable: true, configurable: false });
  return { removed };
}

/**
 * Browsers have no `setImmediate`, and Pyodide's glue builds one from a "message" listener on the
 * worker when it finds none. So the page worker always has one after lockdown, and it refuses;
 * Python that started before lockdown defined a refusing one of its own, replaced here.
 */
function refuseImmediatesForGood(scope: typeof globalThis): void {
  if ("setImmediate" in scope) return;
  Reflect.defineProperty(scope, "setImmediate", { value: blockedStandIn("setImmediate"), writable: false, enumerable: false, configurable: false });
}

/** Locks down a Node pool thread; load the kernel, the scorer and manifold first. */
export function lockDownNodeThread(scope: typeof globalThis = globalThis): LockdownReport {
  return { removed: lockDown(scope, [...UNREACHABLE_GLOBALS, ...NODE_THREAD_NAMES]) };
}

/** True only inside `lendMessageChannel`: the one time our own code may build a `MessageChannel`. */
let lendingMessageChannel = false;

/**
 * Runs `start` (synchronous, code of ours) with `MessageChannel` usable. Pyodide's glue builds
 * one channel at start for its own scheduling and throws if the constructor refuses; a channel
 * whose ports never leave the worker reaches nothing outside it, and no candidate code can run
 * during a synchronous call, so candidates still find the constructor refusing.
 */
export function lendMessageChannel<T>(start: () => T): T {
  lendingMessageChannel = true;
  try {
    return start();
  } finally {
    lendingMessageChannel = false;
  }
}

/** `MessageChannel`'s stand-in: it refuses like any other, except within `lendMessageChannel`. */
function lendableMessageChannel(real: unknown): unknown {
  const refusing = blockedStandIn("MessageChannel") as object;
  if (typeof real !== "function") return refusing;
  return new Proxy(refusing, {
    construct: (_target, args, newTarget) => (lendingMessageChannel ? Reflect.construct(real, args) : Reflect.construct(refusing as () => void, args, newTarget)),
  });
}

function lockDown(scope: typeof globalThis, names: readonly string[]): string[] {
  const removed: string[] = [];
  for (const name of names) {
    const standIn = name === "MessageChannel" ? lendableMessageChannel((scope as unknown as Record<string, unknown>)[name]) : blockedStandIn(name);
    if (replaceEverywhere(scope, name, standIn)) removed.push(name);
  }
  const navigator = (scope as { navigator?: object }).navigator;
  if (navigator) {
    for (const name of NAVIGATOR_NAMES) if (replaceEverywhere(navigator, name, blockedStandIn(`navigator.${name}`))) removed.push(`navigator.${name}`);
  }
  for (const [owner, name] of DEFERRING_STATICS) {
    const target = (scope as unknown as Record<string, object | undefined>)[owner];
    if (target && replaceEverywhere(target, name, blockedStandIn(`${owner}.${name}`), false)) removed.push(`${owner}.${name}`);
  }
  guardCodeFromStrings(scope);
  removed.push("import() in eval and Function");
  return removed;
}

/**
 * Replaces `name` on `target` and on every prototype above it that defines it, so that reading
 * it from a prototype (`Object.getPrototypeOf(self).postMessage`) finds the stand-in too.
 */
function replaceEverywhere(target: object, name: string, standIn: unknown, walkPrototypes = true): boolean {
  let found = false;
  for (let owner: object | null = target; owner && owner !== Object.prototype; owner = walkPrototypes ? Reflect.getPrototypeOf(owner) : null) {
    if (!Object.prototype.hasOwnProperty.call(owner, name)) continue;
    found = true;
    if (!Reflect.defineProperty(owner, name, { value: standIn, writable: false, enumerable: false, configurable: false })) {
      throw new Error(`lockdown could not take ${name} away: it cannot be redefined here`);
    }
  }
  return found;
}

/**
 * `addEventListener` on the worker itself would let code read (or swallow) the next build
 * request; `dispatchEvent` would let it forge one. They stay usable on every other target.
 */
function guardGlobalEvents(scope: typeof globalThis, removed: string[]): void {
  for (const method of ["addEventListener", "removeEventListener", "dispatchEvent"] as const) {
    for (let owner: object | null = scope; owner; owner = Reflect.getPrototypeOf(owner)) {
      const original = Reflect.getOwnPropertyDescriptor(owner, method)?.value as ((...args: unknown[]) => unknown) | undefined;
      if (typeof original !== "function") continue;
      const guarded = {
        [method](this: unknown, ...args: unknown[]) {
          // WebIDL runs a call without a receiver on the global object.
          if (this === scope || this === undefined || this === null) throw new SandboxError(`${method} on the worker`);
          return original.apply(this, args);
        },
      }[method];
      Reflect.defineProperty(owner, method, { value: guarded, writable: false, enumerable: true, configurable: false });
    }
  }
  removed.push("addEventListener/removeEventListener/dispatchEvent on the worker");
}

const IMPORT_KEYWORD = /\bimport\b/;

/**
 * Code built from strings may `import()` a module from anywhere, which no name shadowing stops.
 * `eval` and the function constructors keep working (the kernel's WASM bindings build functions
 * at run time) but refuse source that mentions `import`: a keyword cannot be spelled with escapes,
 * so it always appears in the text.
 */
function guardCodeFromStrings(scope: typeof globalThis): void {
  const refuse = (source: string) => {
    if (IMPORT_KEYWORD.test(source)) throw new SandboxError("import() in code built from a string");
  };
  const realEval = scope.eval;
  const guardedEval = {
    eval(source: unknown) {
      if (typeof source !== "string") return source;
      refuse(source);
      return realEval(source);
    },
  }.eval;
  Reflect.defineProperty(scope, "eval", { value: guardedEval, writable: false, enumerable: false, configurable: false });

  const constructors = [
    Function,
    Object.getPrototypeOf(async function () {}).constructor,
    Object.getPrototypeOf(function* () {}).constructor,
    Object.getPrototypeOf(async function* () {}).constructor,
  ] as FunctionConstructor[];
  for (const real of constructors) {
    const guarded = function Function(...args: unknown[]) {
      const strings = args.map(String);
      refuse(strings.join("\n"));
      return real(...strings);
    };
    Reflect.defineProperty(guarded, "prototype", { value: real.prototype });
    Reflect.defineProperty(real.prototype, "constructor", { value: guarded, writable: false, enumerable: false, configurable: false });
    if (real === Function) Reflect.defineProperty(scope, "Function", { value: guarded, writable: false, enumerable: false, configurable: false });
  }
}
