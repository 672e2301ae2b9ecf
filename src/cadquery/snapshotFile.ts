/**
 * The file format of an interpreter snapshot (`pythonSnapshotPath`). A snapshot is Pyodide's WASM
 * memory, about 21 MB of which two thirds are zeros in long runs; the file leaves those runs out.
 * That halves it and, unlike gzip, costs nothing to undo: gzip's 4 MB took 170-200 ms to inflate
 * in the page worker and about 500 ms with Node's `DecompressionStream`, most of what the snapshot
 * saves. Hosts that compress what they serve compress the rest.
 *
 * Layout, little-endian u32s: the memory's length, then records of (zeros, literal length,
 * literal bytes) until the memory is whole.
 */

/** Shorter runs stay literal: they are many, and each record costs 8 bytes and a copy. */
const SHORTEST_RUN = 256;

export function encodeSnapshot(memory: Uint8Array): Uint8Array {
  const records: [number, Uint8Array][] = [];
  let size = 4;
  let at = 0;
  while (at < memory.length) {
    const zerosEnd = runEnd(memory, at);
    let literalEnd = zerosEnd;
    // A literal ends at the next run of zeros long enough to leave out, or at trailing zeros.
    while (literalEnd < memory.length) {
      if (memory[literalEnd] !== 0) {
        literalEnd++;
        continue;
      }
      const end = runEnd(memory, literalEnd);
      if (end - literalEnd >= SHORTEST_RUN || end === memory.length) break;
      literalEnd = end;
    }
    records.push([zerosEnd - at, memory.subarray(zerosEnd, literalEnd)]);
    size += 8 + literalEnd - zerosEnd;
    at = literalEnd;
  }
  const file = new Uint8Array(size);
  const view = new DataView(file.buffer);
  view.setUint32(0, memory.length, true);
  let offset = 4;
  for (const [zeros, literal] of records) {
    view.setUint32(offset, zeros, true);
    view.setUint32(offset + 4, literal.length, true);
    file.set(literal, offset + 8);
    offset += 8 + literal.length;
  }
  return file;
}

/** The memory a snapshot file holds; a file cut short or altered is refused, naming where. */
export function decodeSnapshot(file: Uint8Array): Uint8Array {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const broken = (what: string) => new Error(`the Python snapshot file (${file.length} bytes) is cut short or altered: ${what}`);
  if (file.length < 4) throw broken("it has no header");
  const memory = new Uint8Array(view.getUint32(0, true));
  let offset = 4;
  let at = 0;
  while (offset < file.length) {
    if (offset + 8 > file.length) throw broken(`a record at byte ${offset} has no lengths`);
    const zeros = view.getUint32(offset, true);
    const length = view.getUint32(offset + 4, true);
    offset += 8;
    if (offset + length > file.length || at + zeros + length > memory.length) throw broken(`the record at byte ${offset - 8} runs past the end`);
    memory.set(file.subarray(offset, offset + length), at + zeros);
    at += zeros + length;
    offset += length;
  }
  if (at !== memory.length) throw broken(`it fills ${at} of ${memory.length} bytes`);
  return memory;
}

/** Where the run of zeros starting at `at` ends (`at` itself when there is none). */
function runEnd(memory: Uint8Array, at: number): number {
  let end = at;
  while (end < memory.length && memory[end] === 0) end++;
  return end;
}
