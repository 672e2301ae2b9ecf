import type { BridgeReplicad } from "./cadqueryBridge";

/**
 * Runs `fn` with replicad's register for raw kernel objects (`localGC`) and deletes every object
 * it registered afterwards, whatever happens: the raw builders and axes a bridge call makes to
 * reach OpenCascade directly, which no replicad wrapper (and so no build scope) would free.
 */
export function withTemporaries<T>(r: BridgeReplicad, fn: (keep: <U>(o: U) => U) => T): T {
  const [keep, gc] = r.localGC();
  try {
    return fn(keep as <U>(o: U) => U);
  } finally {
    gc();
  }
}
