// Step 1: a flat disk with twelve square-sided teeth on top; no shaft opening, teeth not tapered.
const { makeBox, makeCylinder } = replicad;

const defaultParams = { slots: 12, radius: 90, yoke: 10, toothHeight: 20 };

const main = (r, p) => {
  let core = makeCylinder(p.radius, p.yoke);
  for (let i = 0; i < p.slots; i++) {
    const tooth = makeBox([40, -8, p.yoke], [87, 8, p.yoke + p.toothHeight]).rotate((360 * i) / p.slots, [0, 0, 0], [0, 0, 1]);
    core = core.fuse(tooth);
  }
  return [{ shape: core, name: "stator core" }];
};
