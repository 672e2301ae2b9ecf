import { RolloutReader, type RolloutFile } from "../../rollouts";

/** A file larger than this is refused before reading: it would not fit the page's memory with its meshes. */
export const MAX_ROLLOUTS_BYTES = 256 * 1024 * 1024;

export interface LoadProgress {
  bytesRead: number;
  totalBytes: number;
  file: RolloutFile;
}

/**
 * Reads a dropped or picked JSONL file a chunk at a time, handing back progress after each chunk
 * and yielding to the page in between, so a 10,000-line file never freezes it.
 */
export async function loadRolloutsFile(file: Blob, knownTasks: ReadonlySet<string>, onProgress: (progress: LoadProgress) => void): Promise<RolloutFile> {
  if (file.size > MAX_ROLLOUTS_BYTES) {
    throw new Error(`the file is ${(file.size / 1024 / 1024).toFixed(0)} MB, over the ${MAX_ROLLOUTS_BYTES / 1024 / 1024} MB this page reads; split it and load the parts one at a time`);
  }
  const reader = new RolloutReader(knownTasks);
  const decoder = new TextDecoder();
  const stream = file.stream().getReader();
  let bytesRead = 0;
  let lastReport = 0;
  for (;;) {
    const { done, value } = await stream.read();
    if (done) break;
    bytesRead += value.byteLength;
    reader.push(decoder.decode(value, { stream: true }));
    const now = performance.now();
    if (now - lastReport > 100) {
      lastReport = now;
      onProgress({ bytesRead, totalBytes: file.size, file: reader.snapshot() });
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
    }
  }
  reader.push(decoder.decode());
  const result = reader.end();
  onProgress({ bytesRead, totalBytes: file.size, file: result });
  return result;
}
