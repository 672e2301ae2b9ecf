// Caster wheel assembly: a wheel on an axle, held by a U-shaped fork that hangs from a swivel
// stem under a four-hole top mounting plate. Z is up; the wheel rolls about the Y axis.
const { makeBox, makeCylinder } = replicad;

const defaultParams = {
  wheelDiameter: 74,
  wheelWidth: 22,
  axleDiameter: 8,
  forkGap: 1.5,
  forkThickness: 4,
  forkWidth: 26,
  stemDiameter: 20,
  stemHeight: 32,
  plateLength: 90,
  plateWidth: 80,
  plateThickness: 8,
  holeInset: 10,
};

// A solid cylinder along Y, centred on y = 0.
const cylinderAlongY = (radius, length, x, z) => makeCylinder(radius, length, [x, -length / 2, z], [0, 1, 0]);

const wheel = (p, axleZ) => {
  const radius = p.wheelDiameter / 2;
  const hubRecess = Math.min(3, p.wheelWidth / 6);
  const hubRadius = radius * 0.55;
  return cylinderAlongY(radius, p.wheelWidth, 0, axleZ)
    .fillet(Math.min(4, p.wheelWidth / 5), (e) => e.ofCurveType("CIRCLE"))
    .cut(makeCylinder(hubRadius, hubRecess, [0, p.wheelWidth / 2 - hubRecess, axleZ], [0, 1, 0]))
    .cut(makeCylinder(hubRadius, hubRecess, [0, -p.wheelWidth / 2, axleZ], [0, 1, 0]))
    .cut(cylinderAlongY(p.axleDiameter / 2, p.wheelWidth + 2, 0, axleZ));
};

const legOffset = (p) => p.wheelWidth / 2 + p.forkGap + p.forkThickness / 2;

const axle = (p, axleZ) => cylinderAlongY(p.axleDiameter / 2, 2 * (legOffset(p) + p.forkThickness / 2) + 4, 0, axleZ);

// Two legs with rounded ends joined by a bridge over the wheel: one solid, bored for the axle.
const fork = (p, axleZ, bridgeZ, bridgeThickness) => {
  const outerY = legOffset(p) + p.forkThickness / 2;
  const bridge = makeBox([-p.forkWidth / 2, -outerY, bridgeZ], [p.forkWidth / 2, outerY, bridgeZ + bridgeThickness]);
  let body = bridge;
  for (const side of [-1, 1]) {
    const y0 = side * legOffset(p) - p.forkThickness / 2;
    const leg = makeBox([-p.forkWidth / 2, y0, axleZ], [p.forkWidth / 2, y0 + p.forkThickness, bridgeZ]);
    const roundEnd = makeCylinder(p.forkWidth / 2, p.forkThickness, [0, y0, axleZ], [0, 1, 0]);
    body = body.fuse(leg).fuse(roundEnd);
  }
  return body.cut(cylinderAlongY(p.axleDiameter / 2, 2 * outerY + 2, 0, axleZ));
};

const stem = (p, bottomZ) => makeCylinder(p.stemDiameter / 2, p.stemHeight, [0, 0, bottomZ], [0, 0, 1]);

const mountingPlate = (p, bottomZ) =>
  makeBox(
    [-p.plateLength / 2, -p.plateWidth / 2, bottomZ],
    [p.plateLength / 2, p.plateWidth / 2, bottomZ + p.plateThickness],
  ).fillet(p.holeInset / 2, (e) => e.inDirection("Z"));

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const axleZ = p.wheelDiameter / 2;
  const bridgeZ = p.wheelDiameter + 2 * p.forkGap;
  const bridgeThickness = p.forkThickness + 2;
  const stemZ = bridgeZ + bridgeThickness;
  const plateZ = stemZ + p.stemHeight;
  return [
    { shape: wheel(p, axleZ), name: "wheel", color: "#333333" },
    { shape: axle(p, axleZ), name: "axle", color: "#b0b0b0" },
    { shape: fork(p, axleZ, bridgeZ, bridgeThickness), name: "fork", color: "#4a78b5" },
    { shape: stem(p, stemZ), name: "swivel stem", color: "#b0b0b0" },
    { shape: mountingPlate(p, plateZ), name: "mounting plate", color: "#4a78b5" },
  ];
};
