// Partial: back-iron disc with 12 teeth, but no central shaft opening through the ring
const { makeCylinder, makeBox } = replicad;

const defaultParams = { outerRadius: 88, toothInnerRadius: 35, yoke: 10, toothHeight: 20, slotWidth: 10, slots: 12 };

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const disc = makeCylinder(p.outerRadius, p.yoke, [0, 0, 0], [0, 0, 1]); // solid disc: shaft bore never cut
  let teeth = makeCylinder(p.outerRadius, p.toothHeight, [0, 0, p.yoke], [0, 0, 1])
    .cut(makeCylinder(p.toothInnerRadius, p.toothHeight + 2, [0, 0, p.yoke - 1], [0, 0, 1]));
  for (let i = 0; i < p.slots; i++) {
    teeth = teeth.cut(
      makeBox([0, -p.slotWidth / 2, p.yoke], [p.outerRadius + 5, p.slotWidth / 2, p.yoke + p.toothHeight + 1])
        .rotate((360 / p.slots) * (i + 0.5), [0, 0, 0], [0, 0, 1])
    );
  }
  return [{ shape: disc.fuse(teeth), name: "stator core", color: "#7a7f88" }];
};
