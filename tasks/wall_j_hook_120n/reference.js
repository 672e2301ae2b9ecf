const { drawRoundedRectangle, drawRectangle, drawCircle } = replicad;

const defaultParams = {
  plateWidth: 60,
  holeEdge: 16,
  plateThickness: 8,
  holeDiameter: 6,
  holeSpacing: 44,
  barThickness: 14,
  barWidth: 22,
  bendRadius: 48,
  tipLength: 40,
  stemLength: 40,
};

// The J's outline in the X-Z plane: a stem on the wall plate, a half-round bend and an upturned tip.
const hookProfile = (p) => {
  const a = p.barThickness;
  const R = p.bendRadius;
  const bendZ = R + a / 2 + 4;
  const stemX = p.plateThickness;
  const cx = stemX + a / 2 + R;
  // The stem lies against the plate's face, from the bend up.
  const stem = drawRectangle(a, p.stemLength).translate(stemX + a / 2, bendZ + p.stemLength / 2);
  const bend = drawCircle(R + a / 2)
    .cut(drawCircle(R - a / 2))
    .cut(drawRectangle(4 * R, 2 * R).translate(0, R))
    .translate(cx, bendZ);
  const tipX = cx + R;
  const tip = drawRectangle(a, p.tipLength).translate(tipX, bendZ + p.tipLength / 2);
  const cap = drawCircle(a / 2).translate(tipX, bendZ + p.tipLength);
  return { outline: stem.fuse(bend).fuse(tip).fuse(cap), bendZ };
};

// The wall plate reaches from below the stem's top to above the upper screw, both holes above the stem.
const wallPlate = (p, bendZ) => {

  // The screws sit above the stem, where a driver can reach them.
  const plateBottom = bendZ - p.barThickness;
  const lowHole = bendZ + p.stemLength + p.holeEdge;
  const holesZ = [lowHole, lowHole + p.holeSpacing];
  const plateHeight = holesZ[1] + p.holeEdge - plateBottom;
  let plateOutline = drawRoundedRectangle(p.plateWidth, plateHeight, 8).translate(0, plateBottom + plateHeight / 2);
  for (const z of holesZ) plateOutline = plateOutline.cut(drawCircle(p.holeDiameter / 2).translate(0, z));
  return plateOutline.sketchOnPlane("YZ").extrude(p.plateThickness);
};

const main = (r, p) => {
  const { outline, bendZ } = hookProfile(p);
  const arm = outline.sketchOnPlane("XZ", [0, p.barWidth / 2, 0]).extrude(p.barWidth);
  const plate = wallPlate(p, bendZ);

  return [
    { shape: plate, name: "wall_plate", color: "#b8bcc2" },
    { shape: arm, name: "hook_arm", color: "#9aa0a8" },
  ];
};
