// Adjustable phone stand with a real hinge: two cheeks rise from the base plate and carry a
// through pin (the hinge barrel); the back support rolls round that pin in a knuckle, so it pivots
// and is set by friction. An L-ledge on the support's face takes the phone's edge, with an end stop
// at each end; three screw bosses hold the base down.
const { draw, drawCircle, drawRoundedRectangle, makeBox, makeCylinder, makeCompound } = replicad;

const defaultParams = {
  baseWidth: 110,
  baseDepth: 112,
  baseThickness: 6,
  hingeY: -22, // hinge axis position, ahead of the base's centre
  barrelDiameter: 14,
  knuckleDiameter: 22,
  cheekThickness: 8,
  cheekClearance: 0.5, // axial room between the knuckle and each cheek
  supportWidth: 90,
  supportLength: 148,
  supportThickness: 6,
  leanDeg: 20, // back from vertical
  ledgeDepth: 14,
  ledgeThickness: 5,
  ledgeLip: 8, // upturn at the ledge's front edge
  stopWidth: 5,
  stopHeight: 14,
  bossDiameter: 12,
  bossHeight: 6,
  screwHole: 4.5,
};

const geometry = (p) => {
  const zAxis = p.baseThickness + p.knuckleDiameter / 2 + 1; // 1 mm under the knuckle
  const gap = p.supportWidth / 2 + p.cheekClearance; // cheek inner faces at +-gap
  return { zAxis, gap, yFront: p.hingeY - 30 };
};

// The base plate with a hinge cheek at each side: each cheek is a Y-Z profile, arched over the
// axis and bored for the barrel; the holes under the bosses go right through.
const basePlate = (p, g, bosses) => {
  const y0 = g.yFront;
  const plate = drawRoundedRectangle(p.baseWidth, p.baseDepth, 10)
    .translate(0, y0 + p.baseDepth / 2)
    .sketchOnPlane("XY")
    .extrude(p.baseThickness);
  const half = p.knuckleDiameter / 2;
  const cheekProfile = draw([p.hingeY - half, p.baseThickness])
    .lineTo([p.hingeY + half, p.baseThickness])
    .lineTo([p.hingeY + half, g.zAxis])
    .threePointsArcTo([p.hingeY - half, g.zAxis], [p.hingeY, g.zAxis + half])
    .close()
    .cut(drawCircle(p.barrelDiameter / 2).translate(p.hingeY, g.zAxis));
  let base = plate;
  for (const s of [-1, 1]) {
    const x0 = s > 0 ? g.gap : -g.gap - p.cheekThickness;
    base = base.fuse(cheekProfile.sketchOnPlane("YZ", [x0, 0, 0]).extrude(p.cheekThickness));
  }
  const holes = bosses.map(([x, y]) => makeCylinder(p.screwHole / 2, p.baseThickness + 2, [x, y, -1], [0, 0, 1]));
  return base.cut(makeCompound(holes));
};

// Everything that pivots is built upright about the hinge axis, then leaned back together.
const pivoting = (p, g) => {
  const t = p.supportThickness;
  const front = p.hingeY - t / 2;
  const kr = p.knuckleDiameter / 2;
  const knuckle = makeCylinder(kr, p.supportWidth, [-p.supportWidth / 2, p.hingeY, g.zAxis], [1, 0, 0]);
  const plate = drawRoundedRectangle(p.supportWidth, p.supportLength, 8)
    .translate(0, g.zAxis + p.supportLength / 2)
    .sketchOnPlane("XZ", [0, front + t, 0])
    .extrude(t);
  const support = plate
    .fuse(knuckle)
    .cut(makeCylinder(p.barrelDiameter / 2, p.supportWidth + 2, [-p.supportWidth / 2 - 1, p.hingeY, g.zAxis], [1, 0, 0]));

  // Ledge: an L section standing off the support's front face just above the knuckle.
  const z0 = g.zAxis + kr + 1;
  const yOut = front - p.ledgeDepth;
  const ledge = draw([front, z0])
    .lineTo([front, z0 + p.ledgeThickness])
    .lineTo([yOut + p.ledgeThickness, z0 + p.ledgeThickness])
    .lineTo([yOut + p.ledgeThickness, z0 + p.ledgeLip])
    .lineTo([yOut, z0 + p.ledgeLip])
    .lineTo([yOut, z0])
    .close()
    .sketchOnPlane("YZ", [-p.supportWidth / 2, 0, 0])
    .extrude(p.supportWidth);

  // End stops stand on the ledge at each end, between the upturn and the support's face.
  const stops = [-1, 1].map((s) => {
    const x0 = s > 0 ? p.supportWidth / 2 - p.stopWidth : -p.supportWidth / 2;
    return makeBox([x0, yOut + p.ledgeThickness, z0 + p.ledgeThickness], [x0 + p.stopWidth, front, z0 + p.ledgeThickness + p.stopHeight]);
  });

  const lean = (shape) => shape.rotate(-p.leanDeg, [0, p.hingeY, g.zAxis], [1, 0, 0]);
  return { support: lean(support), ledge: lean(ledge), stops: stops.map(lean) };
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const g = geometry(p);
  const bx = p.baseWidth / 2 - 11;
  const bosses = [[-bx, g.yFront + 11], [bx, g.yFront + 11], [0, g.yFront + p.baseDepth - 11]];
  const { support, ledge, stops } = pivoting(p, g);
  const barrelLength = 2 * (g.gap + p.cheekThickness);
  const parts = [
    { shape: basePlate(p, g, bosses), name: "base plate", color: "#2f3338" },
    { shape: makeCylinder(p.barrelDiameter / 2, barrelLength, [-barrelLength / 2, p.hingeY, g.zAxis], [1, 0, 0]), name: "hinge barrel", color: "#9aa0a8" },
    { shape: support, name: "back support", color: "#4a5058" },
    { shape: ledge, name: "bottom lip", color: "#4a5058" },
    ...stops.map((shape) => ({ shape, name: "side stop", color: "#6a7079" })),
  ];
  for (const [x, y] of bosses) {
    const boss = drawCircle(p.bossDiameter / 2)
      .cut(drawCircle(p.screwHole / 2))
      .translate(x, y)
      .sketchOnPlane("XY", [0, 0, p.baseThickness])
      .extrude(p.bossHeight);
    parts.push({ shape: boss, name: "screw boss", color: "#9aa0a8" });
  }
  return parts;
};
