import { simple as walkSimple } from "acorn-walk";
import type { Node } from "acorn";
import { BuildError } from "./failure";
import { RESERVED_PREFIX } from "./meterSteps";
import { IMPORTABLE } from "./libraries/helperLibraries";

/**
 * What no candidate may reach, by any route: the network, browser storage, other threads and
 * channels (code the time limit cannot stop, or that talks to other candidates), and timers
 * (work that would run after the build is checked, during the next candidate). User code finds
 * these names shadowed; workers also remove them from their own global object (`worker/lockdown`).
 */
export const UNREACHABLE_GLOBALS = [
  "fetch",
  "XMLHttpRequest",
  "WebSocket",
  "WebTransport",
  "EventSource",
  "BroadcastChannel",
  "MessageChannel",
  "importScripts",
  "indexedDB",
  "caches",
  "cookieStore",
  "localStorage",
  "sessionStorage",
  "webkitRequestFileSystem",
  "webkitRequestFileSystemSync",
  "webkitResolveLocalFileSystemURL",
  "webkitResolveLocalFileSystemSyncURL",
  "Worker",
  "SharedWorker",
  "setTimeout",
  "setInterval",
  "setImmediate",
  "requestAnimationFrame",
  "queueMicrotask",
] as const;

/**
 * Names shadowed inside user code by stand-ins that fail with a clear message: the unreachable
 * globals, plus the ways to the global object and the worker's own channel (a stray `postMessage`
 * or `close()` would confuse or end the worker).
 */
export const BLOCKED_GLOBALS = [
  ...UNREACHABLE_GLOBALS,
  "postMessage",
  "close",
  "self",
  "globalThis",
  "window",
  "global",
  "process",
  "navigator",
  "location",
] as const;

export class SandboxError extends Error {
  constructor(name: string) {
    super(`${name} is not available to CAD code: builds cannot reach the network, storage, other threads or the page`);
    this.name = "SandboxError";
  }
}

/** A stand-in for the blocked global `name`: calling, constructing or reading from it throws. */
export function blockedStandIn(name: string): unknown {
  // A plain function, not an arrow: `new XMLHttpRequest()` must reach the construct trap.
  const fail = function () {
    throw new SandboxError(name);
  };
  return new Proxy(fail, { get: fail, set: fail, apply: fail, construct: fail, has: fail, defineProperty: fail, getPrototypeOf: () => Function.prototype });
}

/** Stand-ins for `BLOCKED_GLOBALS`, in order. */
export function blockedGlobalStandIns(): unknown[] {
  return BLOCKED_GLOBALS.map(blockedStandIn);
}

/**
 * Syntax that reaches outside the sandbox whatever the names in scope: dynamic `import()` and
 * `import.meta`; and names that would reach the work budget's counter.
 */
export function checkForbiddenSyntax(ast: Node): void {
  const fail = (what: string, node: { loc?: { start: { line: number; column: number } } | null }) => {
    throw new BuildError({
      class: "undefined_name",
      message: `${what} is not available to CAD code: ${IMPORTABLE}, at the top of the file`,
      line: node.loc?.start.line ?? null,
      column: node.loc ? node.loc.start.column + 1 : null,
    });
  };
  const reserved = (node: Node) => {
    const name = (node as unknown as { name: string }).name;
    if (!name.startsWith(RESERVED_PREFIX)) return;
    throw new BuildError({
      class: "undefined_name",
      message: `${name}: names starting with ${RESERVED_PREFIX} are reserved for CADForge's own instrumentation (the work budget, portable powers)`,
      line: node.loc?.start.line ?? null,
      column: node.loc ? node.loc.start.column + 1 : null,
    });
  };
  // Declared names reach the walker as patterns, used names as identifiers.
  walkSimple(ast, {
    Identifier: reserved,
    ...({ VariablePattern: reserved } as object),
    ImportExpression(node) {
      fail("dynamic import()", node);
    },
    MetaProperty(node) {
      if ((node as unknown as { meta: { name: string } }).meta.name === "import") fail("import.meta", node);
    },
  });
}
