import type { ChecklistStatus, ScoreResult } from "../../src/scorer/types";

/** How far a CadQuery rewrite's total may lie from its replicad reference's (issue 14). */
export const TOTAL_TOLERANCE = 0.02;

/** The name a part was given, without the " (2)" the kernel adds to tell repeated names apart. */
const givenName = (name: string) => name.replace(/ \(\d+\)$/, "");

const checklistOf = (result: ScoreResult) => (result.metrics.semantic_parts?.items ?? []) as ChecklistStatus[];

/**
 * What keeps a CadQuery rewrite from standing in for the replicad reference of the same task, in
 * words: a failed build, a total further than the tolerance, a checklist item the reference passes
 * and the rewrite does not, a part name it lacks or adds. Empty when it stands in.
 */
export function parityProblems(replicad: ScoreResult, cadquery: ScoreResult): string[] {
  if (!replicad.ok) return [`the replicad reference fails: ${replicad.failure?.class} ${replicad.failure?.message}`];
  if (!cadquery.ok) return [`the CadQuery file fails: ${cadquery.failure?.class} at line ${cadquery.failure?.line}: ${cadquery.failure?.message}`];
  const problems: string[] = [];
  const gap = Math.abs(cadquery.reward.total - replicad.reward.total);
  if (gap > TOTAL_TOLERANCE) {
    problems.push(`total ${cadquery.reward.total.toFixed(4)} is ${gap.toFixed(4)} from the reference's ${replicad.reward.total.toFixed(4)}`);
  }
  const passed = new Map(checklistOf(cadquery).map((item) => [item.id, item.satisfied]));
  for (const item of checklistOf(replicad)) {
    if (item.satisfied && passed.get(item.id) !== true) problems.push(`checklist item "${item.id}" passes on the reference, not on the CadQuery file`);
  }
  const names = (result: ScoreResult) => result.parts.map((p) => givenName(p.name)).sort();
  const [want, got] = [names(replicad), names(cadquery)];
  if (want.join("\n") !== got.join("\n")) problems.push(`parts named ${JSON.stringify(got)}, the reference's ${JSON.stringify(want)}`);
  return problems;
}
