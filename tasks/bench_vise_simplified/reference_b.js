// Bench vice, second construction: a buttressed fixed jaw (sloped back) and a block moving jaw,
// both with bolt-on jaw plates; the guide rails run high and the spindle low between them; the spindle
// turns in the end block and ends in a square head with a cross hole that the knob-ended tommy bar passes
// through. The base is a narrow bed with four bolting lugs at its corners.
const { draw, drawRectangle, drawRoundedRectangle, drawCircle, makeBox, makeCylinder } = replicad;

const defaultParams = {
  baseLength: 240,
  bedWidth: 100,
  lugReach: 20,
  lugLength: 36,
  baseThickness: 14,
  boltHole: 11,
  jawHeight: 100,
  fixedFaceX: 50,
  fixedBackX: 5,
  jawPlateThickness: 6,
  jawPlateHeight: 30,
  opening: 40,
  movingDepth: 40,
  slideClearance: 8,
  railDiameter: 16,
  railSpacing: 76,
  railLift: 50,
  spindleDiameter: 20,
  spindleLift: 25,
  endBlockDepth: 25,
  endBlockHeight: 72,
  headSize: 28,
  headLength: 18,
  handleDiameter: 10,
  handleLength: 124,
  knobDiameter: 16,
};

const alongX = (radius, x0, x1, y, z) => makeCylinder(radius, x1 - x0, [x0, y, z], [1, 0, 0]);
// Extrude an X-Z outline across the bed's width, centred on Y = 0.
const acrossBed = (drawing, width) => drawing.sketchOnPlane("XZ", [0, width / 2, 0]).extrude(width);

// Narrow bed with a bolting lug at each corner, so the bolts sit clear of the jaws: one outline
// traced round the lugs, with a bolt hole in each lug.
const base = (p) => {
  const L = p.baseLength;
  const h = p.bedWidth / 2;
  const o = h + p.lugReach;
  const a = p.lugLength;
  let outline = draw([0, -o])
    .lineTo([a, -o]).lineTo([a, -h]).lineTo([L - a, -h]).lineTo([L - a, -o]).lineTo([L, -o])
    .lineTo([L, o]).lineTo([L - a, o]).lineTo([L - a, h]).lineTo([a, h]).lineTo([a, o]).lineTo([0, o])
    .close();
  for (const x of [a / 2, L - a / 2]) {
    for (const s of [-1, 1]) outline = outline.cut(drawCircle(p.boltHole / 2).translate(x, s * (h + p.lugReach / 2)));
  }
  return outline.sketchOnPlane("XY").extrude(p.baseThickness);
};

// The fixed jaw's side profile: an upright face at `faceX` and a sloped buttress behind it
// that carries the clamping thrust down into the base.
const jawProfile = (faceX, backX, z0, top) => {
  const depth = faceX - backX;
  return draw([faceX, z0])
    .lineTo([faceX, top])
    .lineTo([faceX - depth * 0.45, top])
    .lineTo([backX, z0 + (top - z0) * 0.35])
    .lineTo([backX, z0])
    .close();
};

const jawPlate = (p, x0, top) =>
  makeBox([x0, -p.bedWidth / 2, top - p.jawPlateHeight], [x0 + p.jawPlateThickness, p.bedWidth / 2, top]);

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const t = p.baseThickness;
  const top = t + p.jawHeight;
  const railZ = t + p.railLift;
  const spindleZ = t + p.spindleLift;
  const railYs = [-p.railSpacing / 2, p.railSpacing / 2];
  const rr = p.railDiameter / 2;
  const rs = p.spindleDiameter / 2;

  const fixedJaw = acrossBed(jawProfile(p.fixedFaceX, p.fixedBackX, t, top), p.bedWidth);
  const fixedPlate = jawPlate(p, p.fixedFaceX, top);

  // Moving jaw: a block drawn as its cross-section across X (bores for the rails and the
  // spindle's nut thread, all at their mating sizes) and run along X, riding clear of the bed.
  const movingFace = p.fixedFaceX + 2 * p.jawPlateThickness + p.opening;
  let section = drawRectangle(p.bedWidth, p.jawHeight - p.slideClearance).translate(0, t + p.slideClearance + (p.jawHeight - p.slideClearance) / 2);
  for (const y of railYs) section = section.cut(drawCircle(rr).translate(y, railZ));
  section = section.cut(drawCircle(rs).translate(0, spindleZ));
  const movingJaw = section.sketchOnPlane("YZ", movingFace).extrude(p.movingDepth);
  const endX0 = p.baseLength - p.endBlockDepth;
  const movingPlate = jawPlate(p, movingFace - p.jawPlateThickness, top);

  // End block: an upright with a rounded top, bored for both rails and the spindle.
  let endOutline = drawRoundedRectangle(p.bedWidth, p.endBlockHeight, 12).translate(0, t + p.endBlockHeight / 2);
  for (const y of railYs) endOutline = endOutline.cut(drawCircle(rr).translate(y, railZ));
  endOutline = endOutline.cut(drawCircle(rs).translate(0, spindleZ));
  const endBlock = endOutline.sketchOnPlane("YZ", endX0).extrude(p.endBlockDepth);

  const parts = [
    { shape: base(p), name: "base", color: "#35597f" },
    { shape: fixedJaw, name: "fixed jaw", color: "#2b4a6b" },
    { shape: fixedPlate, name: "jaw plate", color: "#9aa3ab" },
    { shape: movingJaw, name: "moving jaw", color: "#4a74a6" },
    { shape: movingPlate, name: "jaw plate", color: "#9aa3ab" },
    { shape: endBlock, name: "end block", color: "#2b4a6b" },
  ];
  // Rails butt against the fixed jaw's face and run through the end block.
  for (const y of railYs) parts.push({ shape: alongX(rr, p.fixedFaceX, p.baseLength, y, railZ), name: "guide rail", color: "#c0c6cc" });

  // Spindle from the fixed jaw's face out through the end block, ending in a square head with
  // a cross hole for the tommy bar.
  const headX0 = p.baseLength;
  const handleX = headX0 + p.headLength / 2;
  const head = drawRectangle(p.headLength, p.headSize)
    .translate(handleX, spindleZ)
    .cut(drawCircle(p.handleDiameter / 2).translate(handleX, spindleZ))
    .sketchOnPlane("XZ", [0, p.headSize / 2, 0])
    .extrude(p.headSize);
  const spindle = alongX(rs, p.fixedFaceX, headX0, 0, spindleZ).fuse(head);
  parts.push({ shape: spindle, name: "screw spindle", color: "#cfd3d7" });

  // Tommy bar: a round bar through the cross hole with a chamfered knob at each end to keep it
  // captive, turned as one half-profile revolved about its own axis (Y).
  const h = p.handleLength / 2;
  const kr = p.knobDiameter / 2;
  const hr = p.handleDiameter / 2;
  const c = kr / 3; // chamfer on the knobs' outer rims
  const handle = draw([0, -h])
    .lineTo([kr - c, -h])
    .lineTo([kr, -h + c])
    .lineTo([kr, -h + p.knobDiameter])
    .lineTo([hr, -h + p.knobDiameter])
    .lineTo([hr, h - p.knobDiameter])
    .lineTo([kr, h - p.knobDiameter])
    .lineTo([kr, h - c])
    .lineTo([kr - c, h])
    .lineTo([0, h])
    .close()
    .sketchOnPlane("XY")
    .revolve([0, 1, 0])
    .translate([handleX, 0, spindleZ]);
  parts.push({ shape: handle, name: "handle bar", color: "#d6d9dc" });
  return parts;
};
