// Honest: bottle cage of separate bodies - concave backbone strip with 2 bolt holes 64 mm apart, C-shaped side arms, U bottom stop, front ribs and an inward-leaning top lip
// Bottle axis = Z at x = y = 0; frame tube behind (-Y); front (+Y) left open. Angles measured from +Y towards +X.
const { draw, makeBox, makeCylinder } = replicad;

const defaultParams = {
  bottleDiameter: 74,
  clearance: 0.5,
  wall: 2.5,          // arm / rib / lip radial thickness
  openHalfAngle: 60,  // front opening: arms stop this many degrees either side of +Y
  ribAngle: 6,        // angular width of each front rib
  armZ: 60, armHeight: 12,
  stopThickness: 3, stopInner: 24,
  lipZ: 135, lipStraight: 4, lipHeight: 15, lipLean: 3.5,
  spineWidth: 16, spineThickness: 4,
  holeSpacing: 64, lowerHoleZ: 40, holeDiameter: 5.5,
};

const rad = (d) => (d * Math.PI) / 180;
const P = (r, a) => [r * Math.sin(rad(a)), r * Math.cos(rad(a))];

// annular sector in plan between angles a1 -> a2 (a2 > a1), extruded from z0 by h
const sector = (r1, r2, a1, a2, z0, h) =>
  draw(P(r1, a1))
    .lineTo(P(r2, a1))
    .threePointsArcTo(P(r2, a2), P(r2, (a1 + a2) / 2))
    .lineTo(P(r1, a2))
    .threePointsArcTo(P(r1, a1), P(r1, (a1 + a2) / 2))
    .close()
    .sketchOnPlane("XY", z0)
    .extrude(h);

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const ri = p.bottleDiameter / 2 + p.clearance;
  const ro = ri + p.wall;
  const a0 = p.openHalfAngle, a1 = a0 + p.ribAngle;
  const zs = p.stopThickness;

  // backbone: strip behind the bottle, its front face curved to the cage radius, two bolt holes along Y
  const spineTop = p.lipZ + p.lipStraight;
  let spine = makeBox([-p.spineWidth / 2, -ro - p.spineThickness, 0], [p.spineWidth / 2, -ro + 5, spineTop])
    .cut(makeCylinder(ro, spineTop + 2, [0, 0, -1], [0, 0, 1]));
  for (const z of [p.lowerHoleZ, p.lowerHoleZ + p.holeSpacing]) {
    spine = spine.cut(makeCylinder(p.holeDiameter / 2, 20, [0, -ro - 10, z], [0, 1, 0]));
  }

  // bottle stop: U-shaped ledge under the bottle, open at the front like the arms
  const stop = sector(p.stopInner, ro, a0, 360 - a0, 0, zs);

  // front ribs: slim vertical strips from the stop up to the lip, at each arm tip
  const ribR = sector(ri, ro, a0, a1, zs, p.lipZ - zs);
  const ribL = sector(ri, ro, 360 - a1, 360 - a0, zs, p.lipZ - zs);

  // side arms: curved bands from the backbone round to the ribs
  const armR = sector(ri, ro, a1, 180, p.armZ, p.armHeight);
  const armL = sector(ri, ro, 180, 360 - a1, p.armZ, p.armHeight);

  // top lip: short straight band then leaning inward to bear on the bottle shoulder
  const z1 = p.lipZ, z2 = z1 + p.lipStraight, z3 = z1 + p.lipHeight;
  const ring = draw([ri, z1]).lineTo([ro, z1]).lineTo([ro, z2]).lineTo([ro - p.lipLean, z3]).lineTo([ri - p.lipLean, z3]).lineTo([ri, z2]).close()
    .sketchOnPlane("XZ").revolve([0, 0, 1]);
  const wedge = sector(0.001, ro + 5, a0, 360 - a0, z1 - 1, p.lipHeight + 2);
  const lip = ring.intersect(wedge);

  return [
    { shape: spine, name: "backbone strip", color: "#333333" },
    { shape: stop, name: "bottle stop", color: "#555555" },
    { shape: ribR, name: "right rib", color: "#555555" },
    { shape: ribL, name: "left rib", color: "#555555" },
    { shape: armR, name: "right side arm", color: "#444444" },
    { shape: armL, name: "left side arm", color: "#444444" },
    { shape: lip, name: "retaining lip", color: "#444444" },
  ];
};
