// Sloppy: bottle cage whose backbone strip floats 6 mm behind the arms, and whose stop plate is buried in the rib feet
const { draw, makeBox, makeCylinder } = replicad;

const defaultParams = { ri: 37.5, wall: 2.5, open: 60, ribAngle: 6, armZ: 60, armH: 12, lipZ: 135, stopInner: 24, spineGap: 6 };
const rad = (d) => (d * Math.PI) / 180;
const P = (r, a) => [r * Math.sin(rad(a)), r * Math.cos(rad(a))];
const sector = (r1, r2, a1, a2, z0, h) =>
  draw(P(r1, a1)).lineTo(P(r2, a1)).threePointsArcTo(P(r2, a2), P(r2, (a1 + a2) / 2))
    .lineTo(P(r1, a2)).threePointsArcTo(P(r1, a1), P(r1, (a1 + a2) / 2)).close()
    .sketchOnPlane("XY", z0).extrude(h);

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const ro = p.ri + p.wall, a0 = p.open, a1 = a0 + p.ribAngle;
  const yb = -ro - p.spineGap;
  let spine = makeBox([-8, yb - 4, 0], [8, yb, 139]);
  for (const z of [40, 104]) spine = spine.cut(makeCylinder(2.75, 20, [0, yb - 10, z], [0, 1, 0]));
  return [
    { shape: spine, name: "backbone strip" },
    { shape: sector(p.stopInner, ro, a0, 360 - a0, 0, 8), name: "bottle stop" },
    { shape: sector(p.ri, ro, a0, a1, 0, p.lipZ), name: "right rib" },
    { shape: sector(p.ri, ro, 360 - a1, 360 - a0, 0, p.lipZ), name: "left rib" },
    { shape: sector(p.ri, ro, a1, 180, p.armZ, p.armH), name: "right side arm" },
    { shape: sector(p.ri, ro, 180, 360 - a1, p.armZ, p.armH), name: "left side arm" },
    { shape: sector(34, ro, a0, 360 - a0, p.lipZ, 15), name: "retaining lip" },
  ];
};
