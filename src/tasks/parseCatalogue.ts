import type { Catalogue, Task, TaskLoadError, TrajectoryStep } from "./types";
import { envelopeOf, validateTaskFile, validateTrajectoryFile } from "./validateTask";

/**
 * Builds the catalogue from task files given as `{ path: text }`, where a path reads
 * `tasks/<id>/<file>` (a leading `/` or a longer prefix before `tasks/` is ignored). Node reads
 * the files from disk and the browser bundle inlines them; both come through here, so both see
 * the same catalogue. A broken task becomes an error naming its file and field; the rest load.
 */
export function parseCatalogue(files: Record<string, string>): Catalogue {
  const folders = new Map<string, Map<string, string>>();
  for (const [path, text] of Object.entries(files)) {
    const match = /(?:^|\/)tasks\/([^/]+)\/([^/]+)$/.exec(path.replace(/\\/g, "/"));
    if (!match) continue;
    const [, id, file] = match;
    if (!folders.has(id)) folders.set(id, new Map());
    folders.get(id)!.set(file, text);
  }

  const tasks: Task[] = [];
  const errors: TaskLoadError[] = [];
  for (const id of [...folders.keys()].sort()) {
    const result = parseTaskFolder(id, folders.get(id)!);
    if ("task" in result) tasks.push(result.task);
    else errors.push(...result.errors);
  }
  return { tasks, errors };
}

function parseTaskFolder(id: string, files: Map<string, string>): { task: Task } | { errors: TaskLoadError[] } {
  const errors: TaskLoadError[] = [];
  const fail = (file: string, field: string | null, message: string) => errors.push({ taskId: id, file: `tasks/${id}/${file}`, field, message });

  const raw = files.get("task.json");
  let parsed: unknown = undefined;
  if (raw === undefined) fail("task.json", null, "is missing");
  else {
    try {
      parsed = JSON.parse(raw);
    } catch (error) {
      fail("task.json", null, `is not valid JSON: ${(error as Error).message}`);
    }
  }
  const { task: file, problems } = parsed === undefined ? { task: null, problems: [] } : validateTaskFile(parsed, id);
  for (const problem of problems) fail("task.json", problem.field || null, problem.message);

  for (const name of ["reference.js", "seed.js"]) {
    if (!files.get(name)?.trim()) fail(name, null, "is missing or empty");
  }

  let trajectory: TrajectoryStep[] = [];
  const rawTrajectory = files.get("trajectory.json");
  if (rawTrajectory !== undefined) {
    try {
      const { trajectory: steps, problems: stepProblems } = validateTrajectoryFile(JSON.parse(rawTrajectory));
      for (const problem of stepProblems) fail("trajectory.json", problem.field, problem.message);
      trajectory = (steps?.steps ?? []).flatMap((step, i) => {
        const code = files.get(step.file);
        if (code === undefined) {
          fail("trajectory.json", `steps[${i}].file`, `names ${step.file}, which is not in the task folder`);
          return [];
        }
        return [{ label: step.label, rationale: step.rationale, builds: step.builds, code, file: step.file }];
      });
    } catch (error) {
      fail("trajectory.json", null, `is not valid JSON: ${(error as Error).message}`);
    }
  }

  if (errors.length > 0 || !file) return { errors };
  return {
    task: {
      id: file.id,
      level: file.level,
      family: file.family,
      prompt: file.prompt,
      envelope: envelopeOf(file),
      expectedComponents: file.expected_components ?? null,
      checklist: file.checklist,
      reference: files.get("reference.js")!,
      references: [
        files.get("reference.js")!,
        ...[...files.keys()]
          .filter((name) => /^reference_[\w-]+\.js$/.test(name))
          .sort()
          .map((name) => files.get(name)!),
      ],
      seed: files.get("seed.js")!,
      trajectory,
    },
  };
}
