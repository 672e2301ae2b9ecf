import { readInput } from "./readInput";

/** The lines of a `--jsonl` input, numbered from 1, blank ones included so the numbers stay true. */
export interface InputLines {
  lines: AsyncIterable<string>;
  /** How many non-blank lines a file holds, each to be answered; null for standard input, read as it arrives. */
  count: number | null;
  /** Stops a read waiting on standard input, so a batch that cannot go on ends now, not at end of input. */
  abort(error: Error): void;
}

/**
 * A file is read whole up front, so an unreadable one is a usage error before any output. Standard
 * input is split as it arrives: a training loop writes a line and waits for its answer.
 */
export async function openInputLines(input: string): Promise<InputLines> {
  if (input !== "-") {
    const lines = splitLines(await readInput(input));
    return { lines: toAsync(lines), count: lines.filter((line) => !isBlank(line)).length, abort: () => {} };
  }
  return { lines: stdinLines(), count: null, abort: (error) => process.stdin.destroy(error) };
}

/** Blank lines are skipped: they get no answer and take no index. */
export function isBlank(line: string): boolean {
  return line.trim() === "";
}

/** The same split for a file and for a stream: `\n` or `\r\n` ends a line. */
function splitLines(text: string): string[] {
  return text.split(/\r?\n/);
}

async function* toAsync(lines: string[]): AsyncGenerator<string> {
  yield* lines;
}

async function* stdinLines(): AsyncGenerator<string> {
  process.stdin.setEncoding("utf8");
  let rest = "";
  for await (const chunk of process.stdin) {
    const lines = splitLines(rest + (chunk as string));
    rest = lines.pop()!;
    yield* lines;
  }
  yield rest;
}
