import { loadCatalogueFromDisk } from "../tasks/loadFromDisk";
import type { Catalogue } from "../tasks/types";
import { parseCli } from "./cliOptions";
import { runCurriculumCommand } from "./curriculumCommand";
import { runEnvCommand } from "./envCommand";
import { runServeCommand } from "./serveCommand";
import { scoreBatch } from "./scoreBatch";
import { scoreFile } from "./scoreFile";
import { USAGE } from "./usage";
import { UsageError } from "./usageError";

/** The `cadforge` command. Returns the exit status. */
export async function main(argv: string[]): Promise<number> {
  try {
    if (argv[0] === "env") return await runEnvCommand(argv.slice(1), (await loadCatalogue()).tasks);
    if (argv[0] === "serve") return await runServeCommand(argv.slice(1), (await loadCatalogue()).tasks);
    if (argv[0] === "curriculum") return await runCurriculumCommand(argv.slice(1), (await loadCatalogue()).tasks);
    const cli = parseCli(argv);
    switch (cli.command) {
      case "help":
        process.stdout.write(USAGE + "\n");
        return 0;
      case "tasks": {
        const catalogue = await loadCatalogue();
        process.stdout.write(catalogue.tasks.map((t) => t.id + "\n").join(""));
        return 0;
      }
      case "score-file": {
        const catalogue = await loadCatalogue();
        const task = catalogue.tasks.find((t) => t.id === cli.taskId);
        if (!task) throw new UsageError(`unknown task "${cli.taskId}"; known tasks: ${catalogue.tasks.map((t) => t.id).join(", ")}`);
        const result = await scoreFile(task, cli.file, cli.mode, cli.language, cli.limits);
        process.stdout.write(JSON.stringify(result, null, 2) + "\n");
        return 0;
      }
      case "score-jsonl":
        await scoreBatch(cli);
        return 0;
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`cadforge: ${error.message}\nrun "cadforge --help" for usage\n`);
      return 2;
    }
    throw error;
  }
}

/** Broken task folders are reported on stderr; the good tasks stay usable. */
async function loadCatalogue(): Promise<Catalogue> {
  const catalogue = await loadCatalogueFromDisk();
  for (const e of catalogue.errors) process.stderr.write(`cadforge: task ${e.taskId}: ${e.file}${e.field ? ` (${e.field})` : ""}: ${e.message}\n`);
  return catalogue;
}

process.exitCode = await main(process.argv.slice(2));
