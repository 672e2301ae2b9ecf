/** True once a replicad wrapper's WASM object has been freed: reading it then throws "... deleted". */
export function isDeleted(obj: { wrapped: unknown }): boolean {
  try {
    void obj.wrapped;
    return false;
  } catch (error) {
    return /deleted/.test((error as Error).message);
  }
}
