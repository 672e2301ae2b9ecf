/**
 * The helper libraries were written against an older OpenCascade build, whose overloads carried
 * a number (`Message_ProgressRange_1`, `BRep_Tool.Surface_2`) and whose geometry came wrapped in
 * handles (`surface.get()`); the build replicad now ships resolves overloads by their arguments
 * under the plain name and hands out the geometry itself. This view of the kernel answers an old
 * numbered name, when the kernel lacks it, with the plain one, and gives what such a call returns
 * the handle's `get()`. Everything else is the kernel's own, unwrapped.
 */
export function withLegacyOverloads<T extends object>(oc: T): T {
  return view(oc) as T;
}

const views = new WeakMap<object, object>();
const NUMBERED = /^(.+)_\d+$/;

function view(target: object): object {
  let proxy = views.get(target);
  if (!proxy) {
    proxy = new Proxy(target, {
      get(owner, key) {
        const value = Reflect.get(owner, key);
        if (value !== undefined || typeof key !== "string") {
          // A class, whose statics may be asked for by a numbered name too.
          return typeof value === "function" && typeof key === "string" && /^[A-Z]/.test(key) ? view(value) : value;
        }
        const plain = NUMBERED.exec(key)?.[1];
        const renamed = plain === undefined ? undefined : Reflect.get(owner, plain);
        return typeof renamed === "function" ? legacyCall(renamed) : renamed;
      },
    });
    views.set(target, proxy);
  }
  return proxy;
}

/** Construction is the kernel's own; a call's result also answers `get()` with itself, as its handle did. */
function legacyCall(fn: object): object {
  return new Proxy(fn, {
    apply(target, self, args) {
      const result = Reflect.apply(target as (...a: unknown[]) => unknown, self, args);
      if (result && typeof result === "object" && !("get" in result)) Object.defineProperty(result, "get", { value: () => result });
      return result;
    },
  });
}
