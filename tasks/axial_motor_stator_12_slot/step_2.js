// Axial-flux motor stator core: a back-iron ring with a central shaft opening, and radial teeth
// standing up from it with a slot between each pair. Z is the motor axis.
const { draw, drawCircle, makeCylinder, polarArray } = replicad;

const defaultParams = {
  slots: 12,
  outerDiameter: 180,
  yokeThickness: 10,
  toothHeight: 20,
  toothInnerRadius: 36,
  toothTipInset: 3,
  slotFraction: 0.35,
  boltCircleDiameter: 58,
  boltDiameter: 4,
  boltCount: 12,
};

const polar = (radius, angle) => [radius * Math.cos(angle), radius * Math.sin(angle)];

// One tooth: an annular sector between two radii, extruded up from the top of the yoke.
const tooth = (p, centreAngle, halfAngle) => {
  const inner = p.toothInnerRadius;
  const outer = p.outerDiameter / 2 - p.toothTipInset;
  const a0 = centreAngle - halfAngle;
  const a1 = centreAngle + halfAngle;
  return draw(polar(inner, a0))
    .lineTo(polar(outer, a0))
    .threePointsArcTo(polar(outer, a1), polar(outer, centreAngle))
    .lineTo(polar(inner, a1))
    .threePointsArcTo(polar(inner, a0), polar(inner, centreAngle))
    .close()
    .sketchOnPlane("XY", p.yokeThickness)
    .extrude(p.toothHeight);
};

// The back-iron disk with a bolt circle for the hub.
const yoke = (p) => {
  let ring = drawCircle(p.outerDiameter / 2)
    .sketchOnPlane("XY")
    .extrude(p.yokeThickness);
  for (let i = 0; i < p.boltCount; i++) {
    const [x, y] = polar(p.boltCircleDiameter / 2, (2 * Math.PI * (i + 0.5)) / p.boltCount);
    ring = ring.cut(makeCylinder(p.boltDiameter / 2, p.yokeThickness + 2, [x, y, -1], [0, 0, 1]));
  }
  return ring;
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const pitch = (2 * Math.PI) / p.slots;
  const halfTooth = (pitch * (1 - p.slotFraction)) / 2;
  // One tooth drawn once, then copied round the axis at the slot pitch.
  const teeth = polarArray(tooth(p, 0, halfTooth), p.slots, { center: [0, 0, 0], axis: [0, 0, 1] });
  return [{ shape: yoke(p).fuse(teeth), name: "stator core", color: "#8a8f98" }];
};
