// Triangular shelf bracket built from sections: a wide wall plate screwed through two holes side by
// side, a T-section arm (flat top flange for the shelf, web below), and a diagonal bar strut whose
// mitred ends sit flat on the plate face and under the arm's web.
const { draw, drawRectangle, drawRoundedRectangle, drawCircle } = replicad;

const defaultParams = {
  height: 180,
  plateWidth: 56,
  plateThickness: 8,
  holeDiameter: 6.5,
  holeSpread: 38, // Y distance between the two wall screws, either side of the web and strut
  holeHeight: 128, // high on the plate: the screws take the tension, the plate's foot the thrust
  armLength: 210,
  flangeWidth: 40,
  flangeThickness: 6,
  webThickness: 8,
  webDepth: 20,
  tipChamfer: 16, // the web's lower tip corner is cut back, nothing sharp under the shelf
  shelfHole: 5,
  shelfHoleInset: 30,
  strutDepth: 14, // strut's depth measured square to its own axis
  strutFoot: 30, // Z where the strut's lower edge leaves the plate
  strutReach: 186, // X where the strut's lower edge meets the web
};

// Upright wall plate in the Y-Z plane, thickness along +X from the wall.
const wallPlate = (p) => {
  let outline = drawRoundedRectangle(p.plateWidth, p.height, 8).translate(0, p.height / 2);
  for (const s of [-1, 1]) outline = outline.cut(drawCircle(p.holeDiameter / 2).translate((s * p.holeSpread) / 2, p.holeHeight));
  return outline.sketchOnPlane("YZ").extrude(p.plateThickness);
};

// The arm: a T section run out from the plate face, with two holes to screw the shelf down.
const supportArm = (p) => {
  const top = p.height;
  const flangeZ = top - p.flangeThickness / 2;
  const webZ = top - p.flangeThickness - p.webDepth / 2;
  const section = drawRectangle(p.flangeWidth, p.flangeThickness)
    .translate(0, flangeZ)
    .fuse(drawRectangle(p.webThickness, p.webDepth + 1).translate(0, webZ + 0.5));
  const x0 = p.plateThickness;
  const x1 = x0 + p.armLength;
  const webBottom = top - p.flangeThickness - p.webDepth;
  const chamfer = draw([x1 - p.tipChamfer, webBottom - 1])
    .lineTo([x1 + 1, webBottom - 1])
    .lineTo([x1 + 1, webBottom + p.tipChamfer])
    .close()
    .sketchOnPlane("XZ", [0, p.webThickness, 0])
    .extrude(2 * p.webThickness);
  let arm = section.sketchOnPlane("YZ", [x0, 0, 0]).extrude(p.armLength).cut(chamfer);
  const holes = [p.shelfHoleInset, p.armLength - p.shelfHoleInset].map((x) =>
    drawCircle(p.shelfHole / 2).translate(x0 + x, 0),
  );
  for (const hole of holes) arm = arm.cut(hole.sketchOnPlane("XY", [0, 0, top - p.flangeThickness - 1]).extrude(p.flangeThickness + 2));
  return { arm, webBottom };
};

// Constant-depth strut from low on the plate to under the web: its lower edge runs from
// (t, foot) to (reach, webBottom); the upper edge is that line moved square to itself by the depth,
// and both ends are cut to the faces they bear on, so it touches without overlapping.
const diagonalStrut = (p, webBottom) => {
  const t = p.plateThickness;
  const dx = p.strutReach - t;
  const dz = webBottom - p.strutFoot;
  const len = Math.hypot(dx, dz);
  const [ux, uz] = [dx / len, dz / len];
  return draw([t, p.strutFoot])
    .lineTo([p.strutReach, webBottom])
    .lineTo([p.strutReach - p.strutDepth / uz, webBottom])
    .lineTo([t, p.strutFoot + p.strutDepth / ux])
    .close()
    .sketchOnPlane("XZ", [0, p.webThickness / 2, 0])
    .extrude(p.webThickness);
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const { arm, webBottom } = supportArm(p);
  return [
    { shape: wallPlate(p), name: "wall plate", color: "#6f7780" },
    { shape: arm, name: "support arm", color: "#858d96" },
    { shape: diagonalStrut(p, webBottom), name: "diagonal rib", color: "#5d646c" },
  ];
};
