import type { DimensionScore } from "./dimension";
import { round } from "./round";

/**
 * What a model costs, in figures that are the same on every run and in every realm: no build
 * time here, which varies with the machine's load (it lives only in `elapsed_ms`).
 */
export interface CostFigures {
  /** Replicad calls the program made (`BuiltModel.operationCount`): the kernel work it asked for. */
  operations: number;
  /** B-rep faces of all parts: how much kernel work the result carries into every later step. */
  faces: number;
  triangles: number;
  codeLength: number;
}

/** Ratio to the reference: free up to `slack` times the reference, then falling off. */
function relative(value: number, reference: number, slack: number): number {
  if (reference <= 0 || value <= reference * slack) return 1;
  return Math.max(0, Math.sqrt((reference * slack) / value));
}

/** Kernel operations, B-rep size, triangle count and code length against the task's reference. */
export function scoreEfficiency(candidate: CostFigures, reference: CostFigures): DimensionScore {
  const parts = {
    operations: relative(candidate.operations, reference.operations, 2),
    faces: relative(candidate.faces, reference.faces, 3),
    triangles: relative(candidate.triangles, reference.triangles, 3),
    code_length: relative(candidate.codeLength, reference.codeLength, 2.5),
  };
  const notes: string[] = [];
  if (parts.operations < 1) notes.push(`${candidate.operations} kernel operations, ${(candidate.operations / reference.operations).toFixed(1)}x the reference`);
  if (parts.faces < 1) notes.push(`${candidate.faces} B-rep faces, ${(candidate.faces / reference.faces).toFixed(1)}x the reference`);
  if (parts.code_length < 1) notes.push(`${candidate.codeLength} characters of code, ${(candidate.codeLength / reference.codeLength).toFixed(1)}x the reference`);
  const score = 0.3 * parts.operations + 0.25 * parts.faces + 0.25 * parts.triangles + 0.2 * parts.code_length;
  return {
    score,
    notes,
    metrics: {
      operations: candidate.operations,
      reference_operations: reference.operations,
      faces: candidate.faces,
      reference_faces: reference.faces,
      triangles: candidate.triangles,
      reference_triangles: reference.triangles,
      code_length: candidate.codeLength,
      reference_code_length: reference.codeLength,
      sub_scores: Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, round(v, 4)])),
    },
  };
}
