import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCadforge as cadforge } from "../support/runCadforge";

/** A caster as a CadQuery Assembly: a fork sub-assembly lifted 32 mm, its wheel and legs inside it. */
const CASTER = `import cadquery as cq

wheel = cq.Workplane("XZ").cylinder(16, 30)
axle = cq.Workplane("XZ").cylinder(40, 4)
leg = cq.Workplane().box(4, 8, 50)
fork = cq.Assembly(name="fork", loc=cq.Location((0, 0, 32)))
fork.add(wheel, name="wheel")
fork.add(axle, name="axle")
fork.add(leg, name="left leg", loc=cq.Location((0, -10, 25)))
fork.add(leg, name="right leg", loc=cq.Location((0, 10, 25)))
assy = cq.Assembly()
assy.add(fork)
assy.add(cq.Workplane().box(40, 30, 4), name="plate", loc=cq.Location(0, 0, 110), color=cq.Color("gray"))
assy.add(cq.Workplane().cylinder(50, 5), name="stem", loc=cq.Location((0, 0, 83)))
result = assy
`;

describe("cadforge score on a CadQuery Assembly", () => {
  it("scores one named part per object, placed by its composed location, and the checklist finds its roles by those names", async () => {
    const file = join(await mkdtemp(join(tmpdir(), "cadforge-assy-")), "caster.py");
    await writeFile(file, CASTER);
    const run = await cadforge(["score", "--task", "caster_wheel_fork", file]);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ ok: true, failure: null, reward: { build: 1 } });
    const parts = Object.fromEntries(result.parts.map((p: { name: string }) => [p.name, p]));
    expect(Object.keys(parts)).toEqual(["wheel", "axle", "left leg", "right leg", "plate", "stem"]);
    expect(parts.wheel.bbox).toEqual([
      [-30, -8, 2],
      [30, 8, 62],
    ]);
    expect(parts["right leg"].bbox).toEqual([
      [-2, 6, 32],
      [2, 14, 82],
    ]);
    expect(parts.wheel.volume_mm3).toBeCloseTo(Math.PI * 900 * 16, 1);
    expect(parts.wheel.roles).toContain("wheel");
    expect(parts.plate.roles).toContain("mounting_plate");
    expect(parts.stem.roles).toContain("swivel_stem");
  });
});
