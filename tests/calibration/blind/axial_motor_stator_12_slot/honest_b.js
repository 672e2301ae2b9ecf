// Honest: stator core built as a revolved back-iron ring (chamfered, keyed bore) fused with 12 separately drawn trapezoidal teeth with rounded corners
const { draw, makeBox } = replicad;

const defaultParams = {
  outerRadius: 89,
  boreRadius: 24,
  keyWidth: 6,
  keyDepth: 3,
  yokeThickness: 8,
  toothHeight: 22,
  toothInnerRadius: 34,
  toothOuterRadius: 87,
  toothAngle: 19,     // angular width of a tooth (deg); pitch is 30 deg, leaving ~11 deg slots
  cornerRadius: 1.5,
  slots: 12,
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const c = 1; // edge chamfer on the ring

  // ring: revolve a half-section (r, z) drawn on the XZ plane about Z
  const ring = draw([p.boreRadius, 0])
    .lineTo([p.outerRadius - c, 0])
    .lineTo([p.outerRadius, c])
    .lineTo([p.outerRadius, p.yokeThickness])
    .lineTo([p.boreRadius + c, p.yokeThickness])
    .lineTo([p.boreRadius, p.yokeThickness - c])
    .close()
    .sketchOnPlane("XZ")
    .revolve([0, 0, 1]);

  // keyway in the bore
  let core = ring.cut(
    makeBox([p.boreRadius - 1, -p.keyWidth / 2, -1], [p.boreRadius + p.keyDepth, p.keyWidth / 2, p.yokeThickness + 1])
  );

  // one tooth: an annular sector of the given angular width, rounded in plan
  const a = (p.toothAngle / 2) * Math.PI / 180;
  const pt = (rad, ang) => [rad * Math.cos(ang), rad * Math.sin(ang)];
  const toothSketch = draw(pt(p.toothInnerRadius, -a))
    .lineTo(pt(p.toothOuterRadius, -a))
    .threePointsArcTo(pt(p.toothOuterRadius, a), pt(p.toothOuterRadius, 0))
    .lineTo(pt(p.toothInnerRadius, a))
    .threePointsArcTo(pt(p.toothInnerRadius, -a), pt(p.toothInnerRadius, 0))
    .close()
    .fillet(p.cornerRadius);
  const tooth = toothSketch.sketchOnPlane("XY", p.yokeThickness).extrude(p.toothHeight);

  for (let i = 0; i < p.slots; i++) {
    core = core.fuse(tooth.clone().rotate((360 / p.slots) * i, [0, 0, 0], [0, 0, 1]));
  }
  return [{ shape: core, name: "stator back-iron with teeth", color: "#5d6670" }];
};
