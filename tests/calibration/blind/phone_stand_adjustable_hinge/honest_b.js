// Adjustable phone stand, two-body version (printed base + printed support + hardware).
// The base is one solid: rounded plate, two upright hinge cheeks and four screw bosses.
// The support is one solid: a full-width hinge barrel that sits between the cheeks, the leaning
// back plate (with a weight-saving window), a lip with a round-nosed rim, a cable slot, and an
// end stop at each end of the lip. A through bolt and a lock knob pinch the cheeks on the barrel,
// so the support holds whatever lean angle it is set to.
// Axes: X across, Y front(-) to back(+), Z up. Hinge axis along X.
const { makeBox, makeCylinder, drawRoundedRectangle } = replicad;

const defaultParams = {
  baseX: 116, baseY: 116, baseT: 5, baseCorner: 12,
  hingeY: -18, hingeZ: 16,      // hinge axis position
  barrelR: 9,                   // barrel and cheek-top radius
  boltR: 3,                     // hinge bolt; cheek bores equal it, barrel bore has clearance
  barrelClearance: 0.1,
  cheekInnerX: 49, cheekOuterX: 56,
  leanDeg: 22,                  // support lean back from vertical, usable 0..30
  supportW: 98, supportT: 5, supportL: 130,
  windowW: 50, windowH: 45, windowZ: 85,  // window centre, along the support from the axis
  ledgeZ: 9, ledgeT: 4, ledgeDepth: 13,   // ledge just above the barrel, depth for phone+case
  rimR: 3,                      // round-nosed rim along the front of the ledge
  stopW: 5, stopH: 16,
  cableSlotW: 14,
  bossR: 6.5, bossH: 5, screwR: 2.2, headR: 4.2, headDepth: 2.5,
  bossX: 46, bossFrontY: -46, bossBackY: 46,
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const top = p.baseT;
  const lean = Math.min(Math.max(p.leanDeg, 0), 30);
  // Build the support standing up with the hinge axis on the origin (phone side -Y), then tilt.
  const place = (s) => s.rotate(-lean, [0, 0, 0], [1, 0, 0]).translate([0, p.hingeY, p.hingeZ]);
  const box = (x0, x1, y0, y1, z0, z1) => makeBox([x0, y0, z0], [x1, y1, z1]);
  const xCyl = (rad, x0, x1, y, z) => makeCylinder(rad, x1 - x0, [x0, y, z], [1, 0, 0]);

  // ================= base: plate + hinge cheeks + screw bosses, one solid =================
  let base = drawRoundedRectangle(p.baseX, p.baseY, p.baseCorner).sketchOnPlane("XY").extrude(top);
  for (const s of [-1, 1]) {
    const x0 = s > 0 ? p.cheekInnerX : -p.cheekOuterX;
    const x1 = s > 0 ? p.cheekOuterX : -p.cheekInnerX;
    const cheek = box(x0, x1, p.hingeY - p.barrelR, p.hingeY + p.barrelR, top, p.hingeZ)
      .fuse(xCyl(p.barrelR, x0, x1, p.hingeY, p.hingeZ));
    base = base.fuse(cheek);
  }
  const bossXY = [];
  for (const x of [-p.bossX, p.bossX]) for (const y of [p.bossFrontY, p.bossBackY]) bossXY.push([x, y]);
  for (const [x, y] of bossXY) base = base.fuse(makeCylinder(p.bossR, p.bossH, [x, y, top], [0, 0, 1]));
  // screw clearance holes through boss and plate, counterbored so the heads sit below the boss top
  for (const [x, y] of bossXY) {
    base = base.cut(makeCylinder(p.screwR, top + p.bossH + 2, [x, y, -1], [0, 0, 1]));
    base = base.cut(makeCylinder(p.headR, p.headDepth + 1, [x, y, top + p.bossH - p.headDepth], [0, 0, 1]));
  }
  // bolt bore through both cheeks
  base = base.cut(xCyl(p.boltR, -p.cheekOuterX - 1, p.cheekOuterX + 1, p.hingeY, p.hingeZ));

  // ================= support: barrel + back plate + lip + stops, one solid =================
  const hw = p.supportW / 2;
  const front = -p.supportT / 2;
  let sup = xCyl(p.barrelR, -p.cheekInnerX, p.cheekInnerX, 0, 0);
  // back plate with rounded top corners and a window (saves material, shows the phone's back)
  let plate = box(-hw, hw, front, p.supportT / 2, 0, p.supportL);
  plate = plate.fillet(10, (e) => e.inDirection("Y").inPlane("XY", p.supportL));
  const win = drawRoundedRectangle(p.windowW, p.windowH, 8).sketchOnPlane("XZ", -2 * p.supportT)
    .extrude(4 * p.supportT).translate([0, 0, p.windowZ]);
  plate = plate.cut(win);
  sup = sup.fuse(plate);
  // ledge, rim and end stops in front of the plate, just above the barrel
  const ledgeZ1 = p.ledgeZ + p.ledgeT;
  const lipFront = front - p.ledgeDepth;
  sup = sup.fuse(box(-hw, hw, lipFront, front, p.ledgeZ, ledgeZ1));
  sup = sup.fuse(xCyl(p.rimR, -hw, hw, lipFront + p.rimR, ledgeZ1));
  for (const [x0, x1] of [[-hw, -hw + p.stopW], [hw - p.stopW, hw]])
    sup = sup.fuse(box(x0, x1, lipFront, front, p.ledgeZ, ledgeZ1 + p.stopH));
  // cable slot through the middle of the ledge and rim for a charging lead
  sup = sup.cut(box(-p.cableSlotW / 2, p.cableSlotW / 2, lipFront - p.rimR - 1, front - 1.5, p.ledgeZ - 0.5, ledgeZ1 + p.rimR + 1));
  // running bore for the bolt
  sup = sup.cut(xCyl(p.boltR + p.barrelClearance, -p.cheekInnerX - 1, p.cheekInnerX + 1, 0, 0));
  const support = place(sup);

  // ================= hardware: hinge bolt and lock knob =================
  const headT = 60 - p.cheekOuterX;
  const bolt = xCyl(p.boltR, -p.cheekOuterX, p.cheekOuterX, p.hingeY, p.hingeZ)
    .fuse(xCyl(5, -p.cheekOuterX - headT, -p.cheekOuterX, p.hingeY, p.hingeZ));
  let knob = xCyl(8, p.cheekOuterX, p.cheekOuterX + headT, p.hingeY, p.hingeZ);
  for (let i = 0; i < 6; i++) {
    const a = (i * Math.PI) / 3;
    knob = knob.cut(xCyl(1.5, p.cheekOuterX - 1, 61, p.hingeY + 8.3 * Math.cos(a), p.hingeZ + 8.3 * Math.sin(a)));
  }

  return [
    { shape: base, name: "base", color: "#2c3e50" },
    { shape: support, name: "back_support", color: "#c0392b" },
    { shape: bolt, name: "hinge_bolt", color: "#bdc3c7" },
    { shape: knob, name: "lock_knob", color: "#f39c12" },
  ];
};
