import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { buildCurriculum, curriculumJsonl, parseRollouts } from "../env/curriculum";
import type { Task } from "../tasks/types";
import { readInput } from "./readInput";
import { UsageError } from "./usageError";

/**
 * `cadforge curriculum <rollouts.jsonl|-> [--out <file>]`: repair prompts as JSONL (stdout or
 * --out), heaviest first. Lines that are not rollouts, and rollouts of unknown tasks, are named on
 * stderr and left out; a summary of counts by class goes to stderr too.
 */
export async function runCurriculumCommand(argv: string[], tasks: readonly Task[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, strict: true, allowPositionals: true, options: { out: { type: "string" } } });
  } catch (error) {
    throw new UsageError(`curriculum: ${(error as Error).message}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError(`curriculum takes one rollouts file (or - for stdin), got ${positionals.length ? positionals.join(" ") : "none"}`);
  const text = await readInput(positionals[0]);

  const { rollouts, errors: lineErrors } = parseRollouts(text);
  const curriculum = buildCurriculum(rollouts, new Map(tasks.map((t) => [t.id, t.prompt])));
  const jsonl = curriculumJsonl(curriculum);
  if (values.out !== undefined) {
    await writeFile(values.out, jsonl).catch((error) => {
      throw new UsageError(`cannot write ${values.out}: ${error.code ?? error.message}`);
    });
  } else {
    process.stdout.write(jsonl);
  }

  for (const e of [...lineErrors, ...curriculum.errors].sort((a, b) => a.line - b.line)) process.stderr.write(`cadforge: ${e.message}\n`);
  const { summary } = curriculum;
  const classes = Object.entries(summary.by_class).map(([c, n]) => `${c} ${n}`).join(", ") || "none";
  process.stderr.write(
    `cadforge: ${summary.rollouts} rollouts, ${summary.built} built, ${summary.passing} need no repair; ` +
      `${curriculum.prompts.length} repair prompts (${classes})\n`,
  );
  return 0;
}
