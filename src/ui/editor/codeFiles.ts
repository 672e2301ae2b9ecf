import type { CodeLanguage, LanguageChoice } from "../../model/codeLanguage";

/** What the editor's Open button accepts. */
export const CODE_FILE_TYPES = ".py,.js,.mjs,.jsx,.ts,.tsx,.txt";

/** The language a file's name says: `.py` is CadQuery, the JavaScript family replicad; anything else is read from the code. */
export function languageOfFileName(name: string): LanguageChoice {
  const extension = name.toLowerCase().match(/\.([a-z]+)$/)?.[1] ?? "";
  if (extension === "py") return "python";
  if (["js", "mjs", "jsx", "ts", "tsx"].includes(extension)) return "javascript";
  return "auto";
}

/** The name and type a download of the code is given, by the language it builds as. */
export function codeFileFor(taskId: string, language: CodeLanguage): { name: string; type: string } {
  return language === "python" ? { name: `${taskId}.py`, type: "text/x-python" } : { name: `${taskId}.js`, type: "text/javascript" };
}
