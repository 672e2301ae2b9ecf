import { beforeAll, describe, expect, it } from "vitest";
import type { Kernel } from "./index";
import { loadNodeKernel } from "./nodeKernel";
import { buildFailureOf } from "../../tests/support/buildFailure";

let kernel: Kernel;

beforeAll(async () => {
  kernel = await loadNodeKernel();
});

const failure = (source: string) => buildFailureOf(kernel, source);

describe("syntax errors", () => {
  it("locates a JavaScript syntax error at its line and column", async () => {
    expect(await failure(`const { makeBaseBox } = replicad;
const main = () => {
  const w = (10;
  return makeBaseBox(w, w, w);
};`)).toMatchObject({ class: "syntax", line: 3, column: 16 });
  });

  it("locates a syntax error in TypeScript code", async () => {
    const f = await failure(`import { makeBaseBox } from "replicad";
type P = { w: number };
export default function main(p: P) {
  const size: number = p.w +;
  return makeBaseBox(size, 1, 1);
}`);
    expect(f.class).toBe("syntax");
    expect(f.line).toBe(4);
    expect(f.column).toBe(29);
    expect(f.message).toMatch(/^SyntaxError: /);
  });
});

describe("runtime errors", () => {
  it("classifies a ReferenceError as undefined_name at the user's line and column", async () => {
    const f = await failure(`const { makeBaseBox } = replicad;
const main = () => {
  const w = 4;
  const h = heigth * 2;
  return makeBaseBox(w, w, h);
};`);
    expect(f).toMatchObject({ class: "undefined_name", line: 4, column: 13 });
    expect(f.message).toContain("heigth is not defined");
  });

  it("names the replicad operation of a kernel error and where the user called it", async () => {
    const f = await failure(`const { makeBaseBox } = replicad;
function main() {
  const block = makeBaseBox(10, 10, 10);
  return block.fillet(30);
}`);
    expect(f.class).toBe("kernel_error");
    expect(f.operation).toBe("Solid.fillet");
    expect(f.message).toMatch(/^Solid\.fillet failed: /);
    expect(f.message).not.toMatch(/WebAssembly\.Exception|\d{6,}/);
    expect(f.line).toBe(4);
    expect(f.column).toBeGreaterThanOrEqual(3);
  });
});

describe("invented API", () => {
  it("rejects a destructured replicad name that does not exist", async () => {
    expect(await failure(`const { makeBaseBox, makeGear } = replicad;
const main = () => makeGear(12);`)).toMatchObject({ class: "invented_api", line: 1, column: 22, message: 'replicad has no export named "makeGear"' });
  });

  it("rejects an imported replicad name that does not exist where the code uses it", async () => {
    expect(await failure(`import { makeBaseBox,
  drawHexagon } from "replicad";
export default function main() {
  const outline = drawHexagon(3);
  return makeBaseBox(1, 1, 1);
}`)).toMatchObject({ class: "invented_api", line: 4, column: 19, message: 'replicad has no export named "drawHexagon"' });
  });

  it("rejects replicad.<missing> member access", async () => {
    expect(await failure(`const main = () => {
  return replicad.makeTorusKnot(3);
};`)).toMatchObject({ class: "invented_api", line: 2 });
  });
});

describe("what main is and returns", () => {
  it("reports a missing main in the script form", async () => {
    const f = await failure(`const { makeBaseBox } = replicad;
const model = makeBaseBox(1, 2, 3);`);
    expect(f.class).toBe("missing_main");
    expect(f.message).toContain("const main");
  });

  it("reports a missing default export in the module form", async () => {
    const f = await failure(`import { makeBaseBox } from "replicad";
export const box = () => makeBaseBox(1, 2, 3);`);
    expect(f.class).toBe("missing_main");
    expect(f.message).toContain("export default function main");
    expect(f.message).toContain("export function main(replicad, params)");
  });

  it("refuses defaultParams that is not an object", async () => {
    expect(await failure(`const defaultParams = [1, 2];
const main = () => replicad.makeSphere(1);`)).toMatchObject({ class: "invalid_return", message: "defaultParams must be an object" });
  });

  it("rejects a number as the return value", async () => {
    const f = await failure(`const main = () => 42;`);
    expect(f).toMatchObject({ class: "invalid_return" });
    expect(f.message).toContain("a number, not a shape, drawing or sketch");
  });

  it("names the item of a returned array that is not a shape", async () => {
    const f = await failure(`const { makeBaseBox } = replicad;
const main = () => [{ shape: makeBaseBox(1, 1, 1), name: "ok" }, { shape: "box", name: "bad" }];`);
    expect(f.class).toBe("invalid_return");
    expect(f.message).toContain("item 1");
  });
});

describe("empty and degenerate shapes", () => {
  it("rejects an empty array", async () => {
    expect((await failure(`const main = () => [];`)).class).toBe("empty_shape");
  });

  it("rejects a boolean cut that removes everything", async () => {
    const f = await failure(`const { makeBaseBox } = replicad;
const main = () => makeBaseBox(10, 10, 10).cut(makeBaseBox(20, 20, 20).translate(0, 0, -5));`);
    expect(f.class).toBe("empty_shape");
    expect(f.message).toContain('"model"');
    expect(f.message).not.toContain("[object");
  });

  it("rejects a shape whose result has NaN dimensions", async () => {
    // The NaN travels inside a Vector, which the argument check does not open, so the kernel
    // builds a shape and the solid check is what catches it.
    const f = await failure(`const main = () => replicad.makeSphere(5).translate(new replicad.Vector([NaN, 0, 0]));`);
    expect(f.class).toBe("empty_shape");
    expect(f.message).toContain("NaN");
  });

  it("fails an inside-out solid as a degenerate shape, naming the part and its volume", async () => {
    const f = await failure(`const { makeBox, Solid } = replicad;
const main = () => [{ name: "flipped", shape: new Solid(makeBox([0, 0, 0], [10, 10, 10]).wrapped.Reversed()) }];`);
    expect(f.class).toBe("degenerate_shape");
    expect(f.message).toContain('part "flipped" is inside out (volume -1000.0 mm3)');
  });

  it("names the operation and the argument that is NaN or infinite, at the user's line", async () => {
    const nan = await failure(`const { makeBaseBox } = replicad;\nconst main = () => {\n  return makeBaseBox(NaN, 10, 10);\n};`);
    expect(nan).toMatchObject({ class: "kernel_error", operation: "makeBaseBox", line: 3 });
    expect(nan.message).toContain("makeBaseBox failed: argument 1 is NaN");
    const point = await failure(`const { makeCylinder } = replicad;\nconst main = () => makeCylinder(5, 10, [0, Infinity, 0]);`);
    expect(point.message).toContain("makeCylinder failed: argument 3 has Infinity at index 1");
    const method = await failure(`const { makeBaseBox } = replicad;\nconst main = () => makeBaseBox(1, 1, 1).translate(-Infinity, 0, 0);`);
    expect(method.message).toContain("translate failed: argument 1 is -Infinity");
  });
});

describe("main's first argument taken for the other one", () => {
  it("says a default export gets the parameters when its code reads replicad's names from them", async () => {
    const f = await failure(`export const defaultParams = { radius: 5 };
export default function main(r, params) {
  return r.draw().hLine(params.radius);
}`);
    expect(f).toMatchObject({ class: "invented_api", line: 3 });
    expect(f.message).toBe(
      "TypeError: r.draw is not a function; main's first argument is the parameters here (a default export is called as main(params), as in replicad's studio), but the code reads draw from it as the replicad module: import it from \"replicad\", or export main by name, export function main(replicad, params), to get replicad first",
    );
  });

  it("says so too when no parameters are declared and the default export destructures replicad's names", async () => {
    const f = await failure(`export default function main({ makeBaseBox, makeCylinder }) {
  return makeBaseBox(1, 1, 1);
}`);
    expect(f.message).toMatch(/^TypeError: Cannot destructure property 'makeBaseBox' .*; main's first argument is the parameters here .* reads makeBaseBox from it as the replicad module/);
  });

  it("says a script's main gets replicad first when its code reads the parameters from it", async () => {
    const f = await failure(`const defaultParams = { width: 10, depth: 4 };
const main = ({ width, depth }) => {
  return replicad.makeBaseBox(width, depth, 1);
};`);
    expect(f).toMatchObject({ class: "kernel_error", line: 3 });
    expect(f.message).toMatch(/^makeBaseBox failed: .*; main's first argument is the replicad module here \(main\(replicad, params\), as in replicad's studio\), but the code reads width, depth from it as parameters: take them from the second argument, main\(r, \{ width, depth \}\)$/);
  });

  it("adds nothing when main read its first argument as what it is", async () => {
    const f = await failure(`const defaultParams = { width: 10 };
const main = (r, p) => r.makeBaseBox(p.width, p.depth.x, 1);`);
    expect(f.message).toMatch(/^TypeError: Cannot read properties of undefined \(reading 'x'\)$/);
  });
});
