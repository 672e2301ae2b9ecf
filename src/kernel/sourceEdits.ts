/**
 * Text that instrumentation puts into the user's program. Text is only ever inserted inside lines
 * (or overwritten at the same length), never as new lines, so line numbers stay the user's, and
 * the insertions say where columns moved so error locations can be read back.
 */

/** Text put into a line of the user's code: the columns after `column` (0-based) moved right by `length`. */
export interface Insertion {
  line: number;
  column: number;
  length: number;
}

/**
 * One insertion at offset `at`, opening or closing a wrapper around `around` (a syntax node's
 * span). Wrappers from different passes may start or end at the same offset; they nest by span,
 * and at equal spans a lower `pass` wraps a higher one.
 */
export interface SourceEdit {
  at: number;
  text: string;
  around: { start: number; end: number };
  closes: boolean;
  pass: number;
}

/** Characters replaced in place by text of the same length (an operator turned into a comma). */
export interface Overwrite {
  at: number;
  text: string;
}

function nestingOrder(a: SourceEdit, b: SourceEdit): number {
  if (a.at !== b.at) return a.at - b.at;
  if (a.closes !== b.closes) return a.closes ? -1 : 1;
  const spanA = a.around.end - a.around.start;
  const spanB = b.around.end - b.around.start;
  // Openings: the outer wrapper first. Closings: the inner wrapper first.
  if (spanA !== spanB) return a.closes ? spanA - spanB : spanB - spanA;
  return a.closes ? b.pass - a.pass : a.pass - b.pass;
}

export function applySourceEdits(javascript: string, edits: readonly SourceEdit[], overwrites: readonly Overwrite[] = []): { code: string; insertions: Insertion[] } {
  let base = javascript;
  for (const { at, text } of overwrites) base = base.slice(0, at) + text + base.slice(at + text.length);
  const ordered = [...edits].sort(nestingOrder);
  const pieces: string[] = [];
  let from = 0;
  for (const { at, text } of ordered) {
    pieces.push(base.slice(from, at), text);
    from = at;
  }
  pieces.push(base.slice(from));

  const lineStarts = [0];
  for (let i = 0; i < javascript.length; i++) if (javascript[i] === "\n") lineStarts.push(i + 1);
  const insertions = ordered.map(({ at, text }) => {
    let line = lineStarts.length - 1;
    while (lineStarts[line] > at) line--;
    return { line: line + 1, column: at - lineStarts[line], length: text.length };
  });
  return { code: pieces.join(""), insertions };
}

/**
 * The column (1-based) in the user's code of a column (1-based) in the instrumented code, on the
 * same line. A position inside inserted text (the step call that ran out of budget) maps to where
 * the text was inserted.
 */
export function userColumn(insertions: readonly Insertion[], line: number, column: number): number {
  const at = column - 1;
  let shift = 0;
  for (const ins of insertions.filter((i) => i.line === line)) {
    const start = ins.column + shift;
    if (at < start) break;
    if (at < start + ins.length) return ins.column + 1;
    shift += ins.length;
  }
  return at - shift + 1;
}
