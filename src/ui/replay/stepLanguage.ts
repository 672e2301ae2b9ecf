import type { CodeLanguage } from "../../model/codeLanguage";
import { resolveLanguage } from "../../model/detectLanguage";

/**
 * The language of a replayed step: the one its row names (`lang`, written by rollouts that know
 * it), else the one its code shows. A `lang` that is not a language is ignored, as the row's other
 * unknown fields are.
 */
export function stepLanguage(code: string, lang: unknown): CodeLanguage {
  return lang === "python" || lang === "javascript" ? lang : resolveLanguage(code);
}
