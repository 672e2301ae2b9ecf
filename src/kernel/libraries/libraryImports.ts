import { simple as walkSimple } from "acorn-walk";
import type { Node } from "acorn";
import { BuildError } from "../failure";
import { IMPORTABLE, helperLibraryFor, type HelperLibraryName } from "./helperLibraries";

/**
 * The helper libraries a program imports, read from its compiled code, where the module form's
 * imports have become `require("...")` calls on the import's line. Any other import fails here,
 * before anything runs, at the line of the import and the column of its specifier in `source`.
 */
export function libraryImports(ast: Node, source: string): HelperLibraryName[] {
  const sourceLines = source.split("\n");
  const libraries = new Set<HelperLibraryName>();
  walkSimple(ast, {
    CallExpression(node: any) {
      if (node.callee.type !== "Identifier" || node.callee.name !== "require") return;
      const [argument] = node.arguments;
      if (argument?.type !== "Literal" || typeof argument.value !== "string" || argument.value === "replicad") return;
      const library = helperLibraryFor(argument.value);
      if (library) {
        libraries.add(library);
        return;
      }
      const line: number = node.loc.start.line;
      const column = (sourceLines[line - 1] ?? "").indexOf(argument.value);
      throw new BuildError({
        class: "undefined_name",
        message: `cannot import "${argument.value}": CAD code has no network, and ${IMPORTABLE}`,
        line,
        column: column >= 0 ? column + 1 : null,
      });
    },
  });
  return [...libraries];
}
