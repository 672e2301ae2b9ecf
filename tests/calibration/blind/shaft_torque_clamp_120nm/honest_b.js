// Torque reaction clamp fixture, variant B: one machined 6061-T6 body (root + channel arm + boss
// half) with a bolt-on clamp cap, i.e. a two-piece split hub instead of a slit boss.
// Everything on the body is machined from the top in one setup: the arm is a channel (two tall
// tapered rails + thin floor) because the shaft torque loads the arm in in-plane bending about Z,
// so material belongs at the outer rails; the floor carries lightening holes on the neutral axis.
//
// Sizing (T = 120 Nm, target SF > 2, 6061-T6 yield ~ 275 MPa):
//  * Hub: 2 x M10-10.9 cap screws, ~35 kN preload each, mu = 0.15, 1 mm split gap.
//    Friction torque ~ mu * pi * F * D/2 = 0.15 * pi * 70 kN * 15 mm ~ 495 Nm (~400 Nm with a
//    cosine pressure distribution) -> SF > 3.
//  * Arm: rails 7 mm x 16-22 mm at +-16..30 mm: Z(about Z) >= ~6.5e3 mm3 -> sigma < 20 MPa.
//  * Root: 2 x M12-8.8 cap screws 56 mm apart, ~35 kN preload, mu = 0.15:
//    slip torque ~ 2 * 0.15 * 35 kN * 28 mm ~ 294 Nm -> SF ~ 2.4. Hardened washers under heads.
const { draw, drawCircle, drawRoundedRectangle, makeBox, makeCylinder } = replicad;

const defaultParams = {
  rootLength: 44, rootWidth: 88, rootHeight: 26, rootCornerR: 16,
  boltSpacing: 56, boltDia: 12, boltHole: 13, cboreDia: 26, cboreDepth: 10,
  boltHeadDia: 18, boltHeadH: 12, washerDia: 24, washerT: 3,
  lift: 2,                     // arm and boss clear the mounting face; only the root seats
  armRootWidth: 60, armTipWidth: 32, armRootHeight: 22, armTipHeight: 16,
  rail: 7, floor: 6, pocketR: 4,
  bossX: 200, bossRadius: 30, bossHeight: 44, shaftDia: 30, shaftTop: 66,
  splitGap: 1, earHalfWidth: 38, earDepth: 20, capDepth: 30, capCornerR: 8,
  screwY: 25, screwDia: 10, screwHole: 11, screwCbore: 22, screwHeadDia: 16, screwHeadH: 10,
  screwWasherDia: 20, screwWasherT: 2, screwSeat: 14,   // cap thickness left under the screw head
  fitGap: 0.05,
};

// Socket-head screw with its hardened washer, axis +Z, washer underside at z = 0.
const capScrew = (dia, shankLen, washerDia, washerT, headDia, headH) =>
  makeCylinder(dia / 2, shankLen, [0, 0, -shankLen], [0, 0, 1])
    .fuse(makeCylinder(washerDia / 2, washerT, [0, 0, 0], [0, 0, 1]))
    .fuse(makeCylinder(headDia / 2, headH, [0, 0, washerT], [0, 0, 1]));

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const zb = p.lift, zTop = zb + p.bossHeight, cx = p.bossX;
  const x0 = p.rootLength;
  const half = (x, a, b) => (a + (b - a) * (x - x0) / (cx - x0)) / 2;
  const trapezoid = (xa, xb, inset) => draw([xa, -(half(xa, p.armRootWidth, p.armTipWidth) - inset)])
    .lineTo([xb, -(half(xb, p.armRootWidth, p.armTipWidth) - inset)])
    .lineTo([xb, half(xb, p.armRootWidth, p.armTipWidth) - inset])
    .lineTo([xa, half(xa, p.armRootWidth, p.armTipWidth) - inset]).close();

  // ---- Root: rounded pad block carrying both mounting screws side by side.
  const root = drawRoundedRectangle(p.rootLength, p.rootWidth, p.rootCornerR)
    .translate(p.rootLength / 2, 0).sketchOnPlane("XY").extrude(p.rootHeight);

  // ---- Arm: tapered channel, plan trapezoid intersected with a tapered side elevation.
  const armSide = draw([x0 - 1, zb]).lineTo([cx, zb]).lineTo([cx, zb + p.armTipHeight])
    .lineTo([x0 - 1, zb + p.armRootHeight]).close().sketchOnPlane("XZ", -50).extrude(100);
  let arm = trapezoid(x0 - 1, cx, 0).sketchOnPlane("XY", zb).extrude(p.armRootHeight).intersect(armSide);
  // pocket from the top between the rails, rounded corners for a standard end mill
  const pocketStart = x0 + 8, pocketEnd = cx - p.bossRadius - 4;
  const pocket = trapezoid(pocketStart, pocketEnd, p.rail).offset(-p.pocketR).offset(p.pocketR)
    .sketchOnPlane("XY", zb + p.floor).extrude(p.armRootHeight);
  arm = arm.cut(pocket);
  // lightening holes through the floor, on the neutral axis
  for (const [hx, hd] of [[70, 18], [96, 16], [121, 14], [145, 12]])
    arm = arm.cut(makeCylinder(hd / 2, p.floor + 2, [hx, 0, zb - 1], [0, 0, 1]));

  // ---- Boss half + threaded ears (body side of the split, X < cx).
  const splitLo = cx - p.splitGap / 2, splitHi = cx + p.splitGap / 2;
  let bossHalf = makeCylinder(p.bossRadius, p.bossHeight, [cx, 0, zb], [0, 0, 1])
    .fuse(makeBox([cx - p.earDepth, -p.earHalfWidth, zb], [cx, p.earHalfWidth, zTop]))
    .cut(makeBox([splitLo, -50, zb - 1], [cx + 50, 50, zTop + 1]));

  // One fused body: root + arm + boss half, then the bore and tapped screw holes.
  const zs = zb + p.bossHeight / 2;
  let body = root.fuse(arm).fuse(bossHalf)
    .cut(makeBox([splitLo, -50, -1], [cx + 50, 50, zTop + 1]))     // split face
    .cut(makeCylinder(p.shaftDia / 2, p.bossHeight + 2, [cx, 0, zb - 1], [0, 0, 1]));
  const screwYs = [-p.screwY, p.screwY];
  for (const y of screwYs)
    body = body.cut(makeCylinder(p.screwDia / 2 + p.fitGap, p.earDepth, [splitLo, y, zs], [-1, 0, 0]));
  const boltYs = [-p.boltSpacing / 2, p.boltSpacing / 2], bx = p.rootLength / 2;
  for (const y of boltYs) {
    body = body.cut(makeCylinder(p.boltHole / 2, p.rootHeight + 2, [bx, y, -1], [0, 0, 1]));
    body = body.cut(makeCylinder(p.cboreDia / 2, p.cboreDepth + 1, [bx, y, p.rootHeight - p.cboreDepth], [0, 0, 1]));
  }

  // ---- Clamp cap: rounded block with the other half of the bore, counterbored for the screws.
  let cap = drawRoundedRectangle(p.capDepth - p.splitGap / 2, 2 * p.earHalfWidth, p.capCornerR)
    .translate(splitHi + (p.capDepth - p.splitGap / 2) / 2, 0).sketchOnPlane("XY", zb).extrude(p.bossHeight);
  // square the split face again (the rounded rectangle also rounded the split-side corners)
  cap = cap.fuse(makeBox([splitHi, -p.earHalfWidth, zb], [splitHi + p.capCornerR, p.earHalfWidth, zTop]));
  cap = cap.cut(makeCylinder(p.shaftDia / 2, p.bossHeight + 2, [cx, 0, zb - 1], [0, 0, 1]));
  const seatX = splitHi + p.screwSeat;
  for (const y of screwYs) {
    cap = cap.cut(makeCylinder(p.screwHole / 2, p.capDepth + 2, [splitHi - 1, y, zs], [1, 0, 0]));
    cap = cap.cut(makeCylinder(p.screwCbore / 2, p.capDepth, [seatX, y, zs], [1, 0, 0]));
  }

  const parts = [
    { shape: body, name: "fixture_body", color: "#a7b0bc" },
    { shape: cap, name: "clamp_cap", color: "#8893a2" },
  ];

  // ---- Mounting screws: M12 socket heads with washers, seated in the root counterbores.
  const seatZ = p.rootHeight - p.cboreDepth;
  boltYs.forEach((y, i) => parts.push({
    shape: capScrew(p.boltDia, seatZ, p.washerDia, p.washerT, p.boltHeadDia, p.boltHeadH).translate([bx, y, seatZ]),
    name: `mount_bolt_${i + 1}`, color: "#333333",
  }));

  // ---- Cap screws: along -X, washer on the counterbore floor, thread into the body ears.
  const shank = p.screwSeat + p.splitGap + p.earDepth - 3;
  screwYs.forEach((y, i) => parts.push({
    shape: capScrew(p.screwDia, shank, p.screwWasherDia, p.screwWasherT, p.screwHeadDia, p.screwHeadH)
      .rotate(90, [0, 0, 0], [0, 1, 0])     // +Z -> +X
      .translate([seatX, y, zs]),
    name: `cap_screw_${i + 1}`, color: "#555555",
  }));

  // ---- Shaft proxy in the bore (sliding fit).
  parts.push({
    shape: makeCylinder(p.shaftDia / 2 - p.fitGap, p.shaftTop - zb, [cx, 0, zb], [0, 0, 1]),
    name: "shaft", color: "#c9a227",
  });
  return parts;
};
