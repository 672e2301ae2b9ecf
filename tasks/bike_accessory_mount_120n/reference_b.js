// Handlebar accessory mount (6061-T6), second construction: the ring clamp is split at the
// bottom with its ears hanging under the bar, so the pinch bolt sits out of the way below; a
// flat mounting pad on the clamp's front carries a tapered arm (deep at the root where the
// moment peaks) with a web gusset under it, and the arm's end is cut to seat round the boss.
// Check: 120 N x ~125 mm = 15 N·m; root section 20 x 20 mm gives Z = 1333 mm³ -> 11 MPa,
// far under 6061-T6's 275 MPa yield / 2.
const { draw, drawCircle, drawRectangle, makeCylinder } = replicad;

const defaultParams = {
  barDiameter: 31.8,
  clampWall: 6,
  clampWidth: 36,
  slotGap: 3,
  earThickness: 7,
  earDrop: 14,
  boltDiameter: 5.5,
  padStandoff: 3,
  armWidth: 20,
  rootDepth: 20,
  tipDepth: 12,
  gussetDepth: 16,
  gussetLength: 70,
  gussetThickness: 5,
  overallLength: 180,
  bossDiameter: 22,
  bossHole: 6.5,
  bossProud: 4,
};

const layout = (p) => {
  const ri = p.barDiameter / 2;
  const ro = ri + p.clampWall;
  const cx = ro;
  const cz = ro + p.earDrop;
  const padFace = cx + ro + p.padStandoff;
  const armTop = cz + p.rootDepth / 2;
  const bossX = p.overallLength - p.bossDiameter / 2;
  return { ri, ro, cx, cz, padFace, armTop, bossX, earHalf: p.slotGap / 2 + p.earThickness, boltZ: p.earDrop / 2 };
};

// Underside of the tapered arm at a given X (it rises from root depth to tip depth).
const armBottomAt = (p, g, x) => g.armTop - p.rootDepth + ((x - g.padFace) / (g.bossX - g.padFace)) * (p.rootDepth - p.tipDepth);

// The clamp's X-Z outline: ring, ears below it, and the front pad the arm and gusset sit on,
// with the slot cut up through the ears into the bore. Extruded along Y, then bored for the bolt.
const clamp = (p, g) => {
  const padBottom = armBottomAt(p, g, g.padFace) - p.gussetDepth;
  const padTop = g.armTop;
  const earTop = g.cz - g.ri;
  const outline = drawCircle(g.ro)
    .translate(g.cx, g.cz)
    .fuse(drawRectangle(2 * g.earHalf, earTop).translate(g.cx, earTop / 2))
    .fuse(drawRectangle(g.padFace - g.cx - 4, padTop - padBottom).translate((g.padFace + g.cx + 4) / 2, (padTop + padBottom) / 2))
    .cut(drawCircle(g.ri).translate(g.cx, g.cz))
    .cut(drawRectangle(p.slotGap, earTop + 2).translate(g.cx, earTop / 2));
  return outline
    .sketchOnPlane("XZ", [0, p.clampWidth / 2, 0])
    .extrude(p.clampWidth)
    .cut(makeCylinder(p.boltDiameter / 2, 2 * g.earHalf + 2, [g.cx - g.earHalf - 1, 0, g.boltZ], [1, 0, 0]));
};

// Pinch bolt: head against the rear ear, shank (the hole's size) across both ears and threaded
// into the front ear, so nothing sticks out under the gusset.
const pinchBolt = (p, g) => {
  const head = p.boltDiameter * 0.8;
  const x0 = g.cx - g.earHalf;
  return makeCylinder(p.boltDiameter / 2, 2 * g.earHalf, [x0, 0, g.boltZ], [1, 0, 0]).fuse(
    makeCylinder(head, 4, [x0 - 4, 0, g.boltZ], [1, 0, 0]),
  );
};

// Tapered arm: level top, underside rising toward the tip; its end is cut by the boss cylinder
// so it seats on the boss face to face.
const arm = (p, g) =>
  draw([g.padFace, g.armTop])
    .lineTo([g.bossX, g.armTop])
    .lineTo([g.bossX, g.armTop - p.tipDepth])
    .lineTo([g.padFace, g.armTop - p.rootDepth])
    .close()
    .sketchOnPlane("XZ", [0, p.armWidth / 2, 0])
    .extrude(p.armWidth)
    .cut(makeCylinder(p.bossDiameter / 2, 200, [g.bossX, 0, -50]));

// Web gusset under the arm: its top edge follows the arm's sloping underside.
const gusset = (p, g) => {
  const x1 = g.padFace + p.gussetLength;
  const z0 = armBottomAt(p, g, g.padFace);
  return draw([g.padFace, z0])
    .lineTo([x1, armBottomAt(p, g, x1)])
    .lineTo([g.padFace, z0 - p.gussetDepth])
    .close()
    .sketchOnPlane("XZ", [0, p.gussetThickness / 2, 0])
    .extrude(p.gussetThickness);
};

const accessoryBoss = (p, g) => {
  const z0 = g.armTop - p.tipDepth - p.bossProud;
  return drawCircle(p.bossDiameter / 2)
    .cut(drawCircle(p.bossHole / 2))
    .translate(g.bossX, 0)
    .sketchOnPlane("XY", z0)
    .extrude(p.tipDepth + 2 * p.bossProud);
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const g = layout(p);
  return [
    { shape: clamp(p, g), name: "clamp", color: "#8d949b" },
    { shape: pinchBolt(p, g), name: "pinch bolt", color: "#3b3f45" },
    { shape: arm(p, g), name: "support arm", color: "#a5acb3" },
    { shape: gusset(p, g), name: "gusset", color: "#7b828a" },
    { shape: accessoryBoss(p, g), name: "accessory boss", color: "#8d949b" },
  ];
};
