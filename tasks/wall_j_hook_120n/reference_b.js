// J hook bent from round 6061 bar: a short standoff leaves the plate level, turns down through a
// quarter bend, drops, wraps a half circle and rises to a ball-ended tip. The wall plate is wide
// and low, screwed through two counterbored holes flanking the bar.
const { draw, drawCircle, drawRoundedRectangle, makeCylinder, makeCompound } = replicad;

const defaultParams = {
  rodDiameter: 16,
  standoff: 12, // straight run from the plate face before the first bend
  elbowRadius: 18, // quarter bend from level to vertical
  drop: 40, // straight vertical stem between the elbow and the cradle
  cradleRadius: 36, // centreline radius of the half circle the load sits in
  tipRise: 34, // straight upturn after the cradle, before the ball end
  plateThickness: 10,
  plateWidth: 80,
  plateAbove: 40, // plate height above the bar's centreline
  plateBelow: 62, // plate height below it: the lower edge is the pivot the screws resist
  holeDiameter: 5.5,
  headDiameter: 10,
  headDepth: 4,
  holeSpread: 52, // Y distance between the two screws
  holeRaise: 20, // screws sit above the bar, far from the lower pivot edge
};

// Centreline of the bar in the X-Z plane, from the plate face to the start of the ball end.
const hookPath = (p) => {
  const rise = p.rodDiameter / 2;
  const bottomZ = rise + p.cradleRadius; // the cradle's lowest fibre rests on Z = 0
  const stemX = p.plateThickness + p.standoff + p.elbowRadius;
  const barZ = bottomZ + p.drop + p.elbowRadius;
  const e = p.elbowRadius * Math.SQRT1_2;
  const tipX = stemX + 2 * p.cradleRadius;
  const path = draw([p.plateThickness, barZ])
    .hLineTo(stemX - p.elbowRadius)
    .threePointsArcTo([stemX, barZ - p.elbowRadius], [stemX - p.elbowRadius + e, barZ - p.elbowRadius + e])
    .vLineTo(bottomZ)
    .threePointsArcTo([tipX, bottomZ], [stemX + p.cradleRadius, bottomZ - p.cradleRadius])
    .vLineTo(bottomZ + p.tipRise)
    .done();
  return { path, barZ, tip: [tipX, 0, bottomZ + p.tipRise] };
};

// Round bar swept along the path, closed with a ball so the tip is rounded and snag-free.
const hookArm = (p) => {
  const { path, barZ, tip } = hookPath(p);
  const bar = path
    .sketchOnPlane("XZ")
    .sweepSketch((plane, origin) => drawCircle(p.rodDiameter / 2).sketchOnPlane(plane, origin), { frenet: true });
  // Hemispherical cap on the tip's end face: it shares that face, so the fuse only stitches them.
  const r = p.rodDiameter / 2;
  const cap = draw([0, 0])
    .hLineTo(r)
    .threePointsArcTo([0, r], [r * Math.SQRT1_2, r * Math.SQRT1_2])
    .close()
    .sketchOnPlane("XZ")
    .revolve([0, 0, 1])
    .translate(tip);
  return { arm: bar.fuse(cap, { optimisation: "commonFace" }), barZ };
};

// Wall plate with two screw holes flanking the bar, counterbored from the front face (X = t) so the
// pan heads sit below the surface and nothing snags a strap sliding down the plate.
const wallPlate = (p, barZ) => {
  const height = p.plateAbove + p.plateBelow;
  const holeZ = barZ + p.holeRaise;
  const ys = [-1, 1].map((s) => (s * p.holeSpread) / 2);
  let outline = drawRoundedRectangle(p.plateWidth, height, 10).translate(0, barZ + (p.plateAbove - p.plateBelow) / 2);
  for (const y of ys) outline = outline.cut(drawCircle(p.holeDiameter / 2).translate(y, holeZ));
  const counterbores = ys.map((y) => makeCylinder(p.headDiameter / 2, p.headDepth + 1, [p.plateThickness - p.headDepth, y, holeZ], [1, 0, 0]));
  return outline.sketchOnPlane("YZ").extrude(p.plateThickness).cut(makeCompound(counterbores));
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const { arm, barZ } = hookArm(p);
  return [
    { shape: wallPlate(p, barZ), name: "wall plate", color: "#b8bcc2" },
    { shape: arm, name: "hook arm", color: "#9aa0a8" },
  ];
};
