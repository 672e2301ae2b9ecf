import { simple as walkSimple } from "acorn-walk";
import type { Node } from "acorn";

/** replicad's functions that read a loaded font synchronously, so the font must be there before the code runs. */
const TEXT_FUNCTIONS = new Set(["drawText", "sketchText", "textBlueprints", "getFont"]);

/**
 * True when the compiled code names one of replicad's text functions (called, destructured or
 * read as `replicad.drawText` or `replicad["drawText"]`): only such a build waits for the default
 * font. `loadFont`, being asynchronous, fetches it itself when a library calls it.
 */
export function usesText(ast: Node): boolean {
  let found = false;
  const check = (name: unknown) => {
    if (typeof name === "string" && TEXT_FUNCTIONS.has(name)) found = true;
  };
  walkSimple(ast, {
    Identifier: (node: any) => check(node.name),
    ...({ VariablePattern: (node: any) => check(node.name) } as object),
    MemberExpression: (node: any) => check(node.property.name),
    Literal: (node: any) => check(node.value),
  });
  return found;
}
