import { beforeAll, describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import * as replicad from "replicad";
import type { BuiltModel, CompiledProgram } from "../index";
import { kernelBuilds } from "../../../tests/support/kernelBuilds";
import { DEFAULT_FONT_MODULE, nodeKernelFiles } from "../nodeKernelFiles";
import { BuildFonts } from "./buildFonts";

const { build, failure } = kernelBuilds();
let fontDataUrl: string;

beforeAll(async () => {
  const bytes = await readFile(createRequire(import.meta.url).resolve(DEFAULT_FONT_MODULE));
  fontDataUrl = `data:font/ttf;base64,${bytes.toString("base64")}`;
});

function size(model: BuiltModel): number[] {
  const [[x0, y0, z0], [x1, y1, z1]] = model.parts[0].shape.boundingBox.bounds;
  return [x1 - x0, y1 - y0, z1 - z0];
}

const TEXT_MODEL = (text: string, family = "") => `import { drawText } from "replicad";
export default function main() {
  return drawText(${JSON.stringify(text)}, { fontSize: 20${family ? `, fontFamily: ${JSON.stringify(family)}` : ""} }).sketchOnPlane().extrude(3);
}`;

describe("text with the bundled default font", () => {
  it("extrudes drawn text into a solid as tall as the font's capitals and as wide as the string", async () => {
    const model = await build(TEXT_MODEL("Hi"));
    const volume = replicad.measureVolume(model.parts[0].shape);
    const [width, height, depth] = size(model);
    expect(volume).toBeGreaterThan(0);
    // Roboto's capitals are 0.71 em: 14.2 mm at 20 mm. "Hi" is an H (0.71 em) and an i (0.24 em) with a gap.
    expect(height).toBeGreaterThan(13);
    expect(height).toBeLessThan(20);
    expect(width).toBeGreaterThan(12);
    expect(width).toBeLessThan(30);
    expect(depth).toBeCloseTo(3, 6);
    // Two strokes and a dot, 3 mm deep: more than the strokes alone, far less than the box around them.
    expect(volume).toBeGreaterThan(3 * 2 * height * 1.5);
    expect(volume).toBeLessThan(width * height * depth * 0.8);
  });

  it("builds again after a text build: another string, then a model without text", async () => {
    const first = await build(TEXT_MODEL("Hi"));
    const longer = await build(TEXT_MODEL("Hello"));
    expect(size(longer)[0]).toBeGreaterThan(size(first)[0] * 2);
    const plain = await build(`const { makeBaseBox } = replicad;\nconst main = () => makeBaseBox(10, 10, 10);`);
    expect(replicad.measureVolume(plain.parts[0].shape)).toBeCloseTo(1000, 6);
  });

  it("draws with sketchText in the script form", async () => {
    const model = await build(`const { sketchText } = replicad;
const main = () => sketchText("CAD", { fontSize: 10 }).extrude(2);`);
    const [width, height, depth] = size(model);
    expect(width).toBeGreaterThan(15);
    expect(height).toBeGreaterThan(6);
    expect(depth).toBeCloseTo(2, 6);
  });
});

describe("loadFont", () => {
  it("reads a font given as a data: URL into its own family", async () => {
    const model = await build(`import { drawText, loadFont } from "replicad";
export default async function main() {
  await loadFont(${JSON.stringify(fontDataUrl)}, "Mine");
  return drawText("Hi", { fontSize: 20, fontFamily: "Mine" }).sketchOnPlane().extrude(3);
}`);
    expect(replicad.measureVolume(model.parts[0].shape)).toBeGreaterThan(0);
    expect(model.logs.filter((entry) => entry.level === "warn")).toEqual([]);
  });

  it("does not lend one build's family to the next: it falls back to the default font, said in the console at the line", async () => {
    await build(`import { drawText, loadFont } from "replicad";
export default async function main() {
  await loadFont(${JSON.stringify(fontDataUrl)}, "Mine");
  return drawText("A", { fontFamily: "Mine" }).sketchOnPlane().extrude(1);
}`);
    const model = await build(TEXT_MODEL("Hi", "Mine"));
    expect(replicad.measureVolume(model.parts[0].shape)).toBeGreaterThan(0);
    expect(model.logs).toContainEqual(expect.objectContaining({ level: "warn", line: 3, text: expect.stringContaining('font family "Mine" was not loaded') }));
  });

  it("refuses a font URL on the network, naming it, and the next build works", async () => {
    const refused = await failure(`import { drawText, loadFont } from "replicad";
export default async function main() {
  await loadFont("https://fonts.example.org/Fancy.ttf", "Fancy");
  return drawText("Hi", { fontFamily: "Fancy" }).sketchOnPlane().extrude(3);
}`);
    expect(refused.message).toContain('loadFont("https://fonts.example.org/Fancy.ttf") is refused');
    expect((await build(TEXT_MODEL("Hi"))).parts).toHaveLength(1);
  });

  it("returns the default font for a family already loaded, without reading the URL, as the studio does", async () => {
    const model = await build(`import { drawText, loadFont } from "replicad";
export default async function main() {
  await loadFont("https://fonts.example.org/Roboto.ttf");
  return drawText("Hi").sketchOnPlane().extrude(3);
}`);
    expect(model.parts).toHaveLength(1);
  });

  it("says what it cannot read: bytes that are no font, a source of the wrong kind (at its line)", async () => {
    const garbage = await failure(`import { loadFont, makeBaseBox } from "replicad";
export default async function main() {
  await loadFont(new Uint8Array([119, 79, 70, 50, 0, 1, 0, 0]).buffer, "Broken");
  return makeBaseBox(1, 1, 1);
}`);
    expect(garbage.class).toBe("kernel_error");
    expect(garbage.message).toContain('could not read the font for family "Broken"');
    const wrongKind = await failure(`import { loadFont, makeBaseBox } from "replicad";
export default async function main() {
  await loadFont(42, "Number");
  return makeBaseBox(1, 1, 1);
}`);
    expect(wrongKind.message).toContain("loadFont takes an ArrayBuffer, a typed array or a URL string, not number");
    expect(wrongKind.line).toBe(3);
  });

  it("undoes a change to the font library's prototypes and fails the build that made it", async () => {
    const tampered = await failure(`import { drawText, getFont } from "replicad";
export default function main() {
  Object.getPrototypeOf(getFont()).getPath = () => { throw new Error("hijacked"); };
  return drawText("Hi").sketchOnPlane().extrude(3);
}`);
    expect(tampered.class).toBe("kernel_error");
    expect(tampered.message).toContain("opentype.Font.prototype.getPath");
    expect((await build(TEXT_MODEL("Hi"))).parts).toHaveLength(1);
  });
});

describe("when the default font is read", () => {
  it("only for a build that needs it, once per realm", async () => {
    let reads = 0;
    const fonts = new BuildFonts(replicad, {
      ...nodeKernelFiles,
      defaultFont: () => {
        reads++;
        return nodeKernelFiles.defaultFont();
      },
    });
    await fonts.begin(false, () => {});
    expect(reads).toBe(0);
    expect(fonts.functions.getFont()).toBeUndefined();
    await fonts.begin(true, () => {});
    await fonts.begin(true, () => {});
    expect(reads).toBe(1);
    expect(fonts.functions.getFont()).toBeDefined();
  });

  it("a build whose code names no text function reads no font", async () => {
    const model = await build(`import { makeCylinder } from "replicad";\nexport default () => makeCylinder(5, 10);`);
    expect((model.program as CompiledProgram).usesText).toBe(false);
    expect(((await build(TEXT_MODEL("x"))).program as CompiledProgram).usesText).toBe(true);
  });
});
