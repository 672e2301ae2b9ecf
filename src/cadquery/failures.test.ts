import { beforeAll, describe, expect, it } from "vitest";
import { measureVolume } from "replicad";
import { buildModel, type Kernel } from "../kernel";
import { loadNodeKernel } from "../kernel/nodeKernel";
import { buildFailureOf } from "../../tests/support/buildFailure";
import type { BuildFailure } from "../model/buildFailure";

let kernel: Kernel;
beforeAll(async () => {
  kernel = await loadNodeKernel();
});

const failure = (source: string, budget?: number) => buildFailureOf(kernel, source, budget);

/** The build fails with these fields, and its message holds `text`. */
async function failsAs(source: string, fields: Partial<BuildFailure>, text: string | RegExp): Promise<void> {
  const f = await failure(source);
  expect(f).toMatchObject(fields);
  expect(f.message).toMatch(text);
}

describe("Python failures map to our classes at the Python line and column", () => {
  it("a SyntaxError is syntax, at its line and column", async () => {
    expect(await failure("import cadquery as cq\nw = 10\nresult = cq.Workplane().box(w, w, (w)\n")).toMatchObject({ class: "syntax", line: 3 });
    await failsAs("import cadquery as cq\nwidth = = 3\n", { class: "syntax", line: 2, column: 9 }, /^SyntaxError: /);
  });

  it("an IndentationError is syntax, at its line", async () => {
    await failsAs("import cadquery as cq\ndef plate():\nreturn cq.Workplane().box(1, 1, 1)\nresult = plate()\n", { class: "syntax", line: 3 }, /^IndentationError: /);
  });

  it("a NameError is undefined_name, at the line inside the helper that read the name", async () => {
    await failsAs("import cadquery as cq\n\ndef plate():\n    return cq.Workplane().box(widht, 2, 3)\n\nresult = plate()\n", { class: "undefined_name", line: 4, column: 31 }, "widht");
  });

  it("a method CadQuery's Workplane lacks is invented_api naming it, at its line", async () => {
    await failsAs("import cadquery as cq\nbase = cq.Workplane('XY').box(10, 10, 2)\nresult = base.faces('>Z').extrudeUpTo(5)\n", { class: "invented_api", line: 3, operation: "Workplane.extrudeUpTo" }, "extrudeUpTo");
  });

  it("a name the cadquery module lacks is invented_api too", async () => {
    const f = await failure("import cadquery as cq\nresult = cq.MagicPart(3)\n");
    expect(f).toMatchObject({ class: "invented_api", line: 2, operation: "cadquery.MagicPart" });
  });

  it("an unreadable selector is invented_api naming the selector", async () => {
    await failsAs("import cadquery as cq\nresult = cq.Workplane().box(1, 1, 1).faces('>W').fillet(0.1)\n", { class: "invented_api", line: 2 }, ">W");
  });

  it("no result is missing_main, saying how to show one", async () => {
    const f = await failure("import cadquery as cq\nplate = cq.Workplane().box(1, 1, 1)\n");
    expect(f.class).toBe("missing_main");
    expect(f.message).toMatch(/show_object/);
  });

  it("a kernel failure is kernel_error at the Python line, naming the replicad operation", async () => {
    const f = await failure("import cadquery as cq\nplate = cq.Workplane().box(10, 10, 1)\nresult = plate.edges('|Z').fillet(8)\n");
    expect(f).toMatchObject({ class: "kernel_error", line: 3 });
    expect(f.operation).toMatch(/fillet/);
  });

  it("a cut that leaves nothing to cut from is a located ValueError, as in CadQuery", async () => {
    await failsAs("import cadquery as cq\nsketch = cq.Workplane().rect(2, 2)\nresult = sketch.cutThruAll()\n", { class: "kernel_error", line: 3 }, /ValueError: Cannot find a solid/);
  });

  it("an endless Python loop uses up the work budget and stops at its line, as timeout without the wall clock", async () => {
    const f = await failure("import cadquery as cq\nn = 0\nwhile True:\n    n += 1\nresult = cq.Workplane().box(1, 1, 1)\n", 200);
    expect(f).toMatchObject({ class: "timeout", wall_clock: false, line: 4 });
  });

  it("the next build after a failure works", async () => {
    await failure("import cadquery as cq\nresult = cq.Workplane().nope()\n");
    const outcome = await buildModel(kernel, "import cadquery as cq\nresult = cq.Workplane().box(2, 2, 2)\n");
    expect(outcome.ok).toBe(true);
    if (outcome.ok) {
      expect(measureVolume(outcome.model.parts[0].shape)).toBeCloseTo(8, 9);
      outcome.model.dispose();
    }
  });
});

describe("the Python sandbox", () => {
  for (const module of ["js", "pyodide", "pyodide_js", "os", "numpy", "urllib.request", "socket"]) {
    it(`refuses import ${module}, naming the module at its line`, async () => {
      await failsAs(`import cadquery as cq\nimport ${module}\nresult = cq.Workplane().box(1, 1, 1)\n`, { class: "undefined_name", line: 2 }, `'${module}'`);
    });
  }

  it("refuses from-imports of a refused module inside a function, at that line", async () => {
    await failsAs("import cadquery as cq\ndef helper():\n    from js import fetch\n    return fetch\nhelper()\nresult = cq.Workplane().box(1, 1, 1)\n", { class: "undefined_name", line: 3 }, "'js'");
  });

  it("refuses open() with a clear message", async () => {
    await failsAs("import cadquery as cq\ndata = open('/etc/passwd').read()\nresult = cq.Workplane().box(1, 1, 1)\n", { class: "undefined_name", line: 2 }, /open\(\) is refused/);
  });

  it("lets the standard library's pure modules work, and print reaches the build's console at its line", async () => {
    const outcome = await buildModel(
      kernel,
      "import cadquery as cq\nimport math\nfrom itertools import product\nside = math.sqrt(16)\nprint('side', side, len(list(product([1, 2], repeat=2))))\nresult = cq.Workplane().box(side, side, 1)\n",
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.model.logs).toEqual([{ level: "log", text: "side 4.0 4", line: 5 }]);
    expect(measureVolume(outcome.model.parts[0].shape)).toBeCloseTo(16, 9);
    outcome.model.dispose();
  });
});

describe("what a Python candidate changes does not reach the next one", () => {
  it("a module a candidate imported first and changed is imported afresh by the next", async () => {
    const changer = await buildModel(kernel, "import cadquery as cq\nimport fractions\nfractions.Fraction.limit_denominator = None\nresult = cq.Workplane().box(1, 1, 1)\n");
    if (changer.ok) changer.model.dispose();
    const outcome = await buildModel(kernel, "import cadquery as cq\nfrom fractions import Fraction\nprint(Fraction(0.3333).limit_denominator(10))\nresult = cq.Workplane().box(1, 1, 1)\n");
    expect(outcome.ok && outcome.model.logs[0].text).toBe("1/3");
    if (outcome.ok) outcome.model.dispose();
  });
});
