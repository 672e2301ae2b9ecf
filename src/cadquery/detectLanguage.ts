import type { CodeLanguage, LanguageChoice } from "../model/codeLanguage";

/** A line that imports CadQuery (`import cadquery`, `import cadquery as cq`, `from cadquery import ...`). */
const CADQUERY_IMPORT = /^[ \t]*(import[ \t]+cadquery\b|from[ \t]+cadquery(\.[\w.]+)?[ \t]+import\b)/m;

/** The language of a candidate: what the caller chose, or, for "auto", Python when it imports CadQuery. */
export function resolveLanguage(source: string, choice: LanguageChoice = "auto"): CodeLanguage {
  if (choice !== "auto") return choice;
  return CADQUERY_IMPORT.test(source) ? "python" : "javascript";
}
