// Desk lamp jointed arm, lying in the X-Z plane (Y is the hinge-pin direction).
// Construction A: separate parts. Base bracket is a clevis (two cheeks) holding the lower arm at
// the shoulder; the upper arm lies against the lower arm's +Y face at the elbow and against the
// head mount's +Y face at the head joint. Steel pins with a head on -Y pass through every joint,
// pivot bosses (bearing washers) sit on both faces of each joint, and lobed friction knobs on
// the +Y ends of the shoulder and elbow pins clamp the stack. Each arm has a cable slot.
const { makeBox, makeCylinder, drawRoundedRectangle, drawRectangle, drawCircle } = replicad;

const defaultParams = {
  shoulderX: 40, shoulderZ: 45,   // shoulder pivot centre
  elbowX: 95, elbowZ: 160,        // elbow pivot centre
  headX: 232, headZ: 95,          // lamp head pivot centre
  armT: 10,                       // arm plate thickness (Y)
  cheekT: 8,                      // bracket cheek thickness (Y)
  eyeR: 12,                       // radius of the rounded arm eyes
  barW: 18,                       // width of the arm between the eyes
  pinR: 4,                        // hinge pin radius
  holeClear: 0.05,                // radial running clearance of pin holes
  bossR: 10, bossT: 4,            // pivot boss outer radius and height
  knobR: 12, knobT: 12,           // friction knob body radius and thickness
  slotW: 6, slotMargin: 24,       // cable slot width and distance kept from each eye centre
};

// A planar drawing in X-Z (drawing y = world Z) turned into a slab spanning world y0..y1.
const slabXZ = (drawing, y0, y1) =>
  drawing.sketchOnPlane("XZ").extrude(y1 - y0).translate([0, y1, 0]);

// Cylinder along +Y from y0 to y1 at (x, z).
const yCyl = (x, z, r, y0, y1) => makeCylinder(r, y1 - y0, [x, y0, z], [0, 1, 0]);

// Arm outline: rounded eyes at both ends, a straight bar between, pin holes and a cable slot.
const armOutline = (p, a, b) => {
  const dx = b[0] - a[0], dz = b[1] - a[1];
  const len = Math.hypot(dx, dz), ang = (Math.atan2(dz, dx) * 180) / Math.PI;
  const mid = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  let d = drawRectangle(len, p.barW).rotate(ang).translate(mid[0], mid[1]);
  d = d.fuse(drawCircle(p.eyeR).translate(a[0], a[1])).fuse(drawCircle(p.eyeR).translate(b[0], b[1]));
  d = d.cut(drawCircle(p.pinR + p.holeClear).translate(a[0], a[1])).cut(drawCircle(p.pinR + p.holeClear).translate(b[0], b[1]));
  const slotLen = len - 2 * p.slotMargin;
  const slot = drawRoundedRectangle(slotLen, p.slotW, p.slotW / 2 - 0.01).rotate(ang).translate(mid[0], mid[1]);
  return d.cut(slot);
};

// Annular pivot boss around a pin.
const boss = (p, x, z, y0, y1) => yCyl(x, z, p.bossR, y0, y1).cut(yCyl(x, z, p.pinR + p.holeClear, y0 - 1, y1 + 1));

// Hinge pin: shaft y0..y1 with a head of 3 mm on the -Y end (optional nut cap on +Y).
const pin = (p, x, z, y0, y1, capPlusY) => {
  let s = yCyl(x, z, p.pinR, y0, y1).fuse(yCyl(x, z, p.pinR + 3, y0 - 3, y0));
  if (capPlusY) s = s.fuse(yCyl(x, z, p.pinR + 3, y1, y1 + 3));
  return s;
};

// Lobed friction knob (six finger lobes around a disc) starting at y0 and going +Y.
const knob = (p, x, z, y0) => {
  let d = drawCircle(p.knobR);
  for (let i = 0; i < 6; i++) {
    const a = (i * Math.PI) / 3;
    d = d.fuse(drawCircle(4).translate(p.knobR * Math.cos(a), p.knobR * Math.sin(a)));
  }
  const body = slabXZ(d.translate(x, z), y0, y0 + p.knobT);
  return body.fillet(1.5, (e) => e.inPlane("XZ", -(y0 + p.knobT)));
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const S = [p.shoulderX, p.shoulderZ], E = [p.elbowX, p.elbowZ], H = [p.headX, p.headZ];
  const h = p.armT / 2;

  // --- Base bracket: rounded foot plate with screw holes, plus two cheeks forming a clevis.
  const footT = 8;
  let foot = drawRoundedRectangle(76, 60, 8).translate(S[0] + 3, 0);
  for (const [hx, hy] of [[-26, -20], [-26, 20], [32, -20], [32, 20]])
    foot = foot.cut(drawCircle(3).translate(S[0] + 3 + hx, hy));
  let bracket = foot.sketchOnPlane("XY").extrude(footT);
  const cheekW = 28, cheekR = 14;
  const cheek2D = drawRectangle(cheekW, S[1] - footT)
    .translate(S[0], (S[1] + footT) / 2)
    .fuse(drawCircle(cheekR).translate(S[0], S[1]))
    .cut(drawCircle(p.pinR + p.holeClear).translate(S[0], S[1]));
  bracket = bracket
    .fuse(slabXZ(cheek2D, h, h + p.cheekT))
    .fuse(slabXZ(cheek2D, -h - p.cheekT, -h));

  // --- Arms.
  const lowerArm = slabXZ(armOutline(p, S, E), -h, h);
  const upperArm = slabXZ(armOutline(p, E, H), h, h + p.armT);

  // --- Lamp head mount: a hanger plate pinned at H, ending in a round flange (3 screw holes
  // and a central cable hole) that the lamp shade bolts to.
  const hangLen = 33, flangeR = 16, flangeT = 8;
  const hanger2D = drawRectangle(16, hangLen)
    .translate(H[0], H[1] - hangLen / 2)
    .fuse(drawCircle(p.eyeR).translate(H[0], H[1]))
    .cut(drawCircle(p.pinR + p.holeClear).translate(H[0], H[1]));
  let headMount = slabXZ(hanger2D, -h, h);
  const flangeTop = H[1] - hangLen;
  let flange = makeCylinder(flangeR, flangeT, [H[0], 0, flangeTop - flangeT], [0, 0, 1]);
  for (let i = 0; i < 3; i++) {
    const a = (i * 2 * Math.PI) / 3 + Math.PI / 6;
    flange = flange.cut(makeCylinder(1.8, flangeT + 2, [H[0] + 11 * Math.cos(a), 11 * Math.sin(a), flangeTop - flangeT - 1], [0, 0, 1]));
  }
  flange = flange.cut(makeCylinder(3.5, flangeT + 2, [H[0], 0, flangeTop - flangeT - 1], [0, 0, 1]));
  headMount = headMount.fuse(flange);

  // --- Joint hardware. Y stacks:
  // shoulder: cheek | lower arm | cheek  -> members span -h-cheekT .. h+cheekT
  // elbow:    lower arm | upper arm      -> -h .. h+armT
  // head:     head mount | upper arm     -> -h .. h+armT
  const sLo = -h - p.cheekT, sHi = h + p.cheekT;
  const eLo = -h, eHi = h + p.armT;
  const parts = [
    { shape: bracket, name: "base_bracket", color: "#444444" },
    { shape: lowerArm, name: "lower_arm", color: "#c8c8c8" },
    { shape: upperArm, name: "upper_arm", color: "#b0b0b0" },
    { shape: headMount, name: "lamp_head_mount", color: "#555555" },

    { shape: pin(p, S[0], S[1], sLo - p.bossT, sHi + p.bossT, false), name: "shoulder_pin", color: "#888888" },
    { shape: boss(p, S[0], S[1], sLo - p.bossT, sLo), name: "shoulder_boss_back", color: "#996633" },
    { shape: boss(p, S[0], S[1], sHi, sHi + p.bossT), name: "shoulder_boss_front", color: "#996633" },
    { shape: knob(p, S[0], S[1], sHi + p.bossT), name: "shoulder_friction_knob", color: "#222222" },

    { shape: pin(p, E[0], E[1], eLo - p.bossT, eHi + p.bossT, false), name: "elbow_pin", color: "#888888" },
    { shape: boss(p, E[0], E[1], eLo - p.bossT, eLo), name: "elbow_boss_back", color: "#996633" },
    { shape: boss(p, E[0], E[1], eHi, eHi + p.bossT), name: "elbow_boss_front", color: "#996633" },
    { shape: knob(p, E[0], E[1], eHi + p.bossT), name: "elbow_friction_knob", color: "#222222" },

    { shape: pin(p, H[0], H[1], eLo - p.bossT, eHi + p.bossT, true), name: "head_pin", color: "#888888" },
    { shape: boss(p, H[0], H[1], eLo - p.bossT, eLo), name: "head_boss_back", color: "#996633" },
    { shape: boss(p, H[0], H[1], eHi, eHi + p.bossT), name: "head_boss_front", color: "#996633" },
  ];
  return parts;
};
