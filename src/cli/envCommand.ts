import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { CadEnvironment, EnvError, handleRequest, refusal, type EnvResponse } from "../env";
import type { Task } from "../tasks/types";
import { WorkerPool } from "../worker/node/workerPool";
import { UsageError } from "./usageError";
import { readLimits, type RunLimits } from "./cliOptions";

/**
 * `cadforge env`: one environment served over stdin/stdout, one JSON request a line in, one JSON
 * answer a line out, in order. A line that is not a request gets an error answer naming the line,
 * and the next line is served. End of input ends the process once every answer is written.
 * Candidates run on a worker thread under their work budget, with the wall-clock backstop for
 * what the budget cannot count, as in `cadforge score`.
 */
export async function runEnvCommand(argv: string[], tasks: readonly Task[]): Promise<number> {
  const limits = readOptions(argv);
  const pool = new WorkerPool({ workers: 1, timeoutMs: limits.timeoutMs });
  const env = new CadEnvironment({ tasks, score: (task, code, mode, language) => pool.run({ kind: "score", task, code, mode, budget: limits.budget, language }) });
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNumber = 0;
  try {
    // Requests are answered strictly one after another, so answers come out in request order.
    for await (const text of lines) {
      lineNumber++;
      if (text.trim() === "") continue;
      const answer = await answerLine(env, text, lineNumber);
      process.stdout.write(JSON.stringify(answer) + "\n");
    }
  } finally {
    await pool.close();
  }
  return 0;
}

async function answerLine(env: CadEnvironment, text: string, line: number): Promise<EnvResponse> {
  let request: unknown;
  try {
    request = JSON.parse(text);
  } catch (error) {
    return refusal(null, null, new EnvError("bad_request", `line ${line}: not valid JSON (${(error as Error).message})`));
  }
  const answer = await handleRequest(env, request);
  if (!answer.ok) answer.error.message = `line ${line}: ${answer.error.message}`;
  return answer;
}

function readOptions(argv: string[]): RunLimits {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, strict: true, allowPositionals: false, options: { timeout: { type: "string" }, budget: { type: "string" } } }));
  } catch (error) {
    throw new UsageError(`env: ${(error as Error).message}`);
  }
  return readLimits(values);
}
