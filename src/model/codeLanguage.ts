/** The languages a candidate can be written in: replicad code (JS or TS) or CadQuery (Python). */
export type CodeLanguage = "javascript" | "python";

/** What a caller asks for: a language, or "auto" to read it from the code (`import cadquery`). */
export type LanguageChoice = CodeLanguage | "auto";

export const LANGUAGE_CHOICES: readonly LanguageChoice[] = ["auto", "javascript", "python"];

/** The choices as an error message lists them: "auto", "javascript", "python". */
export const QUOTED_LANGUAGE_CHOICES = LANGUAGE_CHOICES.map((choice) => `"${choice}"`).join(", ");

/** Whether a value read from outside (a JSON field, a command-line flag) is a language choice. */
export function isLanguageChoice(value: unknown): value is LanguageChoice {
  return (LANGUAGE_CHOICES as readonly unknown[]).includes(value);
}
