import { simple as walkSimple } from "acorn-walk";
import type { Node } from "acorn";
import { BuildError } from "./failure";

/**
 * Names user code must not reach: the network, browser storage, other threads, and the worker's
 * own message channel (a stray `postMessage` or `close()` would confuse or end the worker), and
 * timers, which would let code act after the build is checked and the next candidate has started.
 * Each is shadowed inside user code by a stand-in that fails with a clear message.
 */
export const BLOCKED_GLOBALS = [
  "fetch",
  "XMLHttpRequest",
  "WebSocket",
  "WebTransport",
  "EventSource",
  "BroadcastChannel",
  "importScripts",
  "indexedDB",
  "caches",
  "localStorage",
  "sessionStorage",
  "cookieStore",
  "Worker",
  "SharedWorker",
  "postMessage",
  "close",
  "self",
  "globalThis",
  "window",
  "global",
  "process",
  "navigator",
  "location",
  "setTimeout",
  "setInterval",
  "setImmediate",
  "queueMicrotask",
  "requestAnimationFrame",
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

/** Syntax that reaches outside the sandbox whatever the names in scope: dynamic `import()` and `import.meta`. */
export function checkForbiddenSyntax(ast: Node): void {
  const fail = (what: string, node: { loc?: { start: { line: number; column: number } } | null }) => {
    throw new BuildError({
      class: "undefined_name",
      message: `${what} is not available to CAD code: only "replicad" can be imported, at the top of the file`,
      line: node.loc?.start.line ?? null,
      column: node.loc ? node.loc.start.column + 1 : null,
    });
  };
  walkSimple(ast, {
    ImportExpression(node) {
      fail("dynamic import()", node);
    },
    MetaProperty(node) {
      if ((node as unknown as { meta: { name: string } }).meta.name === "import") fail("import.meta", node);
    },
  });
}
