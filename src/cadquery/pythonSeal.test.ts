import { beforeAll, describe, expect, it } from "vitest";
import { measureVolume } from "replicad";
import { buildModel, isRealmPoisoned, type Kernel } from "../kernel";
import { loadNodeKernel } from "../kernel/nodeKernel";

// One realm for the whole file, as a page worker or a pool thread has: the last test poisons it.
let kernel: Kernel;
beforeAll(async () => {
  kernel = await loadNodeKernel();
});

async function volumeOf(source: string, overrides = {}): Promise<number> {
  const outcome = await buildModel(kernel, source, overrides);
  if (!outcome.ok) throw new Error(outcome.error.failure.message);
  try {
    return measureVolume(outcome.model.parts[0].shape);
  } finally {
    outcome.model.dispose();
  }
}

const BOX = "import cadquery as cq\nresult = cq.Workplane().box(10, 10, 10)\n";

describe("the seal of Python's shared state", () => {
  it("finds nothing changed after honest candidates: every importable module, prints, caught errors, new classes, rebuilds", async () => {
    const honest = `import cadquery as cq
import math, cmath, random, itertools, functools, collections, typing, dataclasses, enum, fractions
import decimal, statistics, string, re, copy, operator, numbers, abc, bisect, heapq, textwrap
from dataclasses import dataclass

@dataclass
class Slot:
    width: float = 3.0

try:
    cq.Workplane().box(1, 1, 1).faces(">W")
except Exception as e:
    print("caught", type(e).__name__)
side = 4
print(fractions.Fraction(1, 3), statistics.mean([1, 2, 3]), textwrap.dedent("  x"), Slot().width)
result = cq.Workplane().box(side, side, 1)
`;
    expect(await volumeOf(honest)).toBeCloseTo(16, 9);
    expect(await volumeOf(honest, { side: 5 })).toBeCloseTo(25, 9);
    expect(kernel.pythonChanges()).toEqual([]);
    expect(await volumeOf(BOX)).toBeCloseTo(1000, 9);
    expect(kernel.pythonChanges()).toEqual([]);
    expect(isRealmPoisoned()).toBe(false);
  });

  it("a candidate that patched our module is never followed by a build in the changed interpreter: the next candidate is refused and the realm marked for replacement", async () => {
    // Through a private name of an allowed module, past any screen of the candidate's syntax.
    const patcher = `import cadquery as cq
import collections
workplane = collections._sys.modules["_cadforge_workplane"]
workplane.Workplane.box = lambda self, *a, **k: self.sphere(1)
result = cq.Workplane().sphere(2)
`;
    expect(await volumeOf(patcher)).toBeCloseTo((4 / 3) * Math.PI * 8, 6);
    const next = await buildModel(kernel, BOX);
    expect(next.ok).toBe(false);
    if (next.ok) return;
    expect(next.error.failure.class).toBe("kernel_error");
    expect(next.error.failure.message).toMatch(/an earlier candidate changed Python's shared state \(.*Workplane/);
    expect(isRealmPoisoned()).toBe(true);
    expect(kernel.pythonChanges().join(", ")).toMatch(/Workplane/);
    // A changed interpreter stays refused: nothing is undone, the realm's owner replaces it.
    expect((await buildModel(kernel, "import cadquery as cq\nresult = cq.Workplane().box(2, 2, 2)\n")).ok).toBe(false);
  });
});
