const { makeCylinder, drawRectangle, draw } = replicad;

const defaultParams = {
  width: 400,
  height: 480,
  topDepth: 340,
  stepThickness: 24,
  lowerStepHeight: 130,
  lowerStepDepth: 110,
  frameBar: 36,
  frameThickness: 20,
  footSpread: 155,
  topSpread: 140,
  grooveCount: 6,
  grooveWidth: 8,
  grooveDepth: 3,
  pivotDiameter: 16,
  barrelDiameter: 24,
};

// A flat bar in the Y-Z plane between two points (a 2D drawing).
const sideBar = (a, b, width) => {
  const dy = b[0] - a[0];
  const dz = b[1] - a[1];
  return drawRectangle(Math.hypot(dy, dz), width)
    .rotate((Math.atan2(dz, dy) * 180) / Math.PI, [0, 0])
    .translate((a[0] + b[0]) / 2, (a[1] + b[1]) / 2);
};

// A step board whose side profile has anti-slip grooves notched into the top, extruded across X.
const step = (width, depth, thickness, z, centreY, grooves, p) => {
  const y0 = centreY - depth / 2;
  const top = z + thickness;
  const pitch = depth / (grooves + 1);
  let pen = draw([y0, z]).lineTo([y0 + depth, z]).lineTo([y0 + depth, top]);
  for (let i = grooves; i >= 1; i--) {
    const y = y0 + i * pitch;
    pen = pen
      .lineTo([y + p.grooveWidth / 2, top])
      .lineTo([y + p.grooveWidth / 2, top - p.grooveDepth])
      .lineTo([y - p.grooveWidth / 2, top - p.grooveDepth])
      .lineTo([y - p.grooveWidth / 2, top]);
  }
  return pen.lineTo([y0, top]).close().sketchOnPlane("YZ", [-width / 2, 0, 0]).extrude(width);
};

const main = (r, p) => {
  const topZ = p.height - p.stepThickness;
  const barTopZ = topZ - p.frameBar / 2 + 4;
  const frameX = p.width / 2 - p.frameThickness;
  const half = p.frameBar / 2;
  // Legs run past the floor and are trimmed flat there, so each foot stands on its whole width.
  const legA = [[-p.footSpread, -half], [p.topSpread, barTopZ]];
  const legB = [[p.footSpread, -half], [-p.topSpread, barTopZ]];
  const floorTrim = drawRectangle(2 * p.height, topZ + 1).translate(0, (topZ + 1) / 2);

  // The two legs cross where the pivot rod runs through both side frames; the hinge barrels run under the top
  // step's edges, sunk into shallow grooves in its underside. Frames and step are bored for the rods.
  const crossZ = (legA[0][1] + legA[1][1]) / 2;
  const span = 2 * (frameX + p.frameThickness) + 6;
  const acrossX = (diameter, y, z) => makeCylinder(diameter / 2, span, [-span / 2, y, z], [1, 0, 0]);
  const pivot = acrossX(p.pivotDiameter, 0, crossZ);
  const barrelZ = topZ - p.barrelDiameter / 2 + 2;
  const barrels = [legA[1][0], legB[1][0]].map((y) => acrossX(p.barrelDiameter, y, barrelZ));
  const boredFor = (shape, rods) => rods.reduce((bored, rod) => bored.cut(rod.clone()), shape);

  const topStep = boredFor(step(p.width, p.topDepth, p.stepThickness, topZ, 0, p.grooveCount, p), barrels);
  const parts = [{ shape: topStep, name: "top_step", color: "#d9b27c" }];

  // Where the front leg passes the lower step's height: the step hangs between the two front legs there,
  // its ends on the frames' inner faces.
  const f = (p.lowerStepHeight - legB[0][1]) / (legB[1][1] - legB[0][1]);
  const lowerY = legB[0][0] + (legB[1][0] - legB[0][0]) * f;
  parts.push({
    shape: step(2 * frameX, p.lowerStepDepth, p.stepThickness - 4, p.lowerStepHeight - half, lowerY + p.lowerStepDepth / 4, Math.ceil(p.grooveCount / 2), p),
    name: "lower_step",
    color: "#d9b27c",
  });

  for (const side of [-1, 1]) {
    const x0 = side > 0 ? frameX : -frameX - p.frameThickness;
    const frame = sideBar(legA[0], legA[1], p.frameBar)
      .fuse(sideBar(legB[0], legB[1], p.frameBar))
      .intersect(floorTrim)
      .sketchOnPlane("YZ", [x0, 0, 0])
      .extrude(p.frameThickness);
    parts.push({ shape: boredFor(frame, [pivot, ...barrels]), name: "side_frame", color: "#5b6770" });
  }

  parts.push({ shape: pivot, name: "pivot", color: "#9ea7ad" });
  for (const barrel of barrels) parts.push({ shape: barrel, name: "hinge_barrel", color: "#9ea7ad" });
  return parts;
};
