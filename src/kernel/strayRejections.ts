import type { Node } from "acorn";
import { simple as walkSimple } from "acorn-walk";
import type { SourceEdit } from "./sourceEdits";
import { locateInUserCode } from "./sourceLocation";
import type { LogEntry } from "../model/logEntry";

/**
 * A promise the user's code started and never awaited (an async helper called as a statement, a
 * stray `Promise.reject`) may fail after `main` returned. The studio only logs it and keeps the
 * model; unhandled, it would end a Node worker thread. Each call made as a statement is therefore
 * wrapped so a promise it returns gets a handler that writes the failure to the build's console,
 * and the hosts send what still escapes (a promise kept in a variable) to `reportStrayRejection`.
 */
export const KEEP_FUNCTION = "__cadforge_keep";

/** Wraps every call or `new` made as a statement: `f(x);` becomes `__cadforge_keep(f(x), line);`. */
export function strayEdits(ast: Node): SourceEdit[] {
  const edits: SourceEdit[] = [];
  walkSimple(ast, {
    ExpressionStatement(node: any) {
      const expression = node.expression;
      if (!["CallExpression", "NewExpression", "ChainExpression"].includes(expression.type)) return;
      const around = { start: expression.start, end: expression.end };
      edits.push({ at: around.start, text: `${KEEP_FUNCTION}(`, around, closes: false, pass: 2 });
      edits.push({ at: around.end, text: `, ${expression.loc.start.line})`, around, closes: true, pass: 2 });
    },
  });
  return edits;
}

// Captured when the kernel loads: a worker's lockdown later takes timers away, and user code may replace `then`.
const later = globalThis.setTimeout.bind(globalThis);
const then = Promise.prototype.then;

/** The console of the build running now, or of the last one: a realm runs one build at a time. */
let sink: LogEntry[] = [];

export function collectStrayRejections(logs: LogEntry[]): void {
  sink = logs;
}

/** Writes a failure no one awaited to the build's console; `line` is where the statement that started it is, when its error does not say. */
export function reportStrayRejection(reason: unknown, line: number | null = null): void {
  const error = reason instanceof Error ? reason : null;
  const what = error ? `${error.name}: ${error.message}` : String(reason);
  sink.push({
    level: "error",
    text: `Uncaught (in promise) ${what}: a promise no one awaited failed; the build went on without it`,
    line: locateInUserCode(error?.stack)?.line ?? line,
  });
}

/** What the wrapped statements call: the value unchanged, with a handler on it if it is a promise. */
export function keepStray(value: unknown, line: number): unknown {
  if (value instanceof Promise) then.call(value, undefined, (reason: unknown) => reportStrayRejection(reason, line));
  return value;
}

/** Resolves one task later, once every promise callback queued so far has run and every unhandled rejection been reported. */
export function settleQueuedWork(): Promise<void> {
  return new Promise((resolve) => later(resolve, 0));
}
