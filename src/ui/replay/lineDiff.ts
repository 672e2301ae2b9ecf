/** One line of a diff: kept, removed from the old text or added in the new one, with its line numbers. */
export interface DiffLine {
  kind: "same" | "removed" | "added";
  text: string;
  /** 1-based, in the old text (null for an added line). */
  oldLine: number | null;
  /** 1-based, in the new text (null for a removed line). */
  newLine: number | null;
}

/** Past this many cells the middle of a diff is shown as removed-then-added rather than aligned. */
const MAX_TABLE_CELLS = 4_000_000;

/**
 * Line diff by longest common subsequence, after the common head and tail are set aside (edits
 * between steps are local, so the table is usually tiny).
 */
export function lineDiff(oldText: string, newText: string): DiffLine[] {
  const a = splitLines(oldText);
  const b = splitLines(newText);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;

  const out: DiffLine[] = [];
  for (let i = 0; i < head; i++) out.push({ kind: "same", text: a[i], oldLine: i + 1, newLine: i + 1 });
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  for (const [kind, i, j] of alignMiddle(midA, midB)) {
    if (kind === "same") out.push({ kind, text: midA[i], oldLine: head + i + 1, newLine: head + j + 1 });
    else if (kind === "removed") out.push({ kind, text: midA[i], oldLine: head + i + 1, newLine: null });
    else out.push({ kind, text: midB[j], oldLine: null, newLine: head + j + 1 });
  }
  for (let k = tail; k > 0; k--) out.push({ kind: "same", text: a[a.length - k], oldLine: a.length - k + 1, newLine: b.length - k + 1 });
  return out;
}

/** Counts of added and removed lines, for a step card's summary. */
export function diffStats(diff: DiffLine[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const line of diff) {
    if (line.kind === "added") added++;
    else if (line.kind === "removed") removed++;
  }
  return { added, removed };
}

type Op = ["same" | "removed" | "added", number, number];

function alignMiddle(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  if ((n + 1) * (m + 1) > MAX_TABLE_CELLS) {
    return [...a.map((_, i): Op => ["removed", i, -1]), ...b.map((_, j): Op => ["added", -1, j])];
  }
  // lcs[i][j]: common subsequence length of a[i..] and b[j..], one flat row-major array.
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] = a[i] === b[j] ? lcs[(i + 1) * width + j + 1] + 1 : Math.max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) ops.push(["same", i++, j++]);
    else if (lcs[(i + 1) * width + j] >= lcs[i * width + j + 1]) ops.push(["removed", i++, -1]);
    else ops.push(["added", -1, j++]);
  }
  while (i < n) ops.push(["removed", i++, -1]);
  while (j < m) ops.push(["added", -1, j++]);
  return ops;
}

function splitLines(text: string): string[] {
  if (text === "") return [];
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}
