/** Lines kept from the start and the end of the previous code, and around the line an error names. */
export const EXCERPT = { head: 20, tail: 12, around: 3 } as const;
/** Lines kept from the end of an error message: where a stack or a kernel message says what failed. */
export const ERROR_TAIL_LINES = 12;

/**
 * The previous code cut to its head and tail (plus the lines around `focusLine`), each line
 * numbered as in the original so an error's line number can be found. Short code comes whole.
 */
export function codeExcerpt(code: string, focusLine: number | null): string {
  const lines = code.replace(/\s+$/, "").split(/\r?\n/);
  const keep = new Set<number>();
  const add = (from: number, to: number) => {
    for (let i = Math.max(0, from); i <= Math.min(lines.length - 1, to); i++) keep.add(i);
  };
  add(0, EXCERPT.head - 1);
  add(lines.length - EXCERPT.tail, lines.length - 1);
  if (focusLine !== null) add(focusLine - 1 - EXCERPT.around, focusLine - 1 + EXCERPT.around);

  const width = String(lines.length).length;
  const out: string[] = [];
  let skipped = 0;
  lines.forEach((text, i) => {
    if (!keep.has(i)) {
      skipped++;
      return;
    }
    if (skipped) out.push(`${" ".repeat(width)}| ... ${skipped} line${skipped === 1 ? "" : "s"} left out ...`);
    skipped = 0;
    out.push(`${String(i + 1).padStart(width)}| ${text}`);
  });
  return out.join("\n");
}

/** The last lines of an error message. */
export function errorTail(message: string): string[] {
  return message.replace(/\s+$/, "").split(/\r?\n/).slice(-ERROR_TAIL_LINES);
}
