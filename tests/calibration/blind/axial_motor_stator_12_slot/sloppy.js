// Sloppy: stator ring with 12 teeth, but the teeth are far too tall and overhang the ring, blowing the 180x180x30 envelope
const { makeCylinder, makeBox } = replicad;

const defaultParams = { outerRadius: 88, boreRadius: 26, yoke: 10, toothHeight: 38, toothWidth: 16, toothLength: 75, slots: 12 };

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  let core = makeCylinder(p.outerRadius, p.yoke, [0, 0, 0], [0, 0, 1])
    .cut(makeCylinder(p.boreRadius, p.yoke + 2, [0, 0, -1], [0, 0, 1]));
  for (let i = 0; i < p.slots; i++) {
    // rectangular teeth that run from r=30 out to r=105, past the ring edge
    const tooth = makeBox([30, -p.toothWidth / 2, p.yoke], [30 + p.toothLength, p.toothWidth / 2, p.yoke + p.toothHeight])
      .rotate((360 / p.slots) * i, [0, 0, 0], [0, 0, 1]);
    core = core.fuse(tooth);
  }
  return [{ shape: core, name: "stator core", color: "#7a7f88" }];
};
