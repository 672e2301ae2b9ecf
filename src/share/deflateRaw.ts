/** Raw deflate with the platform's `CompressionStream` (browsers and Node alike, no library). */
export async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export type InflateOutcome = { ok: true; bytes: Uint8Array } | { ok: false; reason: "too_large" | "corrupt"; message: string };

/**
 * Inflates `bytes` but stops reading the moment the output passes `limit`, so a small link that
 * unpacks to gigabytes (a decompression bomb) costs at most `limit` bytes and one chunk of work.
 */
export async function inflateRawLimited(bytes: Uint8Array, limit: number): Promise<InflateOutcome> {
  const inflater = new DecompressionStream("deflate-raw");
  const writer = inflater.writable.getWriter();
  const reader = inflater.readable.getReader();
  // Writing is not awaited before reading: the write only settles once the output is drained.
  const writing = writer.write(bytes as BufferSource).then(() => writer.close());
  writing.catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limit) {
        await reader.cancel();
        return { ok: false, reason: "too_large", message: `it unpacks to more than ${limit} bytes` };
      }
      chunks.push(value);
    }
    await writing;
  } catch (error) {
    return { ok: false, reason: "corrupt", message: `it is not valid deflate data (${(error as Error).message ?? String(error)}); the link may be cut short or altered` };
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes: out };
}
