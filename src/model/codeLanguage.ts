/** The languages a candidate can be written in: replicad code (JS or TS) or CadQuery (Python). */
export type CodeLanguage = "javascript" | "python";

/** What a caller asks for: a language, or "auto" to read it from the code (`import cadquery`). */
export type LanguageChoice = CodeLanguage | "auto";

export const LANGUAGE_CHOICES: readonly LanguageChoice[] = ["auto", "javascript", "python"];
