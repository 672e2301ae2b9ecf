// Partial: cage with backbone, arms, stop and ribs, but the backbone has no bolt holes and there is no retaining lip at the top
const { draw, makeBox, makeCylinder } = replicad;

const defaultParams = { ri: 37.5, wall: 2.5, open: 60, ribAngle: 6, armZ: 60, armH: 12, top: 140, stopInner: 24 };
const rad = (d) => (d * Math.PI) / 180;
const P = (r, a) => [r * Math.sin(rad(a)), r * Math.cos(rad(a))];
const sector = (r1, r2, a1, a2, z0, h) =>
  draw(P(r1, a1)).lineTo(P(r2, a1)).threePointsArcTo(P(r2, a2), P(r2, (a1 + a2) / 2))
    .lineTo(P(r1, a2)).threePointsArcTo(P(r1, a1), P(r1, (a1 + a2) / 2)).close()
    .sketchOnPlane("XY", z0).extrude(h);

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const ro = p.ri + p.wall, a0 = p.open, a1 = a0 + p.ribAngle;
  const spine = makeBox([-8, -ro - 4, 0], [8, -ro + 5, p.top]).cut(makeCylinder(ro, p.top + 2, [0, 0, -1], [0, 0, 1]));
  return [
    { shape: spine, name: "backbone strip" },
    { shape: sector(p.stopInner, ro, a0, 360 - a0, 0, 3), name: "bottle stop" },
    { shape: sector(p.ri, ro, a0, a1, 3, p.top - 3), name: "right rib" },
    { shape: sector(p.ri, ro, 360 - a1, 360 - a0, 3, p.top - 3), name: "left rib" },
    { shape: sector(p.ri, ro, a1, 180, p.armZ, p.armH), name: "right side arm" },
    { shape: sector(p.ri, ro, 180, 360 - a1, p.armZ, p.armH), name: "left side arm" },
  ];
};
