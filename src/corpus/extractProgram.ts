/** Where a program sits in a fetched file: the whole file, or one fenced code block of a Markdown/MDX page. */
export type Extraction = { kind: "file" } | { kind: "codeBlock"; index: number };

export interface FencedBlock {
  /** The info string after the opening fence (`js`, `javascript title="x.js"`, ...). */
  info: string;
  /** 1-based line of the opening fence in the page. */
  line: number;
  text: string;
}

/**
 * The fenced code blocks of a Markdown page, in order, whatever their language: a manifest's
 * `index` counts every block, so it points at the same block however the page labels them.
 * A fence closes on a line of the same character, at least as long as the one that opened it.
 */
export function fencedBlocks(page: string): FencedBlock[] {
  const lines = page.split(/\r?\n/);
  const blocks: FencedBlock[] = [];
  let open: { fence: string; info: string; line: number; indent: number; body: string[] } | null = null;
  lines.forEach((line, i) => {
    if (!open) {
      const start = /^( {0,3})(`{3,}|~{3,})(.*)$/.exec(line);
      if (start) open = { fence: start[2], info: start[3].trim(), line: i + 1, indent: start[1].length, body: [] };
      return;
    }
    const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
    if (close && close[1][0] === open.fence[0] && close[1].length >= open.fence.length) {
      blocks.push({ info: open.info, line: open.line, text: open.body.join("\n") + "\n" });
      open = null;
      return;
    }
    // An indented fence indents its content by as much; CommonMark strips up to that many spaces.
    open.body.push(line.replace(new RegExp(`^ {0,${open.indent}}`), ""));
  });
  return blocks;
}

/** The program a manifest entry points at, from the text of the file it names. */
export function extractProgram(fileText: string, extraction: Extraction): string {
  if (extraction.kind === "file") return fileText;
  const blocks = fencedBlocks(fileText);
  const block = blocks[extraction.index];
  if (!block) throw new Error(`code block ${extraction.index} asked for, but the page has ${blocks.length} (0 to ${blocks.length - 1})`);
  return block.text;
}
