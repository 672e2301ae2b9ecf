import type { PyodideInterface } from "pyodide";
import type { PyProxy } from "pyodide/ffi";

/** A callable proxy of a function of the interpreter. */
type PyCallable = PyProxy & ((...args: unknown[]) => unknown);

/** Tools a candidate could leave running inside a later build: the ids of `sys.monitoring`. */
const MONITORING_TOOLS = [0, 1, 2, 3, 4, 5];

/** Attributes whose replacement rewrites what a function does; their writes are audited. */
const REWRITES = new Set(["__code__", "__defaults__", "__kwdefaults__"]);

/**
 * Guards the interpreter every build of a realm shares (see `_cadforge_seal.py`). Python gives a
 * candidate every object of it, so the seal does not keep anyone out: it records the interpreter
 * once, after our modules are installed, and `changes` answers what differs since. A change is
 * never undone (a candidate that can rewrite a function can also hide what an undo restores): the
 * realm's owner replaces the realm.
 *
 * The check runs from here, where no candidate's code reaches, and trusts only what a candidate
 * cannot alter: C functions held as proxies since the seal, and the seal's own functions once their
 * code and defaults are verified to be the recorded objects. Nothing may be hooked to run inside it
 * or inside later builds (a tracer, a profiler, a `sys.monitoring` tool, an audit hook added after
 * ours), and a profiler of ours makes sure no Python code runs inside the comparison itself.
 */
export class PythonSeal {
  private readonly tidy: PyCallable;
  private readonly check: PyCallable;
  private readonly describe: PyCallable;
  private readonly facts: PyCallable[];
  private readonly recorded: Map<PyCallable, unknown[]>;
  private readonly is: PyCallable;
  private readonly tracers: [string, PyCallable][];
  private readonly tool: PyCallable;
  private readonly setprofile: PyCallable;
  /** What the audit hook saw that a comparison cannot: hooks added, functions rewritten. */
  private readonly seen: string[] = [];

  constructor(pyodide: PyodideInterface) {
    // Held for the realm's life: the functions taken from them are borrowed from these proxies.
    const sys = pyodide.pyimport("sys");
    const operator = pyodide.pyimport("operator");
    const sealed = pyodide.pyimport("_cadforge_seal").seal() as PyProxy & { get(i: number): PyCallable };
    [this.tidy, this.check, this.describe] = [0, 1, 2].map((i) => sealed.get(i));
    const functions = sealed.get(3);
    const contains = operator.contains as PyCallable;
    // Reading a function's code is audited too, so comparing every function's code would call
    // this hook thousands of times per check: it watches the writes instead, as they happen.
    // Added once; a hook added later is announced to this one, whatever that hook is.
    sys.addaudithook((event: string, args: PyProxy & { get(i: number): unknown }) => {
      if (event === "sys.addaudithook") this.seen.push("sys.addaudithook (an audit hook was added)");
      if (event !== "object.__setattr__" || !REWRITES.has(args.get(1) as string)) return;
      const target = args.get(0) as PyProxy & { __module__: unknown; __qualname__: unknown };
      try {
        if (contains(functions, target) === true) this.seen.push(`${target.__module__}.${target.__qualname__} (its ${args.get(1)} was replaced)`);
      } finally {
        target.destroy();
      }
    });
    this.facts = ["__code__", "__defaults__", "__kwdefaults__"].map((name) => operator.attrgetter(name) as PyCallable);
    this.recorded = new Map([this.tidy, this.check].map((fn) => [fn, this.facts.map((fact) => fact(fn))]));
    this.is = operator.is_;
    this.tracers = [
      ["sys.settrace (a tracer is set)", sys.gettrace],
      ["sys.setprofile (a profiler is set)", sys.getprofile],
    ];
    this.tool = sys.monitoring.get_tool;
    this.setprofile = sys.setprofile;
  }

  /** What changed since the seal, by name; empty when nothing did. */
  changes(): string[] {
    if (!this.isIntact(this.tidy)) return ["the seal's own tidy"];
    let tidy = false;
    try {
      // First: collecting may run finalizers a candidate left, and whatever they do is seen below.
      tidy = this.tidy() === true;
    } catch {
      // A module table that cannot be tidied is a change.
    }
    if (!tidy) return ["sys.modules (a key that is not a module's name)"];
    const hooked = this.hooks();
    if (hooked.length > 0) return hooked;
    if (!this.isIntact(this.check)) return ["the seal's own check"];
    let intact = false;
    let calls = 0;
    this.setprofile((_frame: unknown, event: string) => {
      if (event === "call") calls += 1;
    });
    try {
      intact = this.check() === true;
    } catch {
      // A check that cannot run is a change.
    } finally {
      this.setprofile(undefined);
    }
    // One call is the check itself; any other is code a candidate supplied, run by a comparison.
    if (calls !== 1) return ["a key whose comparison runs Python code"];
    return intact ? [] : this.named();
  }

  private hooks(): string[] {
    const found = [...this.seen];
    for (const [name, current] of this.tracers) {
      const hook = current() as PyProxy | undefined;
      if (hook === undefined) continue;
      hook.destroy?.();
      found.push(name);
    }
    for (const id of MONITORING_TOOLS) {
      if (this.tool(id) !== undefined) found.push(`sys.monitoring (tool ${id} is in use)`);
    }
    return found;
  }

  /** The function's code and defaults are the very objects recorded at the seal. */
  private isIntact(fn: PyCallable): boolean {
    const recorded = this.recorded.get(fn)!;
    return this.facts.every((fact, i) => {
      const now = fact(fn);
      try {
        return this.is(now, recorded[i]) === true;
      } finally {
        (now as PyProxy | undefined)?.destroy?.();
      }
    });
  }

  private named(): string[] {
    try {
      const names = this.describe() as PyProxy & { toJs(): unknown };
      try {
        const list = names.toJs();
        if (Array.isArray(list) && list.length > 0 && list.every((n) => typeof n === "string")) return list as string[];
      } finally {
        names.destroy();
      }
    } catch {
      // The names are for the message only; the check's answer stands without them.
    }
    return ["Python's shared state"];
  }
}
