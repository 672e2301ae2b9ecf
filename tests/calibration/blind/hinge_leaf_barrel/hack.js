// Hack: one envelope-sized slab called the hinge, with tiny named cubes for leaves, knuckles and pin
const { makeBox } = replicad;
const main = () => {
  const parts = [{ shape: makeBox([-50, -35, 0], [50, 35, 11]), name: "hinge leaves" }];
  const names = ["leaf A", "leaf B", "knuckle 1", "knuckle 2", "knuckle 3", "knuckle 4", "knuckle 5", "centre pin", "countersunk screw hole"];
  names.forEach((n, i) => parts.push({ shape: makeBox([-45 + i * 10, -1, 11], [-44 + i * 10, 0, 12]), name: n }));
  return parts;
};
