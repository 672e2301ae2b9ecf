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
  const shankStart = g.cx - g.earOuter - 3;
  const head = makeCylinder(p.boltDiameter * 0.85, p.boltDiameter * 0.7, [g.cx + g.earOuter, 0, g.boltZ], [1, 0, 0]);
  return makeCylinder(p.boltDiameter / 2, g.earOuter * 2 + 3, [shankStart, 0, g.boltZ], [1, 0, 0]).fuse(head);
};

// The clamp ring as a solid drum: parts that butt against the ring are trimmed by it so they end on its outer face.
const clampDrum = (p, g) => makeCylinder(g.ro, p.clampWidth, [g.cx, -p.clampWidth / 2, g.cz], [0, 1, 0]);

// The boss as a solid post: the arm's tip is trimmed by it so the arm wraps the boss's side instead of running through it.
const bossPost = (p, g) => makeCylinder(p.bossDiameter / 2, p.armHeight, [g.armEnd - p.bossDiameter / 2, 0, g.armZ], [0, 0, 1]);

const arm = (p, g) =>
  makeBox([g.armStart, -p.armWidth / 2, g.armZ], [g.armEnd, p.armWidth / 2, g.armZ + p.armHeight])
    .cut(clampDrum(p, g))
    .cut(bossPost(p, g));

// The gusset under the arm carries the tip load back into the lower half of the clamp; its top edge lies on
// the arm's underside and its root is trimmed to the ring's outer face.
const gusset = (p, g) => {
  const reach = g.armStart + p.armLength * 0.55;
  return draw([g.cx + g.ri, g.cz - g.ro + 2])
    .lineTo([reach, g.armZ])
    .lineTo([g.cx + g.ri, g.armZ])
    .close()
    .sketchOnPlane("XZ", [0, p.gussetThickness / 2, 0])
    .extrude(p.gussetThickness)
    .cut(clampDrum(p, g));
};

const accessoryBoss = (p, g) => {
  const overhang = p.bossDiameter / 3;
  return drawCircle(p.bossDiameter / 2)
    .cut(drawCircle(p.bossHole / 2))
    .translate(g.armEnd - p.bossDiameter / 2, 0)
    .sketchOnPlane("XY", [0, 0, g.armZ - overhang])
    .extrude(p.armHeight + 2 * overhang);
};

const main = (r, p) => {
  const g = layout(p);
  return [
    { shape: clamp(p, g), name: "clamp", color: "#8e959c" },
    { shape: pinchBolt(p, g), name: "clamp_bolt", color: "#3c4046" },
    { shape: arm(p, g), name: "support_arm", color: "#a3aab1" },
    { shape: gusset(p, g), name: "gusset", color: "#7d848b" },
    { shape: accessoryBoss(p, g), name: "accessory_boss", color: "#8e959c" },
  ];
};
