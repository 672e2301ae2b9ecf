/**
 * Keeps one candidate from changing what the next candidate, or the scorer, sees. A snapshot of
 * the property descriptors of JavaScript's built-ins, the global object and replicad's classes is
 * taken right before user code runs; afterwards every change is undone and reported. The snapshot
 * is per run, not per realm, because the host (a test runner's stack-trace hooks, lazily defined
 * globals) may change built-ins between runs and that is not the candidate's doing. User code
 * cannot schedule timers (see `sandbox.ts`), so it has no way to act after the check.
 *
 * Plain globals that sloppy scripts create by assignment (`result = ...`) are removed quietly;
 * changes to built-ins or replicad are reported so the build can be refused.
 */
export interface RealmCheck {
  /** Built-ins or replicad members the code changed, e.g. "Object.prototype.toString". */
  tampered: string[];
  /**
   * What the code changed of Python's shared state (`PythonRuntime.changes`), checked once a job
   * has settled. Such changes are not undone, so the realm is poisoned too.
   */
  python?: string[];
  /** True when a change could not be undone (a frozen prototype): the realm must be replaced. */
  poisoned: boolean;
}

interface Watched {
  label: string;
  target: object;
  prototype: object | null;
  extensible: boolean;
  descriptors: Map<PropertyKey, PropertyDescriptor>;
}

const typedArrayBase = Object.getPrototypeOf(Int8Array) as { prototype: object };

function intrinsics(): [string, object][] {
  const named: [string, object][] = [
    ["Object", Object],
    ["Function", Function],
    ["Array", Array],
    ["String", String],
    ["Number", Number],
    ["Boolean", Boolean],
    ["Symbol", Symbol],
    ["BigInt", BigInt],
    ["Promise", Promise],
    ["Map", Map],
    ["Set", Set],
    ["WeakMap", WeakMap],
    ["WeakSet", WeakSet],
    ["Error", Error],
    ["TypeError", TypeError],
    ["RangeError", RangeError],
    ["RegExp", RegExp],
    ["Date", Date],
    ["ArrayBuffer", ArrayBuffer],
    ["DataView", DataView],
    ["TypedArray", typedArrayBase],
    ["Float32Array", Float32Array],
    ["Float64Array", Float64Array],
    ["Uint32Array", Uint32Array],
    ["Int32Array", Int32Array],
    ["Uint8Array", Uint8Array],
    ["Proxy", Proxy],
  ];
  const all: [string, object][] = [];
  for (const [name, ctor] of named) {
    all.push([name, ctor]);
    const proto = (ctor as { prototype?: object }).prototype;
    if (proto) all.push([`${name}.prototype`, proto]);
  }
  all.push(["Math", Math], ["JSON", JSON], ["Reflect", Reflect], ["WebAssembly", WebAssembly], ["console", console]);
  return all;
}

function describeObject(label: string, target: object): Watched {
  const descriptors = new Map<PropertyKey, PropertyDescriptor>();
  for (const key of Reflect.ownKeys(target)) {
    const descriptor = Reflect.getOwnPropertyDescriptor(target, key);
    if (descriptor) descriptors.set(key, descriptor);
  }
  return { label, target, prototype: Reflect.getPrototypeOf(target), extensible: Reflect.isExtensible(target), descriptors };
}

function sameDescriptor(a: PropertyDescriptor, b: PropertyDescriptor): boolean {
  return Object.is(a.value, b.value) && a.get === b.get && a.set === b.set && a.writable === b.writable && a.enumerable === b.enumerable && a.configurable === b.configurable;
}

function keyName(key: PropertyKey): string {
  return typeof key === "symbol" ? `[${key.description ?? "symbol"}]` : String(key);
}

export class RealmGuard {
  private readonly watched: Watched[];
  private readonly global: Watched;

  /** `extra`: further objects to protect, such as replicad's class prototypes. */
  constructor(extra: [string, object][] = []) {
    this.watched = [...intrinsics(), ...extra].map(([label, target]) => describeObject(label, target));
    this.global = describeObject("globalThis", globalThis);
  }

  /** Undoes every change since the snapshot and says what was changed. */
  restore(): RealmCheck {
    const tampered: string[] = [];
    let poisoned = false;
    for (const watched of this.watched) {
      const result = restoreObject(watched, (key) => tampered.push(`${watched.label}.${keyName(key)}`));
      poisoned ||= result;
    }
    // New globals are forgiven (sloppy assignments); changed or removed ones are not.
    poisoned ||= restoreObject(this.global, (key, kind) => {
      if (kind !== "added") tampered.push(`globalThis.${keyName(key)}`);
    }, { skipAccessors: true });
    return { tampered, poisoned };
  }
}

/** Returns true when the object could not be put back (frozen, sealed or non-configurable changes). */
function restoreObject(
  watched: Watched,
  report: (key: PropertyKey, kind: "added" | "changed" | "removed") => void,
  options: { skipAccessors?: boolean } = {},
): boolean {
  const { target } = watched;
  let poisoned = false;
  if (Reflect.isExtensible(target) !== watched.extensible) {
    report("[[Extensible]]", "changed");
    poisoned = true;
  }
  if (Reflect.getPrototypeOf(target) !== watched.prototype) {
    report("[[Prototype]]", "changed");
    poisoned ||= !Reflect.setPrototypeOf(target, watched.prototype);
  }
  for (const key of Reflect.ownKeys(target)) {
    if (watched.descriptors.has(key)) continue;
    report(key, "added");
    poisoned ||= !Reflect.deleteProperty(target, key);
  }
  for (const [key, original] of watched.descriptors) {
    // Some engines define globals as lazy getters that replace themselves with a value on first use.
    if (options.skipAccessors && original.get) continue;
    const now = Reflect.getOwnPropertyDescriptor(target, key);
    if (now && sameDescriptor(now, original)) continue;
    report(key, now ? "changed" : "removed");
    poisoned ||= !Reflect.defineProperty(target, key, original);
  }
  return poisoned;
}
