// Adjustable phone stand, assembly version.
// Base plate (with two fixed hinge knuckles and four counterbored screw bosses), a back support
// carried on a centre hinge barrel, a friction-hinge pin clamped by a thumb knob so the lean
// angle can be set and held, and a lip with end stops at the foot of the support.
// Axes: X across the stand, Y front(-) to back(+), Z up. The hinge axis runs along X.
const { makeBox, makeCylinder } = replicad;

const defaultParams = {
  baseX: 120,          // base plate width (across)
  baseY: 110,          // base plate depth (front to back)
  baseT: 6,            // base plate thickness
  hingeY: -20,         // hinge axis position, front of centre so the support can lean back
  hingeAxisZ: 16,      // hinge axis height above the desk
  barrelR: 8,          // hinge barrel / knuckle outer radius
  pinR: 3,             // hinge pin radius; base knuckle bores equal it (pin held in the base)
  barrelClearance: 0.1, // running clearance of the moving barrel on the pin
  knuckleInnerX: 40,   // support barrel spans |x| < 40, base knuckles 40..55
  knuckleOuterX: 55,
  leanDeg: 20,         // support lean back from vertical (20 deg = 70 deg from the desk); 0..30 keeps it in the envelope
  supportW: 100,       // support width
  supportT: 6,         // support thickness
  supportL: 135,       // support length measured from the hinge axis
  supportStartZ: 10,   // plate starts this far out from the axis, clear of the base knuckles
  lipDepth: 14,        // ledge depth in front of the support face (phone + case thickness)
  lipT: 4,             // ledge thickness
  rimH: 6,             // raised front rim on the ledge
  rimT: 3,
  stopW: 6,            // end stops, width along X
  stopH: 18,           // end stop height above the ledge
  bossR: 7,            // screw boss radius
  bossH: 6,            // boss height above the plate
  screwHoleR: 2.2,     // clearance for a 4 mm wood screw
  cboreR: 4.2,         // counterbore for the screw head
  cboreDepth: 3,
  bossInsetX: 48,
  bossInsetY: 44,
};

// A box given as ranges in the support's local frame (axis along X at origin, support up +Z,
// phone side toward -Y). It is later tilted and moved onto the hinge axis.
const box = (x0, x1, y0, y1, z0, z1) => makeBox([x0, y0, z0], [x1, y1, z1]);

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const top = p.baseT;
  const ax = [0, p.hingeY, p.hingeAxisZ];

  // Place a shape built in the support frame onto the hinge, leaning back by leanDeg.
  const lean = Math.min(Math.max(p.leanDeg, 0), 30);
  const placeSupport = (s) => s.rotate(-lean, [0, 0, 0], [1, 0, 0]).translate(ax);

  // ---- base plate: the flat foot that sits on the desk, with the screw holes through it
  let basePlate = makeBox([-p.baseX / 2, -p.baseY / 2, 0], [p.baseX / 2, p.baseY / 2, top]);
  basePlate = basePlate.fillet(6, (e) => e.inDirection("Z"));
  const bossXY = [];
  for (const sx of [-1, 1]) for (const sy of [-1, 1]) bossXY.push([sx * p.bossInsetX, sy * p.bossInsetY]);
  for (const [x, y] of bossXY)
    basePlate = basePlate.cut(makeCylinder(p.screwHoleR, top + 2, [x, y, -1], [0, 0, 1]));

  // ---- screw bosses: raised collars on the plate, through hole plus a counterbore for the head
  const bosses = bossXY.map(([x, y], i) => {
    let b = makeCylinder(p.bossR, p.bossH, [x, y, top], [0, 0, 1]);
    b = b.cut(makeCylinder(p.screwHoleR, p.bossH + 2, [x, y, top - 1], [0, 0, 1]));
    b = b.cut(makeCylinder(p.cboreR, p.cboreDepth + 1, [x, y, top + p.bossH - p.cboreDepth], [0, 0, 1]));
    return { shape: b, name: `screw_boss_${i + 1}`, color: "#7f8c8d" };
  });

  // ---- fixed hinge knuckles on the base: an upright block with a rounded top, bored for the pin
  const knuckle = (x0, x1) => {
    const blk = makeBox([x0, p.hingeY - p.barrelR, top], [x1, p.hingeY + p.barrelR, p.hingeAxisZ]);
    const round = makeCylinder(p.barrelR, x1 - x0, [x0, p.hingeY, p.hingeAxisZ], [1, 0, 0]);
    const bore = makeCylinder(p.pinR, x1 - x0 + 2, [x0 - 1, p.hingeY, p.hingeAxisZ], [1, 0, 0]);
    return blk.fuse(round).cut(bore);
  };

  // ---- hinge barrel: the moving knuckle of the support, between the two base knuckles
  const barrelLocal = makeCylinder(p.barrelR, 2 * p.knuckleInnerX, [-p.knuckleInnerX, 0, 0], [1, 0, 0])
    .fuse(box(-p.knuckleInnerX, p.knuckleInnerX, -p.supportT / 2, p.supportT / 2, 0, p.supportStartZ))
    .cut(makeCylinder(p.pinR + p.barrelClearance, 2 * p.knuckleInnerX + 2, [-p.knuckleInnerX - 1, 0, 0], [1, 0, 0]));
  const hingeBarrel = placeSupport(barrelLocal);

  // ---- back support: the leaning plate the phone rests against
  const hw = p.supportW / 2;
  const front = -p.supportT / 2;
  let supportLocal = box(-hw, hw, front, p.supportT / 2, p.supportStartZ, p.supportL);
  // round the top corners so the plate is pleasant to handle
  supportLocal = supportLocal.fillet(8, (e) => e.inDirection("Y").inPlane("XY", p.supportL));
  const backSupport = placeSupport(supportLocal);

  // ---- lip: ledge in front of the support's foot with a small raised rim to hold the phone edge
  const ledgeZ0 = p.supportStartZ;
  const ledgeZ1 = ledgeZ0 + p.lipT;
  const lipFront = front - p.lipDepth;
  const lipLocal = box(-hw + p.stopW, hw - p.stopW, lipFront, front, ledgeZ0, ledgeZ1)
    .fuse(box(-hw + p.stopW, hw - p.stopW, lipFront, lipFront + p.rimT, ledgeZ1, ledgeZ1 + p.rimH));
  const lip = placeSupport(lipLocal);

  // ---- end stops: a block at each end of the lip so the phone cannot slide sideways
  const stop = (x0, x1) => box(x0, x1, lipFront, front, ledgeZ0, ledgeZ1 + p.stopH);

  // ---- hinge pin: a shouldered bolt through all knuckles; the thumb knob on its end clamps the
  // knuckles together so the support holds whatever angle it is set to (friction hinge)
  const pinLen = 2 * p.knuckleOuterX;
  const pin = makeCylinder(p.pinR, pinLen, [-p.knuckleOuterX, p.hingeY, p.hingeAxisZ], [1, 0, 0])
    .fuse(makeCylinder(5, 4, [-p.knuckleOuterX - 4, p.hingeY, p.hingeAxisZ], [1, 0, 0]));
  let knob = makeCylinder(7.5, 5, [p.knuckleOuterX, p.hingeY, p.hingeAxisZ], [1, 0, 0]);
  // knurl the knob with shallow flutes for grip
  for (let i = 0; i < 8; i++) {
    const a = (i * Math.PI) / 4;
    const c = [p.knuckleOuterX - 1, p.hingeY + 7.8 * Math.cos(a), p.hingeAxisZ + 7.8 * Math.sin(a)];
    knob = knob.cut(makeCylinder(1.2, 7, c, [1, 0, 0]));
  }

  return [
    { shape: basePlate, name: "base_plate", color: "#34495e" },
    ...bosses,
    { shape: knuckle(-p.knuckleOuterX, -p.knuckleInnerX), name: "hinge_knuckle_left", color: "#5d6d7e" },
    { shape: knuckle(p.knuckleInnerX, p.knuckleOuterX), name: "hinge_knuckle_right", color: "#5d6d7e" },
    { shape: hingeBarrel, name: "hinge_barrel", color: "#2e86c1" },
    { shape: backSupport, name: "back_support", color: "#3498db" },
    { shape: lip, name: "lip", color: "#1abc9c" },
    { shape: placeSupport(stop(-hw, -hw + p.stopW)), name: "lip_stop_left", color: "#16a085" },
    { shape: placeSupport(stop(hw - p.stopW, hw)), name: "lip_stop_right", color: "#16a085" },
    { shape: pin, name: "hinge_pin", color: "#bdc3c7" },
    { shape: knob, name: "clamp_knob", color: "#e67e22" },
  ];
};
