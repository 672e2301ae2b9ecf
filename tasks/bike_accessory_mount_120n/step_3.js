const { makeCylinder, makeBox, drawCircle, drawRectangle, draw } = replicad;

const defaultParams = {
  barDiameter: 31.8,
  clampWall: 7,
  clampWidth: 30,
  slotGap: 4,
  earThickness: 7,
  earHeight: 20,
  boltDiameter: 5,
  armLength: 120,
  armHeight: 16,
  armWidth: 22,
  bossDiameter: 24,
  bossHole: 6,
};

const main = (r, p) => {
  const ri = p.barDiameter / 2;
  const ro = ri + p.clampWall;
  const cx = ro + 2;
  const cz = ro + 4;
  const halfW = p.clampWidth / 2;

  // A ring around the handlebar, split at the top between two ears that the pinch bolt draws together.
  const gap = p.slotGap / 2;
  const earZ = cz + ro + p.earHeight;
  const ringOutline = drawCircle(ro)
    .fuse(drawRectangle(2 * (gap + p.earThickness), p.earHeight + ro / 2).translate(0, ro + p.earHeight / 2 - ro / 4))
    .cut(drawCircle(ri))
    .cut(drawRectangle(p.slotGap, ro + p.earHeight + 1).translate(0, (ro + p.earHeight) / 2 + 1))
    .translate(cx, cz);
  const boltZ = cz + ro + p.earHeight / 2;
  const earOuter = gap + p.earThickness;
  const clamp = ringOutline
    .sketchOnPlane("XZ", [0, halfW, 0])
    .extrude(p.clampWidth)
    .cut(makeCylinder(p.boltDiameter / 2, 2 * earOuter + 2, [cx - earOuter - 1, 0, boltZ], [1, 0, 0]));

  const shankStart = cx - earOuter - 3;
  const bolt = makeCylinder(p.boltDiameter / 2, earOuter * 2 + 3, [shankStart, 0, boltZ], [1, 0, 0]).fuse(
    makeCylinder(p.boltDiameter * 0.85, p.boltDiameter * 0.7, [cx + earOuter, 0, boltZ], [1, 0, 0]),
  );

  const armStart = cx + ri + 2;
  const armEnd = armStart + p.armLength;
  const armZ = cz - p.armHeight / 2;
  const arm = makeBox([armStart, -p.armWidth / 2, armZ], [armEnd, p.armWidth / 2, armZ + p.armHeight]);

  // The gusset under the arm carries the tip load back into the lower half of the clamp.
  const gussetReach = p.armLength * 0.55;
  const gusset = draw([cx + ri, cz - ro + 2])
    .lineTo([armStart + gussetReach, armZ + 1])
    .lineTo([cx + ri, armZ + 1])
    .close()
    .sketchOnPlane("XZ", [0, 4, 0])
    .extrude(8);

  return [
    { shape: clamp, name: "clamp", color: "#8e959c" },
    { shape: bolt, name: "clamp_bolt", color: "#3c4046" },
    { shape: arm, name: "support_arm", color: "#a3aab1" },
    { shape: gusset, name: "gusset", color: "#7d848b" },
  ];
};
