import { describe, expect, it } from "vitest";
import { measureVolume } from "replicad";
import { buildModel, type BuiltModel, type CompiledProgram } from "./index";
import { kernelBuilds } from "../../tests/support/kernelBuilds";

const { kernel, build } = kernelBuilds();

function extent(model: BuiltModel, part = 0): number[] {
  const [[x0, y0, z0], [x1, y1, z1]] = model.parts[part].shape.boundingBox.bounds;
  return [x1 - x0, y1 - y0, z1 - z0].map((v) => Math.round(v * 1000) / 1000);
}

describe("code forms", () => {
  it("runs the script form in JavaScript and passes replicad as the first argument", async () => {
    const model = await build(`const { makeBaseBox } = replicad;
const defaultParams = { width: 20 };
const main = (r, params) => {
  if (r.makeBaseBox !== makeBaseBox) throw new Error("first argument is not replicad");
  return makeBaseBox(params.width, 10, 5);
};`);
    expect((model.program as CompiledProgram).form).toBe("script");
    expect(extent(model)).toEqual([20, 10, 5]);
    expect(measureVolume(model.parts[0].shape)).toBeCloseTo(1000, 6);
  });

  it("runs the module form in JavaScript with an exported default main", async () => {
    const model = await build(`import { makeCylinder } from "replicad";
export const defaultParams = { radius: 5, height: 8 };
export default function main(params) {
  return makeCylinder(params.radius, params.height);
}`);
    expect((model.program as CompiledProgram).form).toBe("module");
    expect(extent(model)).toEqual([10, 10, 8]);
    expect(measureVolume(model.parts[0].shape)).toBeCloseTo(Math.PI * 25 * 8, 3);
  });

  it("calls a named main export with replicad first and the parameters second, as the studio does", async () => {
    const model = await build(`import { makeBaseBox } from "replicad";
export const defaultParams = { width: 14 };
export function main(r, params) {
  if (r.makeBaseBox !== makeBaseBox) throw new Error("first argument is not replicad");
  return r.makeBaseBox(params.width, 3, 2);
}`, { width: 9 });
    expect((model.program as CompiledProgram).form).toBe("module");
    expect(extent(model)).toEqual([9, 3, 2]);
  });

  it("prefers the default export to a named main, and gives it the parameters alone", async () => {
    const model = await build(`import { makeBaseBox } from "replicad";
export const defaultParams = { side: 4 };
export function main() {
  throw new Error("the named main ran");
}
export default function build(params, second) {
  if (second !== undefined) throw new Error("a second argument was passed");
  return makeBaseBox(params.side, params.side, 1);
}`);
    expect(extent(model)).toEqual([4, 4, 1]);
  });

  it("gives a default export no parameters when the code declares none, so its own default value applies", async () => {
    const model = await build(`import { makeBaseBox } from "replicad";
export default function main(p = { side: 7 }) {
  return makeBaseBox(p.side, 1, 1);
}`);
    expect(extent(model)).toEqual([7, 1, 1]);
  });

  it("gives a named main export an empty parameters object when the code declares none", async () => {
    const model = await build(`export function main(r, params) {
  return r.makeBaseBox(Object.keys(params).length + 2, 1, 1);
}`);
    expect(extent(model)).toEqual([2, 1, 1]);
  });

  it("runs a module's main that is not exported as a named one (the studio would find no main)", async () => {
    const model = await build(`import { makeBaseBox } from "replicad";
export const defaultParams = { side: 5 };
function main(r, { side }) {
  return r.makeBaseBox(side, side, side);
}`);
    expect(extent(model)).toEqual([5, 5, 5]);
  });

  it("runs the script form in TypeScript", async () => {
    const model = await build(`const { makeBaseBox } = replicad;
interface Size { w: number; d: number }
const defaultParams: Size = { w: 12, d: 7 };
const main = (_r: unknown, p: Size): ReturnType<typeof makeBaseBox> => makeBaseBox(p.w, p.d, 3 as number);`);
    expect((model.program as CompiledProgram).form).toBe("script");
    expect(extent(model)).toEqual([12, 7, 3]);
  });

  it("runs the module form in TypeScript", async () => {
    const model = await build(`import { makeBaseBox, type Solid } from "replicad";
type Params = { side: number };
export const defaultParams: Params = { side: 6 };
export default function main({ side }: Params): Solid {
  const s: Solid = makeBaseBox(side, side, side);
  return s;
}`);
    expect((model.program as CompiledProgram).form).toBe("module");
    expect(extent(model)).toEqual([6, 6, 6]);
  });

  it("keeps the user's line numbers in the compiled JavaScript and its syntax tree", async () => {
    const source = `import { makeBaseBox } from "replicad";
type P = { a: number };
export const defaultParams: P = { a: 1 };

export default function main(p: P) {
  return makeBaseBox(p.a, 2, 3);
}`;
    const model = await build(source);
    const main = ((model.program as CompiledProgram).ast as unknown as { body: { type: string; loc: { start: { line: number } } }[] }).body.find(
      (n) => n.type === "FunctionDeclaration",
    );
    expect(main?.loc.start.line).toBe(5);
    expect((model.program as CompiledProgram).javascript.split("\n")[5]).toMatch(/makeBaseBox.*p\.a, 2, 3/);
  });
});

describe("parts", () => {
  it("keeps the names and colours of { shape, name, color } parts", async () => {
    const model = await build(`const { makeBaseBox, makeCylinder } = replicad;
const main = () => [
  { shape: makeBaseBox(40, 40, 4), name: "plate", color: "#888888" },
  { shape: makeCylinder(3, 20).translate(0, 0, 4), name: "peg" },
];`);
    expect(model.parts.map((p) => [p.name, p.color])).toEqual([
      ["plate", "#888888"],
      ["peg", null],
    ]);
    expect(extent(model, 1)).toEqual([6, 6, 20]);
  });

  it("numbers unnamed parts and makes repeated names unique", async () => {
    const model = await build(`const { makeBaseBox } = replicad;
const main = () => [
  makeBaseBox(1, 1, 1),
  makeBaseBox(2, 2, 2).translate(10, 0, 0),
  { shape: makeBaseBox(3, 3, 3).translate(20, 0, 0), name: "leg" },
  { shape: makeBaseBox(3, 3, 3).translate(30, 0, 0), name: "leg" },
];`);
    expect(model.parts.map((p) => p.name)).toEqual(["part 1", "part 2", "leg", "leg (2)"]);
  });

  it("calls a single returned shape 'model'", async () => {
    const model = await build(`const main = () => replicad.makeSphere(4);`);
    expect(model.parts.map((p) => p.name)).toEqual(["model"]);
  });
});

describe("parameters", () => {
  const source = `const { makeBaseBox } = replicad;
const defaultParams = { length: 30, height: 4, label: "a", hollow: false };
const main = (r, p) => makeBaseBox(p.length, 10, p.hollow ? 1 : p.height);`;

  it("uses the defaults when nothing is overridden", async () => {
    const model = await build(source);
    expect(model.defaultParams).toEqual({ length: 30, height: 4, label: "a", hollow: false });
    expect(model.params).toEqual(model.defaultParams);
    expect(extent(model)).toEqual([30, 10, 4]);
  });

  it("applies overrides of the right type", async () => {
    const model = await build(source, { length: 55, hollow: true });
    expect(model.params).toMatchObject({ length: 55, hollow: true, height: 4 });
    expect(extent(model)).toEqual([55, 10, 1]);
  });

  it("ignores overrides of the wrong type and unknown keys", async () => {
    const model = await build(source, { length: "wide", height: true, depth: 3 } as never);
    expect(model.params).toEqual({ length: 30, height: 4, label: "a", hollow: false });
    expect(extent(model)).toEqual([30, 10, 4]);
  });
});

describe("nested parameters", () => {
  const source = `const defaultParams = { width: 10, holes: { count: 3, radius: 1 }, sizes: [2, 3], note: null };
const main = (r, p) => {
  if (p.holes.count !== 3 || p.holes.radius !== 1 || p.sizes[1] !== 3 || p.note !== null) throw new Error(JSON.stringify(p));
  return r.makeBaseBox(p.width, p.holes.count, p.sizes[0]);
};`;

  it("passes nested objects of defaultParams to main as declared", async () => {
    const model = await build(source);
    expect(extent(model)).toEqual([10, 3, 2]);
  });

  it("lists only the scalars as parameters to edit, and applies values to them beside the nested ones", async () => {
    const model = await build(source, { width: 12, holes: 5 } as never);
    expect(model.defaultParams).toEqual({ width: 10 });
    expect(model.params).toEqual({ width: 12 });
    expect(extent(model)).toEqual([12, 3, 2]);
  });

  it("passes nested parameters to a default export too", async () => {
    const model = await build(`export const defaultParams = { plate: { w: 6, d: 4 } };
export default function main({ plate }) {
  return replicad.makeBaseBox(plate.w, plate.d, 1);
}`);
    expect(extent(model)).toEqual([6, 4, 1]);
  });
});

describe("console", () => {
  it("captures console.log with the user's line", async () => {
    const model = await build(`const { makeBaseBox } = replicad;
const main = () => {
  const size = 8;
  console.log("size is", size, { deep: [1, 2] });
  console.warn("careful");
  return makeBaseBox(size, size, size);
};`);
    expect(model.logs).toEqual([
      { level: "log", text: 'size is 8 {"deep":[1,2]}', line: 4 },
      { level: "warn", text: "careful", line: 5 },
    ]);
  });
});

describe("replicad names the code takes but never uses", () => {
  it("warns of a destructured name replicad lacks, at its line, and builds", async () => {
    const model = await build(`const { makeBaseBox,
  makeGear, drawHelix: helix } = replicad;
const main = () => makeBaseBox(2, 2, 2);`);
    expect(extent(model)).toEqual([2, 2, 2]);
    expect(model.logs).toEqual([
      { level: "warn", text: 'replicad has no export named "makeGear"; the code never uses it, so the build goes on', line: 2 },
      { level: "warn", text: 'replicad has no export named "drawHelix"; the code never uses it, so the build goes on', line: 2 },
    ]);
  });

  it("warns of an imported name replicad lacks, at its line, and builds", async () => {
    const model = await build(`import { makeBaseBox,
  drawHexagon } from "replicad";
export default function main() {
  return makeBaseBox(1, 1, 1);
}`);
    expect(model.logs).toEqual([{ level: "warn", text: 'replicad has no export named "drawHexagon"; the code never uses it, so the build goes on', line: 2 }]);
  });

  it("says nothing of a missing name with a default value, which JavaScript uses instead", async () => {
    const model = await build(`const { makeBaseBox, makeGear = () => makeBaseBox(3, 3, 3) } = replicad;
const main = () => makeGear();`);
    expect(extent(model)).toEqual([3, 3, 3]);
    expect(model.logs).toEqual([]);
  });
});

describe("source hygiene", () => {
  it("builds code with a byte-order mark, CRLF line ends and Unicode identifiers", async () => {
    const source = "\uFEFFconst { makeBaseBox } = replicad;\r\nconst défaut = 9;\r\nconst main = () => {\r\n  const größe = défaut;\r\n  console.log(\"größe\", größe);\r\n  return makeBaseBox(größe, 2, 2);\r\n};\r\n";
    const model = await build(source);
    expect(extent(model)).toEqual([9, 2, 2]);
    expect(model.logs).toEqual([{ level: "log", text: "größe 9", line: 5 }]);
  });

  it("reports lines of CRLF source as the user sees them", async () => {
    const outcome = await buildModel(kernel(), "const main = () => {\r\n  const a = 1;\r\n  const b = nope + a;\r\n};");
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.failure).toMatchObject({ class: "undefined_name", line: 3, column: 13 });
  });
});
