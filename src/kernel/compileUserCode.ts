import { transform } from "sucrase";
import { parse, type Node } from "acorn";
import { BuildError } from "./failure";
import { USER_CODE_PREFIX, USER_SOURCE_URL, locateInUserCode } from "./sourceLocation";
import type { UserReplicad } from "./instrumentReplicad";
import { BLOCKED_GLOBALS, blockedGlobalStandIns, checkForbiddenSyntax } from "./sandbox";
import { stepEdits, STEP_CALL } from "./meterSteps";
import { exponentEdits, POW_FUNCTION } from "./portableExponents";
import { applySourceEdits, type Insertion } from "./sourceEdits";
import { PORTABLE_MATH } from "./portableMath/portableMath";
import { findEntryPoint } from "./entryPoint";
import { checkReplicadNames } from "./replicadNames";
import type { LogEntry } from "../model/logEntry";
import { readDeclaredParams } from "./declaredParams";
import { KEEP_FUNCTION, keepStray, strayEdits } from "./strayRejections";
import type { Params } from "../model/params";
import { libraryImports } from "./libraries/libraryImports";
import { IMPORTABLE, helperLibraryFor, type HelperLibraryName } from "./libraries/helperLibraries";
import { usesText } from "./text/textUse";

/** The name the metered code calls its step by: `STEP_CALL` without its parentheses. */
const STEP_FUNCTION = STEP_CALL.replace("()", "");

export type { ParamValue, Params } from "../model/params";

export interface UserConsole {
  log(...args: unknown[]): void;
  info(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
  debug(...args: unknown[]): void;
}

/** User code after parsing, ready to run with parameters. */
export interface CompiledProgram {
  language: "javascript";
  form: "script" | "module";
  /** The JavaScript that runs, line-for-line with the user's source. */
  javascript: string;
  /** Syntax tree of `javascript`; the scorer reads editability from it. */
  ast: Node;
  /** What the build's console says before the code runs: replicad names taken and never used that replicad lacks. */
  warnings: readonly LogEntry[];
  /** Where the work steps and portable powers that run with it were put into `javascript`. */
  insertions: readonly Insertion[];
  /** The bundled helper libraries the code imports (by name or CDN URL). */
  libraries: readonly HelperLibraryName[];
  /** True when the code names a text function that needs a font loaded before it runs. */
  usesText: boolean;
  /**
   * `step` is called at every loop turn and function entry of the user's code; `libraries` holds
   * the exports of each library in `libraries`, instantiated for this run.
   */
  instantiate(replicad: UserReplicad, console: UserConsole, step: () => void, libraries: ReadonlyMap<string, object>): Instance;
}

export interface Instance {
  /** The scalar entries of `defaultParams`; `call` takes values for them. */
  defaultParams: Params;
  call(params: Params): unknown;
  /** What to add to the message of a failure `call` threw, when main took its first argument for the other one. */
  hint(message: string): string | null;
}

// Captured when the kernel loads: a worker's lockdown later guards the global `Function` against
// code that imports, and the kernel's own wrapper must not be refused for an `import` in a comment.
const FunctionConstructor = Function;

const MODULE_SYNTAX = /^[ \t]*(import[\s{*"']|export[\s{*])/m;

/** Strips what editors and other systems add around code (BOM, CRLF) without moving any line. */
export function normaliseSource(source: string): string {
  return source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

/**
 * Turns user source (script or module form, JS or TS) into a runnable program, or throws a
 * located BuildError: `syntax` with the line and column, `invented_api` for replicad names
 * that do not exist.
 */
export function compileUserCode(rawSource: string, replicadNames: ReadonlySet<string>): CompiledProgram {
  const source = normaliseSource(rawSource);
  const form = MODULE_SYNTAX.test(source) ? "module" : "script";

  // acorn locates JavaScript syntax errors exactly; sucrase reads TypeScript but reports some errors
  // where it started backtracking (the start of an arrow function). When both fail, the later
  // position is the real one: acorn stops early on TS annotations, sucrase early on arrows.
  // The source is parsed as JavaScript only once something has failed: valid code never needs it.
  const asJavaScriptError = () => {
    const parsed = tryParse(source, form);
    return parsed instanceof BuildError ? parsed : null;
  };
  let javascript: string;
  try {
    javascript = transform(source, {
      transforms: form === "module" ? ["typescript", "imports"] : ["typescript"],
      production: true,
      disableESTransforms: true,
    }).code;
  } catch (error) {
    const sucraseError = syntaxErrorFrom(error, source);
    const acornError = asJavaScriptError();
    throw acornError && position(acornError) >= position(sucraseError) ? acornError : sucraseError;
  }

  const ast = tryParse(javascript, "script");
  if (ast instanceof BuildError) throw asJavaScriptError() ?? ast;

  checkForbiddenSyntax(ast);
  const libraries = libraryImports(ast, source);
  const warnings = checkReplicadNames(ast, source, form, replicadNames);

  const exponents = exponentEdits(javascript, ast);
  const metered = applySourceEdits(javascript, [...stepEdits(ast), ...exponents.edits, ...strayEdits(ast)], exponents.overwrites);
  return {
    language: "javascript",
    form,
    javascript,
    ast,
    warnings,
    insertions: metered.insertions,
    libraries,
    usesText: usesText(ast),
    instantiate(replicad, userConsole, step, modules) {
      return instantiate(metered.code, form, replicad, userConsole, step, modules);
    },
  };
}

/**
 * Located from the error's character offset: acorn's `loc.column` is 0-based but sucrase's is
 * 1-based, while both report `pos` the same way.
 */
function syntaxErrorFrom(error: unknown, code: string): BuildError {
  const pos = (error as { pos?: unknown }).pos;
  const message = String((error as Error).message).replace(/\s*\(\d+:\d+\)$/, "");
  if (typeof pos !== "number") return new BuildError({ class: "syntax", message: `SyntaxError: ${message}` });
  const before = code.slice(0, pos).split("\n");
  return new BuildError({ class: "syntax", message: `SyntaxError: ${message}`, line: before.length, column: before[before.length - 1].length + 1 });
}

function position(error: BuildError): number {
  return (error.failure.line ?? 0) * 1e6 + (error.failure.column ?? 0);
}

function tryParse(code: string, sourceType: "script" | "module"): Node | BuildError {
  try {
    return parse(code, { ecmaVersion: "latest", sourceType, allowReturnOutsideFunction: true, allowAwaitOutsideFunction: true, locations: true });
  } catch (error) {
    return syntaxErrorFrom(error, code);
  }
}

function instantiate(
  javascript: string,
  form: "script" | "module",
  replicad: UserReplicad,
  userConsole: UserConsole,
  step: () => void,
  libraries: ReadonlyMap<string, object>,
): Instance {
  const exports: Record<string, unknown> = {};
  const module = { exports };
  const require = (id: unknown) => {
    if (id === "replicad") return replicad;
    const library = typeof id === "string" ? libraries.get(helperLibraryFor(id) ?? "") : undefined;
    if (library) return library;
    throw new BuildError({ class: "undefined_name", message: `cannot import ${typeof id === "string" ? `"${id}"` : "a computed name"}: ${IMPORTABLE}` });
  };
  // User code runs in an inner function so it may declare its own `window` or `close`; the outer
  // function's parameters shadow the blocked globals for every name it does not declare itself.
  const body = `${USER_CODE_PREFIX}${javascript}\n;return { main: typeof main === "function" ? main : undefined, defaultParams: typeof defaultParams === "undefined" ? undefined : defaultParams };\n}).call(undefined);\n//# sourceURL=${USER_SOURCE_URL}`;

  let top: { main?: unknown; defaultParams?: unknown };
  try {
    const factory = new FunctionConstructor("replicad", "require", "exports", "module", "console", STEP_FUNCTION, POW_FUNCTION, KEEP_FUNCTION, ...BLOCKED_GLOBALS, body);
    top = factory(replicad, require, exports, module, userConsole, step, PORTABLE_MATH.pow, keepStray, ...blockedGlobalStandIns());
  } catch (error) {
    throw classifyRuntimeError(error);
  }

  const entry = findEntryPoint({ form, exports: module.exports as Record<string, unknown>, ...top });
  const declared = readDeclaredParams(entry.declaredParams);
  return {
    defaultParams: declared.scalars,
    call: (params) => entry.call(replicad, declared.forMain(params)),
    hint: (message) => entry.hint(message),
  };
}

export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return `an object (${(value as object).constructor?.name ?? "Object"})`;
  return `${typeof value === "undefined" ? "undefined" : `a ${typeof value}`}`;
}

const OUT_OF_MEMORY = /out of memory|Maximum memory|Cannot enlarge memory|Array buffer allocation failed|Invalid array length|Invalid typed array length|OOM/i;

/** Maps anything user code threw to a failure class with the user's line and column. */
export function classifyRuntimeError(error: unknown): BuildError {
  if (error instanceof BuildError) return error;
  const err = error instanceof Error ? error : null;
  const location = locateInUserCode(err?.stack);
  const where = { line: location?.line ?? null, column: location?.column ?? null };
  const operation = (error as { operation?: string } | null)?.operation ?? null;

  if (!err) {
    return new BuildError({ class: "kernel_error", message: `main threw ${describe(error)}: ${safeString(error)}`, ...where });
  }
  const text = `${err.name}: ${err.message}`;
  // Where in a recursion the stack runs out depends on how the engine compiled each frame, which
  // changes from run to run: the column is not a fact about the code, so it is left out.
  if (err.name === "RangeError" && /Maximum call stack size exceeded/.test(err.message)) where.column = null;
  if (err.name === "KernelCallError") {
    return new BuildError({ class: OUT_OF_MEMORY.test(err.message) ? "out_of_memory" : "kernel_error", message: err.message, operation, ...where });
  }
  if (OUT_OF_MEMORY.test(err.message) || (err.name === "RuntimeError" && /abort/i.test(err.message))) {
    return new BuildError({ class: "out_of_memory", message: text, ...where });
  }
  if (err.name === "SandboxError") return new BuildError({ class: "undefined_name", message: err.message, ...where });
  if (err.name === "ReferenceError") return new BuildError({ class: "undefined_name", message: text, ...where });
  if (err.name === "TypeError" && /is not a function|is not a constructor/.test(err.message)) {
    return new BuildError({ class: "invented_api", message: text, operation, ...where });
  }
  return new BuildError({ class: "kernel_error", message: text, operation, ...where });
}

function safeString(value: unknown): string {
  try {
    return String(value).slice(0, 200);
  } catch {
    return "(unprintable)";
  }
}
