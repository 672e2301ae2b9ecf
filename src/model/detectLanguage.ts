import type { CodeLanguage, LanguageChoice } from "./codeLanguage";

/**
 * A line that imports CadQuery as Python does: `import cadquery`, `import cadquery as cq`,
 * `import math, cadquery`, `from cadquery import ...`. JavaScript's `import cadquery from "..."`
 * is not one.
 */
const CADQUERY_IMPORT = /^[ \t]*(import[ \t]+([\w.]+[ \t]*(as[ \t]+\w+)?[ \t]*,[ \t]*)*cadquery(\.[\w.]+)?[ \t]*(as[ \t]+\w+)?[ \t]*(,[^\n]*)?(#[^\n]*)?$|from[ \t]+cadquery(\.[\w.]+)?[ \t]+import\b)/m;

/** The language of a candidate: what the caller chose, or, for "auto", Python when it imports CadQuery. */
export function resolveLanguage(source: string, choice: LanguageChoice = "auto"): CodeLanguage {
  if (choice !== "auto") return choice;
  return CADQUERY_IMPORT.test(source) ? "python" : "javascript";
}
