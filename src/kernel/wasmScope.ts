import { WrappingObj } from "replicad";

/**
 * Collects every replicad wrapper (shape, sketch, vector, ...) created while it is open, so a build's
 * WASM objects are freed when the build ends instead of whenever the JS garbage collector runs.
 *
 * replicad's `WrappingObj` constructor assigns `this._wrapped`; a setter on the prototype sees
 * every such assignment, records the instance once, and then stores the value on the instance
 * itself so later reads and writes bypass the hook.
 */
export class WasmScope {
  private readonly objects: { delete(): void }[] = [];
  private disposed = false;

  get size(): number {
    return this.objects.length;
  }

  /** Runs `fn` with this scope collecting; scopes do not nest, the innermost open one collects. */
  async collect<T>(fn: () => T | Promise<T>): Promise<T> {
    const previous = current;
    current = this;
    try {
      return await fn();
    } finally {
      current = previous;
    }
  }

  /** Deletes every collected object that is still alive; safe to call twice. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const obj of this.objects) {
      try {
        obj.delete();
      } catch {
        // Already freed by its owner: WrappingObj.delete is idempotent, raw handles are not.
      }
    }
    this.objects.length = 0;
  }

  /** @internal called by the prototype hook */
  record(obj: { delete(): void }): void {
    if (this.disposed) return;
    this.objects.push(obj);
  }
}

let current: WasmScope | null = null;

Object.defineProperty(WrappingObj.prototype, "_wrapped", {
  configurable: true,
  set(this: { delete(): void }, value: unknown) {
    Object.defineProperty(this, "_wrapped", { value, writable: true, configurable: true, enumerable: true });
    current?.record(this);
  },
  get() {
    return undefined;
  },
});
