import type { Node } from "acorn";
import { simple as walkSimple } from "acorn-walk";

/** What user code calls at each loop turn and function entry; no user identifier may start with `RESERVED_PREFIX`. */
export const STEP_CALL = "__cadforge_step()";
export const RESERVED_PREFIX = "__cadforge";

/** Text put into a line of the user's code: the columns after `column` (0-based) moved right by `length`. */
export interface Insertion {
  line: number;
  column: number;
  length: number;
}

/**
 * The program with a work step at the head of every loop body and every function body, so a
 * runaway loop or recursion runs out of budget at the same turn on any machine. Text is only
 * inserted inside lines, never as new lines, so line numbers stay the user's; `insertions` say
 * where columns moved, for error locations to be read back.
 */
export function meterSteps(javascript: string, ast: Node): { code: string; insertions: Insertion[] } {
  const edits: { at: number; text: string }[] = [];
  const headOf = (body: any) => {
    if (body.type === "BlockStatement") edits.push({ at: body.start + 1, text: `${STEP_CALL};` });
    else {
      edits.push({ at: body.start, text: `{${STEP_CALL};` });
      edits.push({ at: body.end, text: "}" });
    }
  };
  const functionHead = (node: any) => {
    if (node.body.type === "BlockStatement") headOf(node.body);
    else {
      // An arrow's expression body: `(x) => x * 2` runs the step first as `(x) => (step, x * 2)`.
      edits.push({ at: node.body.start, text: `(${STEP_CALL}, ` });
      edits.push({ at: node.body.end, text: ")" });
    }
  };
  const loop = (node: any) => headOf(node.body);
  walkSimple(ast, {
    ForStatement: loop,
    ForInStatement: loop,
    ForOfStatement: loop,
    WhileStatement: loop,
    DoWhileStatement: loop,
    FunctionDeclaration: functionHead,
    FunctionExpression: functionHead,
    ArrowFunctionExpression: functionHead,
  });
  // Applied from the end so earlier offsets stay valid; at one offset, in the order found.
  const ordered = edits.map((e, i) => ({ ...e, i })).sort((a, b) => b.at - a.at || b.i - a.i);
  let code = javascript;
  for (const { at, text } of ordered) code = code.slice(0, at) + text + code.slice(at);

  const lineStarts = [0];
  for (let i = 0; i < javascript.length; i++) if (javascript[i] === "\n") lineStarts.push(i + 1);
  const insertions = edits.map(({ at, text }) => {
    let line = lineStarts.length - 1;
    while (lineStarts[line] > at) line--;
    return { line: line + 1, column: at - lineStarts[line], length: text.length };
  });
  return { code, insertions };
}

/**
 * The column (1-based) in the user's code of a column (1-based) in the metered code, on the same
 * line. A position inside inserted text (the step call that ran out of budget) maps to where the
 * text was inserted.
 */
export function unmeteredColumn(insertions: readonly Insertion[], line: number, column: number): number {
  const at = column - 1;
  let shift = 0;
  for (const ins of insertions.filter((i) => i.line === line).sort((a, b) => a.column - b.column)) {
    const start = ins.column + shift;
    if (at < start) break;
    if (at < start + ins.length) return ins.column + 1;
    shift += ins.length;
  }
  return at - shift + 1;
}
