import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { decodeSnapshot, encodeSnapshot } from "./snapshotFile";
import { pythonSnapshotPath } from "./bytecode/compiledPython";

const bytes = (...parts: (number | [number, number])[]) => Uint8Array.from(parts.flatMap((part) => (typeof part === "number" ? [part] : Array<number>(part[1]).fill(part[0]))));

describe("the interpreter snapshot's file format", () => {
  it("gives back every memory it encodes, whatever its runs of zeros", () => {
    const memories = [
      bytes(),
      bytes([0, 5000]),
      bytes(1, 2, 3),
      bytes([0, 300], 7, [0, 10], 8, [0, 256], 9),
      bytes(4, [0, 255], 5, [0, 1000]),
      bytes([0, 12], 6, [0, 257], 1, [0, 255]),
    ];
    for (const memory of memories) expect(decodeSnapshot(encodeSnapshot(memory))).toEqual(memory);
  });

  it("leaves out long runs of zeros only", () => {
    // Header, then one record: 1000 zeros, then the literal 5, 255 zeros, 6 (the short run stays).
    expect(encodeSnapshot(bytes([0, 1000], 5, [0, 255], 6)).length).toBe(4 + 8 + 257);
    expect(encodeSnapshot(bytes(5, [0, 256], 6)).length).toBe(4 + 8 + 1 + 8 + 1);
  });

  it("holds the snapshot Python starts from at about half its memory's size, and gives that memory back whole", async () => {
    const file = new Uint8Array(await readFile(await pythonSnapshotPath()));
    const memory = decodeSnapshot(file);
    expect(memory.length).toBeGreaterThan(16 * 1024 * 1024);
    expect(file.length).toBeLessThan(memory.length * 0.6);
    // Compared as buffers: a deep equality of 10 MB takes a minute.
    expect(Buffer.compare(encodeSnapshot(memory), file)).toBe(0);
  });

  it("refuses a file cut short or altered, saying where", () => {
    const file = encodeSnapshot(bytes([0, 400], 1, 2, 3, [0, 400], 4));
    expect(() => decodeSnapshot(file.subarray(0, 2))).toThrow(/cut short or altered: it has no header/);
    expect(() => decodeSnapshot(file.subarray(0, file.length - 1))).toThrow(/the record at byte \d+ runs past the end/);
    expect(() => decodeSnapshot(file.subarray(0, 4 + 8 + 3))).toThrow(/it fills 403 of 804 bytes/);
    const grown = file.slice();
    new DataView(grown.buffer).setUint32(4, 10_000, true);
    expect(() => decodeSnapshot(grown)).toThrow(/the record at byte 4 runs past the end/);
  });
});
