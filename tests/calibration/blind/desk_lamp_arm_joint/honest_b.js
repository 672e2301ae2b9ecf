// Desk lamp jointed arm, lying in the X-Z plane (Y is the hinge-pin direction).
// Construction B: symmetric fork-and-tongue joints with integral (cast-on) pivot bosses.
//  - base_bracket: weighted round foot with a centred upright tongue carrying the shoulder eye.
//  - lower_arm: a fork - two side plates tied by spacer bridges - that straddles the bracket
//    tongue at the shoulder and the upper-arm tongue at the elbow; bosses cast on its outer faces.
//  - upper_arm: a single thick tongue from the elbow out and down to the head joint.
//  - lamp_head_mount: a yoke straddling the upper-arm tip, with a bolt-on flange for the shade.
//  - Pins with heads on -Y; knurled friction knobs on +Y at shoulder and elbow.
// Every arm has a through cable slot along its length.
const { makeBox, makeCylinder, drawRoundedRectangle, drawRectangle, drawCircle, draw } = replicad;

const defaultParams = {
  shoulderX: 40, shoulderZ: 45,
  elbowX: 100, elbowZ: 160,
  headX: 232, headZ: 92,
  tongueT: 12,          // thickness (Y) of tongues: bracket upright, upper arm
  forkT: 6,             // thickness (Y) of each fork plate
  eyeR: 13, barW: 20,   // rounded eye radius, arm width between eyes
  pinR: 4, holeClear: 0.05,
  bossR: 10, bossT: 4,  // integral boss radius and height above the fork face
  knobR: 13, knobT: 12,
  slotW: 6, slotMargin: 26,
};

const slabXZ = (drawing, y0, y1) =>
  drawing.sketchOnPlane("XZ").extrude(y1 - y0).translate([0, y1, 0]);
const yCyl = (x, z, r, y0, y1) => makeCylinder(r, y1 - y0, [x, y0, z], [0, 1, 0]);

const geom = (a, b) => {
  const dx = b[0] - a[0], dz = b[1] - a[1];
  return { len: Math.hypot(dx, dz), ang: (Math.atan2(dz, dx) * 180) / Math.PI,
           mid: [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2] };
};

// Eye-to-eye link outline (no holes) and its cable slot, as 2D drawings.
const linkOutline = (p, a, b) => {
  const g = geom(a, b);
  return drawRectangle(g.len, p.barW).rotate(g.ang).translate(g.mid[0], g.mid[1])
    .fuse(drawCircle(p.eyeR).translate(a[0], a[1]))
    .fuse(drawCircle(p.eyeR).translate(b[0], b[1]));
};
const slotSolid = (p, a, b) => {
  const g = geom(a, b);
  const d = drawRoundedRectangle(g.len - 2 * p.slotMargin, p.slotW, p.slotW / 2 - 0.01)
    .rotate(g.ang).translate(g.mid[0], g.mid[1]);
  return slabXZ(d, -40, 40);
};
const pinHoles = (p, pts) => {
  let s = null;
  for (const [x, z] of pts) {
    const c = yCyl(x, z, p.pinR + p.holeClear, -40, 40);
    s = s ? s.fuse(c) : c;
  }
  return s;
};

// Knurled friction knob: short neck then a grip disc with 18 flutes, starting at y0 going +Y.
const knob = (p, x, z, y0) => {
  let grip = drawCircle(p.knobR);
  for (let i = 0; i < 18; i++) {
    const a = (i * 2 * Math.PI) / 18;
    grip = grip.cut(drawCircle(1.6).translate(p.knobR * Math.cos(a), p.knobR * Math.sin(a)));
  }
  const neck = yCyl(x, z, p.pinR + 4, y0, y0 + 3);
  return neck.fuse(slabXZ(grip.translate(x, z), y0 + 3, y0 + p.knobT));
};

const pin = (p, x, z, y0, y1, capPlusY) => {
  let s = yCyl(x, z, p.pinR, y0, y1).fuse(yCyl(x, z, p.pinR + 3, y0 - 3, y0));
  if (capPlusY) s = s.fuse(yCyl(x, z, p.pinR + 3, y1, y1 + 3));
  return s;
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const S = [p.shoulderX, p.shoulderZ], E = [p.elbowX, p.elbowZ], H = [p.headX, p.headZ];
  const t = p.tongueT / 2;            // tongue half thickness
  const fo = t + p.forkT;              // fork outer face |y|
  const bo = fo + p.bossT;             // boss outer face |y|

  // --- Base bracket: round foot (3 screw holes) + tapered upright tongue with shoulder eye.
  const footR = 38, footT = 10, footX = S[0] + 5;
  let foot = makeCylinder(footR, footT, [footX, 0, 0], [0, 0, 1]);
  for (let i = 0; i < 3; i++) {
    const a = (i * 2 * Math.PI) / 3;
    foot = foot.cut(makeCylinder(3, footT + 2, [footX + 28 * Math.cos(a), 28 * Math.sin(a), -1], [0, 0, 1]));
  }
  const upright2D = draw([S[0] - 25, footT]).lineTo([S[0] + 30, footT])
    .lineTo([S[0] + 14, S[1]]).lineTo([S[0] - 14, S[1]]).close()
    .fuse(drawCircle(14).translate(S[0], S[1]));
  const bracket = foot.fuse(slabXZ(upright2D, -t, t)).cut(pinHoles(p, [S]));

  // --- Lower arm: fork of two plates + two spacer bridges + four integral bosses.
  const lowerLink = linkOutline(p, S, E);
  let lowerArm = slabXZ(lowerLink, t, fo).fuse(slabXZ(linkOutline(p, S, E), -fo, -t));
  const gl = geom(S, E);
  for (const f of [0.38, 0.66]) {
    const c = [S[0] + f * (E[0] - S[0]), S[1] + f * (E[1] - S[1])];
    const bridge2D = drawRectangle(10, p.barW).rotate(gl.ang).translate(c[0], c[1]);
    lowerArm = lowerArm.fuse(slabXZ(bridge2D, -t, t));
  }
  for (const [x, z] of [S, E])
    lowerArm = lowerArm.fuse(yCyl(x, z, p.bossR, fo, bo)).fuse(yCyl(x, z, p.bossR, -bo, -fo));
  lowerArm = lowerArm.cut(slotSolid(p, S, E)).cut(pinHoles(p, [S, E]));

  // --- Upper arm: single tongue, eye at each end, cable slot.
  const upperArm = slabXZ(linkOutline(p, E, H), -t, t)
    .cut(slotSolid(p, E, H)).cut(pinHoles(p, [E, H]));

  // --- Lamp head mount: yoke cheeks straddling the upper-arm eye, a bridge below the eye,
  // integral bosses, and a round flange (screw holes + cable hole) for the lamp shade.
  const cheekDrop = 34;
  const cheek2D = drawRectangle(2 * p.eyeR, cheekDrop).translate(H[0], H[1] - cheekDrop / 2)
    .fuse(drawCircle(p.eyeR).translate(H[0], H[1]));
  const yokeBottom = H[1] - cheekDrop;
  let head = slabXZ(cheek2D, t, fo).fuse(slabXZ(cheek2D.clone ? cheek2D.clone() : cheek2D, -fo, -t));
  head = head.fuse(makeBox([H[0] - p.eyeR, -t, yokeBottom], [H[0] + p.eyeR, t, H[1] - p.eyeR - 3]));
  head = head.fuse(yCyl(H[0], H[1], p.bossR, fo, bo)).fuse(yCyl(H[0], H[1], p.bossR, -bo, -fo));
  const flangeR = 16, flangeT = 6;
  let flange = makeCylinder(flangeR, flangeT, [H[0], 0, yokeBottom - flangeT], [0, 0, 1]);
  head = head.fuse(flange);
  for (let i = 0; i < 3; i++) {
    const a = (i * 2 * Math.PI) / 3 + Math.PI / 2;
    head = head.cut(makeCylinder(1.8, 20, [H[0] + 12 * Math.cos(a), 12 * Math.sin(a), yokeBottom - flangeT - 1], [0, 0, 1]));
  }
  head = head.cut(makeCylinder(3.5, 30, [H[0], 0, yokeBottom - flangeT - 1], [0, 0, 1]));
  head = head.cut(pinHoles(p, [H]));

  return [
    { shape: bracket, name: "base_bracket", color: "#3a3a3a" },
    { shape: lowerArm, name: "lower_arm", color: "#d0d0d0" },
    { shape: upperArm, name: "upper_arm", color: "#b8b8b8" },
    { shape: head, name: "lamp_head_mount", color: "#505050" },
    { shape: pin(p, S[0], S[1], -bo, bo, false), name: "shoulder_pin", color: "#8a8a8a" },
    { shape: knob(p, S[0], S[1], bo), name: "shoulder_friction_knob", color: "#aa2222" },
    { shape: pin(p, E[0], E[1], -bo, bo, false), name: "elbow_pin", color: "#8a8a8a" },
    { shape: knob(p, E[0], E[1], bo), name: "elbow_friction_knob", color: "#aa2222" },
    { shape: pin(p, H[0], H[1], -bo, bo, true), name: "head_pin", color: "#8a8a8a" },
  ];
};
