import type { Node } from "acorn";
import { simple as walkSimple } from "acorn-walk";
import type { SourceEdit } from "./sourceEdits";

/** What user code calls at each loop turn and function entry; no user identifier may start with `RESERVED_PREFIX`. */
export const STEP_CALL = "__cadforge_step()";
export const RESERVED_PREFIX = "__cadforge";

/**
 * A work step at the head of every loop body and every function body, so a runaway loop or
 * recursion runs out of budget at the same turn on any machine.
 */
export function stepEdits(ast: Node): SourceEdit[] {
  const edits: SourceEdit[] = [];
  const put = (at: number, text: string, around: { start: number; end: number }, closes = false) => edits.push({ at, text, around, closes, pass: 0 });
  const headOf = (body: any) => {
    if (body.type === "BlockStatement") put(body.start + 1, `${STEP_CALL};`, body);
    else {
      put(body.start, `{${STEP_CALL};`, body);
      put(body.end, "}", body, true);
    }
  };
  const functionHead = (node: any) => {
    if (node.body.type === "BlockStatement") headOf(node.body);
    else {
      // An arrow's expression body: `(x) => x * 2` runs the step first as `(x) => (step, x * 2)`.
      put(node.body.start, `(${STEP_CALL}, `, node.body);
      put(node.body.end, ")", node.body, true);
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
  return edits;
}
