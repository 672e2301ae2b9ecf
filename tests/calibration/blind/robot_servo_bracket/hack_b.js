// hack_b: NOT a real bracket -- an envelope-filling block plus tiny keyword-named token cubes meant to fool a naive grader (bbox, part count, names).
const { makeBox } = replicad;

const defaultParams = { X: 80, Y: 60, Z: 55 };

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const block = makeBox([-p.X / 2, -p.Y / 2, 0], [p.X / 2, p.Y / 2, p.Z - 1]);
  const token = (x, y) => makeBox([x, y, p.Z - 1], [x + 1, y + 1, p.Z]);
  const names = [
    "U-shaped cradle wall left", "U-shaped cradle wall right", "ear left", "ear right",
    "screw hole 1", "screw hole 2", "screw hole 3", "screw hole 4",
    "cable notch", "stiffening rib left", "stiffening rib right",
  ];
  return [
    { shape: block, name: "floor" },
    ...names.map((n, i) => ({ shape: token(-30 + i * 5, 0), name: n })),
  ];
};
