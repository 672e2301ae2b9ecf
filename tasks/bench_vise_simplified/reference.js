const { makeBox, makeCylinder, drawRoundedRectangle, drawCircle } = replicad;

const defaultParams = {
  length: 280,
  width: 140,
  baseThickness: 14,
  holeDiameter: 10,
  holeInset: 11,
  jawWidth: 96,
  jawHeight: 100,
  fixedJawDepth: 40,
  movingJawDepth: 34,
  opening: 50,
  railDiameter: 16,
  railSpacing: 80,
  spindleDiameter: 20,
  handleLength: 130,
  handleDiameter: 10,
};

const alongX = (radius, x0, x1, y, z) => makeCylinder(radius, x1 - x0, [x0, y, z], [1, 0, 0]);

// Base plate with a bolt hole near each corner, outside the jaws' width.
const basePlate = (p, length, inset) => {
  let outline = drawRoundedRectangle(length, p.width, inset).translate(length / 2, 0);
  for (const x of [inset, length - inset]) {
    for (const y of [-p.width / 2 + inset, p.width / 2 - inset]) outline = outline.cut(drawCircle(p.holeDiameter / 2).translate(x, y));
  }
  return outline.sketchOnPlane("XY").extrude(p.baseThickness);
};

const main = (r, p) => {
  const t = p.baseThickness;
  const halfJaw = p.jawWidth / 2;
  const railZ = t + p.railDiameter / 2 + 8;
  const spindleZ = t + p.jawHeight * 0.55;
  const railYs = [-p.railSpacing / 2, p.railSpacing / 2];

  const baseLength = p.length - 40;
  const base = basePlate(p, baseLength, p.holeInset);

  const fixedX1 = 20 + p.fixedJawDepth;
  const fixedJaw = makeBox([20, -halfJaw, t], [fixedX1, halfJaw, t + p.jawHeight]);

  const movingX0 = fixedX1 + p.opening;
  const movingX1 = movingX0 + p.movingJawDepth;
  // The moving jaw rides on the rails: its bores are the rails' size, so it touches them all along.
  let movingJaw = makeBox([movingX0, -halfJaw, railZ - p.railDiameter / 2 - 6], [movingX1, halfJaw, t + p.jawHeight]);
  for (const y of railYs) movingJaw = movingJaw.cut(alongX(p.railDiameter / 2, movingX0 - 1, movingX1 + 1, y, railZ));
  movingJaw = movingJaw.cut(alongX(p.spindleDiameter / 2, movingX0 - 1, movingX1 + 1, 0, spindleZ));

  const endX0 = baseLength - 30;
  const endBlock = makeBox([endX0, -halfJaw, t], [endX0 + 24, halfJaw, spindleZ + p.spindleDiameter]).cut(
    alongX(p.spindleDiameter / 2, endX0 - 1, endX0 + 25, 0, spindleZ),
  );

  const parts = [
    { shape: base, name: "base", color: "#3b5f8a" },
    { shape: fixedJaw, name: "fixed_jaw", color: "#2f4f75" },
    { shape: movingJaw, name: "moving_jaw", color: "#4a74a6" },
    { shape: endBlock, name: "end_block", color: "#2f4f75" },
  ];
  // The rails span exactly from the fixed jaw's face to the end block's face, so they meet both without entering them.
  for (const y of railYs) {
    parts.push({ shape: alongX(p.railDiameter / 2, fixedX1, endX0, y, railZ), name: "guide_rail", color: "#b9c0c7" });
  }

  // The spindle bears on the fixed jaw's face and passes through the end block's bore to its knob.
  const spindleEnd = p.length - 12;
  const handle = makeCylinder(p.handleDiameter / 2, p.handleLength, [spindleEnd - 10, -p.handleLength / 2, spindleZ], [0, 1, 0]);
  // The handle slides through a cross hole in the knob, so the knob is bored with the handle's own size.
  const spindle = alongX(p.spindleDiameter / 2, fixedX1, spindleEnd, 0, spindleZ)
    .fuse(alongX(p.spindleDiameter * 0.9, spindleEnd - 20, spindleEnd, 0, spindleZ))
    .cut(handle.clone());
  parts.push({ shape: spindle, name: "screw_spindle", color: "#c8ccd0" });
  parts.push({ shape: handle, name: "handle_bar", color: "#d0d4d8" });
  return parts;
};
