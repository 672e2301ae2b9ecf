// Folding step stool, second construction: each side frame is two separate flat bars lying face
// to face (front leg inboard, rear leg outboard) so they can scissor about the pivot rod, which
// runs through all four bars. The bars are cut flat under the top step, which they carry, and
// flat on the floor; each pair's top ends swing on a hinge barrel rod under the step's front or
// rear edge. The lower step spans between the two inboard front legs. Both steps have V grooves.
const { draw, drawCircle, drawRectangle, drawRoundedRectangle, makeCylinder } = replicad;

const defaultParams = {
  width: 400,
  height: 480,
  topDepth: 320,
  stepThickness: 22,
  barWidth: 36,
  barThickness: 16,
  footY: 150,
  topY: 120,
  barrelDiameter: 22,
  barrelCover: 4,
  pivotDiameter: 16,
  lowerStepZ: 140,
  lowerStepDepth: 100,
  lowerStepThickness: 20,
  grooveCount: 7,
  grooveWidth: 8,
  grooveDepth: 3,
};

// Side profile (Y-Z) of a board with V grooves across its top, extruded across X.
const groovedBoard = (p, x0, x1, yc, depth, z0, thickness, grooves) => {
  const top = z0 + thickness;
  const pitch = depth / (grooves + 1);
  const y0 = yc - depth / 2;
  let pen = draw([y0, z0]).lineTo([y0 + depth, z0]).lineTo([y0 + depth, top]);
  for (let i = grooves; i >= 1; i--) {
    const y = y0 + i * pitch;
    pen = pen.lineTo([y + p.grooveWidth / 2, top]).lineTo([y, top - p.grooveDepth]).lineTo([y - p.grooveWidth / 2, top]);
  }
  return pen.lineTo([y0, top]).close().sketchOnPlane("YZ", x0).extrude(x1 - x0);
};

// One flat leg bar in the Y-Z plane from its foot on the floor to its top under the step: a
// round-ended strip overlong at both ends, trimmed flat at the floor and at the step's underside,
// bored for the pivot rod and for its hinge barrel.
const legBar = (p, foot, top, pivot, barrelZ, x0) => {
  const dy = top[0] - foot[0];
  const dz = top[1] - foot[1];
  const length = Math.hypot(dy, dz);
  const stepBottom = p.height - p.stepThickness;
  return drawRoundedRectangle(length + 2 * p.barWidth, p.barWidth, p.barWidth / 2 - 0.01)
    .rotate((Math.atan2(dz, dy) * 180) / Math.PI, [0, 0])
    .translate((foot[0] + top[0]) / 2, (foot[1] + top[1]) / 2)
    .intersect(drawRectangle(4 * p.topDepth, stepBottom).translate(0, stepBottom / 2))
    .cut(drawCircle(p.pivotDiameter / 2).translate(pivot[0], pivot[1]))
    .cut(drawCircle(p.barrelDiameter / 2).translate(top[0], barrelZ))
    .sketchOnPlane("YZ", x0)
    .extrude(p.barThickness);
};

const rodAlongX = (diameter, y, z, width) => makeCylinder(diameter / 2, width, [-width / 2, y, z], [1, 0, 0]);

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const half = p.width / 2;
  const t = p.barThickness;
  const stepBottom = p.height - p.stepThickness;
  const barrelZ = stepBottom - p.barrelCover - p.barrelDiameter / 2;
  // Front legs run from the front foot (-Y) up to the barrel under the step's rear edge; the rear legs mirror them.
  const front = { foot: [-p.footY, 0], top: [p.topY, barrelZ] };
  const rear = { foot: [p.footY, 0], top: [-p.topY, barrelZ] };
  const pivot = [0, (barrelZ * p.footY) / (p.footY + p.topY)];

  const parts = [
    { shape: groovedBoard(p, -half, half, 0, p.topDepth, stepBottom, p.stepThickness, p.grooveCount), name: "top step", color: "#d6ad77" },
  ];

  for (const side of [-1, 1]) {
    // Outboard rear bar against the outer face, inboard front bar against it.
    const outerX0 = side > 0 ? half - t : -half;
    const innerX0 = side > 0 ? half - 2 * t : -half + t;
    parts.push({ shape: legBar(p, rear.foot, rear.top, pivot, barrelZ, outerX0), name: "side frame", color: "#56636d" });
    parts.push({ shape: legBar(p, front.foot, front.top, pivot, barrelZ, innerX0), name: "side frame", color: "#6b7882" });
  }

  // The lower step hangs between the inboard front legs, centred where they pass its height.
  const inner = half - 2 * t;
  const lowerMid = p.lowerStepZ + p.lowerStepThickness / 2;
  const lowerY = front.foot[0] + ((front.top[0] - front.foot[0]) * lowerMid) / front.top[1];
  parts.push({
    shape: groovedBoard(p, -inner, inner, lowerY, p.lowerStepDepth, p.lowerStepZ, p.lowerStepThickness, Math.ceil(p.grooveCount / 2)),
    name: "lower step",
    color: "#d6ad77",
  });

  parts.push({ shape: rodAlongX(p.pivotDiameter, pivot[0], pivot[1], p.width), name: "pivot", color: "#a0a8ae" });
  for (const y of [p.topY, -p.topY]) {
    parts.push({ shape: rodAlongX(p.barrelDiameter, y, barrelZ, p.width), name: "hinge barrel", color: "#a0a8ae" });
  }
  return parts;
};
