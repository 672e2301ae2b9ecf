import { transform } from "sucrase";
import { parse, type Node } from "acorn";
import { simple as walkSimple } from "acorn-walk";
import { BuildError } from "./failure";
import type { LogEntry } from "../model/logEntry";

/**
 * Names taken from replicad (imports, destructuring, `replicad.x`) must exist in replicad when
 * the code uses them: JavaScript only fails when a missing name is read or called. One taken and
 * never used is a warning for the build's console, as the studio builds such code.
 * `ast` is the compiled code's tree, where the module form's imports of replicad have become
 * `_replicad.x` reads and unused ones are gone; `source` is the user's.
 */
export function checkReplicadNames(ast: Node, source: string, form: "script" | "module", names: ReadonlySet<string>): LogEntry[] {
  const warnings: LogEntry[] = [];
  const sources = new Set(["replicad", "_replicad"]);
  const sourceLines = source.split("\n");
  const read = namesRead(ast);
  const columnOf = (name: string, line: number) => {
    const column = (sourceLines[line - 1] ?? "").search(new RegExp(`\\b${name}\\b`));
    return column >= 0 ? column + 1 : null;
  };
  const missing = (name: string, line: number, used: boolean) => {
    const message = `replicad has no export named "${name}"`;
    if (used) throw new BuildError({ class: "invented_api", message, line, column: columnOf(name, line) });
    warnings.push({ level: "warn", text: `${message}; the code never uses it, so the build goes on`, line });
  };
  walkSimple(ast, {
    VariableDeclarator(node: any) {
      if (node.id.type !== "ObjectPattern" || node.init?.type !== "Identifier" || !sources.has(node.init.name)) return;
      for (const prop of node.id.properties) {
        // A default (`{ drawGear = fallback }`) is what JavaScript gives when replicad lacks the name.
        if (prop.type !== "Property" || prop.key.type !== "Identifier" || prop.computed || prop.value.type !== "Identifier") continue;
        if (!names.has(prop.key.name)) missing(prop.key.name, prop.key.loc.start.line, read.has(prop.value.name));
      }
    },
    MemberExpression(node: any) {
      if (node.object.type !== "Identifier" || !sources.has(node.object.name) || node.computed) return;
      if (node.property.type === "Identifier" && !names.has(node.property.name) && node.property.name !== "default") {
        missing(node.property.name, node.property.loc.start.line, true);
      }
    },
  });
  // A used import became a `_replicad.x` read above; the compiled code no longer holds the others.
  if (form === "module") {
    for (const { name, line } of replicadImports(source)) if (!names.has(name)) missing(name, line, false);
  }
  return warnings;
}

/** Every name read or called somewhere: declarations, property keys and `a.b`'s `b` are not reads. */
function namesRead(ast: Node): Set<string> {
  const read = new Set<string>();
  walkSimple(ast, {
    Identifier(node: any) {
      read.add(node.name);
    },
  });
  return read;
}

/** The names imported from replicad, read from the source with only the types stripped, so lines stay the user's. */
function replicadImports(source: string): { name: string; line: number }[] {
  let ast: Node;
  try {
    const code = transform(source, { transforms: ["typescript"], keepUnusedImports: true, disableESTransforms: true }).code;
    ast = parse(code, { ecmaVersion: "latest", sourceType: "module", locations: true });
  } catch {
    return [];
  }
  const imported: { name: string; line: number }[] = [];
  for (const node of (ast as unknown as { body: any[] }).body) {
    if (node.type !== "ImportDeclaration" || node.source.value !== "replicad") continue;
    for (const specifier of node.specifiers) {
      if (specifier.type === "ImportSpecifier" && specifier.imported.type === "Identifier") imported.push({ name: specifier.imported.name, line: specifier.imported.loc.start.line });
    }
  }
  return imported;
}
