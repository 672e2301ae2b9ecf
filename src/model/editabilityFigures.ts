/**
 * What the scorer's editability reads of a program's source: measured by the scorer on
 * JavaScript's syntax tree, and by the CadQuery front end on Python's.
 */
export interface EditabilityFigures {
  /** Parameters: `defaultParams` entries, or a Python program's top-level `name = number`. */
  params: number;
  usedParams: string[];
  unusedParams: string[];
  geometryCallArgs: number;
  bareNumbers: number;
  helpers: number;
  loops: number;
  duplicateStatements: number;
}
