import { tokenizer, type Node } from "acorn";
import { simple as walkSimple } from "acorn-walk";
import { BuildError } from "./failure";
import type { Overwrite, SourceEdit } from "./sourceEdits";

/** What `a ** b` becomes: a call of the portable pow, which the sandbox passes in under this name. */
export const POW_FUNCTION = "__cadforge_pow";

/** The offset of the operator token `operator` between two operands (parentheses and comments may sit there too). */
function operatorAt(javascript: string, from: number, to: number, operator: string): number {
  for (const token of tokenizer(javascript.slice(from, to), { ecmaVersion: "latest" })) {
    if (javascript.slice(from + token.start, from + token.end) === operator) return from + token.start;
  }
  throw new Error(`no ${operator} between offsets ${from} and ${to}`);
}

/** The source of an assignment target that can be read twice with no side effect, or null. */
function readAgain(node: any): string | null {
  if (node.type === "Identifier") return node.name;
  if (node.type === "ThisExpression") return "this";
  if (node.type !== "MemberExpression" || node.optional) return null;
  const object = readAgain(node.object);
  if (object === null) return null;
  if (!node.computed) return `${object}.${node.property.name}`;
  const key = node.property.type === "Literal" ? node.property.raw : node.property.type === "Identifier" ? node.property.name : null;
  return key === null ? null : `${object}[${key}]`;
}

/**
 * `a ** b` and `a **= b` rewritten as calls of the portable pow: the operator is the engine's
 * own pow, whose last bits differ between engines, and no property of `Math` can replace it.
 * `a ** b` becomes `__cadforge_pow(a, b)` (the operator overwritten by a comma), `x **= b`
 * becomes `x =  __cadforge_pow(x, b)`.
 */
export function exponentEdits(javascript: string, ast: Node): { edits: SourceEdit[]; overwrites: Overwrite[] } {
  const edits: SourceEdit[] = [];
  const overwrites: Overwrite[] = [];
  const wrap = (around: { start: number; end: number }, at: number, text: string) => {
    edits.push({ at, text, around, closes: false, pass: 1 });
    edits.push({ at: around.end, text: ")", around, closes: true, pass: 1 });
  };
  walkSimple(ast, {
    BinaryExpression(node: any) {
      if (node.operator !== "**") return;
      overwrites.push({ at: operatorAt(javascript, node.left.end, node.right.start, "**"), text: ", " });
      wrap(node, node.start, `${POW_FUNCTION}(`);
    },
    AssignmentExpression(node: any) {
      if (node.operator !== "**=") return;
      const target = readAgain(node.left);
      if (target === null) {
        throw new BuildError({
          class: "syntax",
          message: "`**=` is supported on a variable or a plain property only: write the assignment out, as `t = t ** n`",
          line: node.loc?.start.line ?? null,
          column: node.loc ? node.loc.start.column + 1 : null,
        });
      }
      const operator = operatorAt(javascript, node.left.end, node.right.start, "**=");
      overwrites.push({ at: operator, text: "=  " });
      wrap({ start: operator, end: node.end }, operator + 3, `${POW_FUNCTION}(${target}, `);
    },
  });
  return { edits, overwrites };
}
