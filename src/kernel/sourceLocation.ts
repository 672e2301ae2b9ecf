import { userColumn, type Insertion } from "./sourceEdits";

/** Name under which user code appears in stack traces, so its frames can be told from ours. */
export const USER_SOURCE_URL = "cadforge-user-code.js";

/** Put before the user's first line, on the same line, so every later line keeps its number. */
export const USER_CODE_PREFIX = "return (function () {";

/**
 * Lines `new Function` puts before the body (`function anonymous(args\n) {\n`). Measured rather than
 * assumed, because engines have differed on it.
 */
export const FUNCTION_HEADER_LINES: number = (() => {
  const probe = new Function(`return new Error().stack;\n//# sourceURL=${USER_SOURCE_URL}`) as () => string;
  const line = userFrame(probe() ?? "")?.rawLine;
  return line === undefined ? 2 : line - 1;
})();

interface RawFrame {
  rawLine: number;
  column: number;
}

function userFrame(stack: string): RawFrame | null {
  const escaped = USER_SOURCE_URL.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const match = new RegExp(`${escaped}:(\\d+):(\\d+)`).exec(stack);
  return match ? { rawLine: Number(match[1]), column: Number(match[2]) } : null;
}

/** Where the running program's work steps were inserted; a realm runs one build at a time. */
let running: readonly Insertion[] = [];

/** Reads locations in `fn` (and what it awaits) against a metered program's insertions. */
export async function withInsertions<T>(insertions: readonly Insertion[], fn: () => Promise<T>): Promise<T> {
  const previous = running;
  running = insertions;
  try {
    return await fn();
  } finally {
    running = previous;
  }
}

/** The user's line and column (1-based) of the innermost user frame in `stack`, if there is one. */
export function locateInUserCode(stack: string | undefined): { line: number; column: number } | null {
  const frame = stack ? userFrame(stack) : null;
  if (!frame) return null;
  const line = frame.rawLine - FUNCTION_HEADER_LINES;
  if (line < 1) return null;
  const column = line === 1 ? Math.max(1, frame.column - USER_CODE_PREFIX.length) : frame.column;
  return { line, column: userColumn(running, line, column) };
}
