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
  gussetThickness: 8,
};

// Where everything sits: the bar's centre, the clamp's radii and the pinch bolt's line.
const layout = (p) => {
  const ri = p.barDiameter / 2;
  const ro = ri + p.clampWall;
  const cx = ro + 2;
  const cz = ro + 4;
  const earOuter = p.slotGap / 2 + p.earThickness;
  const armStart = cx + ri + 2;
  return { ri, ro, cx, cz, earOuter, boltZ: cz + ro + p.earHeight / 2, armStart, armEnd: armStart + p.armLength, armZ: cz - p.armHeight / 2 };
};

// A ring around the handlebar, split at the top between two ears that the pinch bolt draws together.
const clamp = (p, g) => {
  const earBlock = drawRectangle(2 * g.earOuter, p.earHeight + g.ro / 2).translate(0, g.ro + p.earHeight / 2 - g.ro / 4);
  const slot = drawRectangle(p.slotGap, g.ro + p.earHeight + 1).translate(0, (g.ro + p.earHeight) / 2 + 1);
  return drawCircle(g.ro)
    .fuse(earBlock)
    .cut(drawCircle(g.ri))
    .cut(slot)
    .translate(g.cx, g.cz)
    .sketchOnPlane("XZ", [0, p.clampWidth / 2, 0])
    .extrude(p.clampWidth)
    .cut(makeCylinder(p.boltDiameter / 2, 2 * g.earOuter + 2, [g.cx - g.earOuter - 1, 0, g.boltZ], [1, 0, 0]));
};

const pinchBolt = (p, g) => {
  const shankStart = g.cx - earOuter - 3;
  const head = makeCylinder(p.boltDiameter * 0.85, p.boltDiameter * 0.7, [g.cx + g.earOuter, 0, g.boltZ], [1, 0, 0]);
  return makeCylinder(p.boltDiameter / 2, g.earOuter * 2 + 3, [shankStart, 0, g.boltZ], [1, 0, 0]).fuse(head);
};

const arm = (p, g) => makeBox([g.armStart, -p.armWidth / 2, g.armZ], [g.armEnd, p.armWidth / 2, g.armZ + p.armHeight]);

// The gusset under the arm carries the tip load back into the lower half of the clamp.
const gusset = (p, g) => {
  const reach = g.armStart + p.armLength * 0.55;
  return draw([g.cx + g.ri, g.cz - g.ro + 2])
    .lineTo([reach, g.armZ + 1])
    .lineTo([g.cx + g.ri, g.armZ + 1])
    .close()
    .sketchOnPlane("XZ", [0, p.gussetThickness / 2, 0])
    .extrude(p.gussetThickness);
};

const main = (r, p) => {
  const g = layout(p);
  return [
    { shape: clamp(p, g), name: "clamp", color: "#8e959c" },
    { shape: pinchBolt(p, g), name: "clamp_bolt", color: "#3c4046" },
    { shape: arm(p, g), name: "support_arm", color: "#a3aab1" },
    { shape: gusset(p, g), name: "gusset", color: "#7d848b" },
  ];
};
