// Step 1: wheel, axle, a boxy fork, stem and plate blocked out; no bore in the wheel, no bolt holes.
const { makeBox, makeCylinder } = replicad;

const defaultParams = { wheelDiameter: 74, wheelWidth: 22, stemHeight: 32, plateThickness: 8 };

const main = (r, p) => {
  const axleZ = p.wheelDiameter / 2;
  const bridgeZ = p.wheelDiameter + 3;
  const stemZ = bridgeZ + 6;
  const plateZ = stemZ + p.stemHeight;
  let fork = makeBox([-13, -17, bridgeZ], [13, 17, stemZ]);
  for (const y of [-17, 13]) fork = fork.fuse(makeBox([-13, y, axleZ - 10], [13, y + 4, bridgeZ]));
  return [
    { shape: makeCylinder(p.wheelDiameter / 2, p.wheelWidth, [0, -p.wheelWidth / 2, axleZ], [0, 1, 0]), name: "wheel" },
    { shape: makeCylinder(4, 38, [0, -19, axleZ], [0, 1, 0]), name: "axle" },
    { shape: fork, name: "fork" },
    { shape: makeCylinder(10, p.stemHeight, [0, 0, stemZ]), name: "swivel stem" },
    { shape: makeBox([-45, -40, plateZ], [45, 40, plateZ + p.plateThickness]), name: "mounting plate" },
  ];
};
