// Torque reaction clamp fixture, 6061-T6 aluminium, for a Ø30 shaft carrying 120 Nm.
// Layout: bolted root block at low X -> tapered, lightened arm along +X -> split clamp boss
// (shaft axis along Z) with two M10 pinch bolts. Root block, arm and boss are modelled as three
// touching bodies of one machined billet; bolts and the shaft proxy are separate parts.
//
// Sizing (T = 120 Nm, target SF > 2, 6061-T6 yield ~ 275 MPa):
//  * Clamp: 2 x M10-10.9 pinch bolts at ~35 kN preload, mu = 0.15.
//    Friction torque ~ mu * pi * F * D/2 = 0.15 * pi * 70 kN * 15 mm ~ 495 Nm  -> SF ~ 4.
//  * Arm: pure in-plane moment M = T about Z. Lightening holes sit on the neutral axis (y = 0).
//    Worst section (first hole, b ~ 50, d = 20, h ~ 19): Z ~ 7.4e3 mm3 -> sigma ~ 16 MPa (SF > 15;
//    the section is set by stiffness, not strength).
//  * Root joint: 2 x M12-8.8 flange bolts 60 mm apart, ~35 kN preload each.
//    Slip torque ~ 2 * 0.15 * 35 kN * 30 mm ~ 315 Nm -> SF ~ 2.6; bolt shear if slipped 2 kN each.
//    Flange (washer) faces keep bearing pressure on the aluminium near 110 MPa.
const { draw, drawCircle, drawPolysides, makeBox, makeCylinder } = replicad;

const defaultParams = {
  // root block
  rootLength: 50, rootWidth: 84, rootHeight: 26, rootCornerChamfer: 10,
  boltSpacing: 60, boltDia: 12, boltHole: 13, boltFlangeDia: 24, boltFlangeT: 3, boltHeadAF: 18, boltHeadH: 8,
  // arm
  armLift: 3,            // arm and boss stand 3 mm off the mounting face: only the root block seats
  armRootWidth: 54, armTipWidth: 32, armRootHeight: 20, armTipHeight: 14,
  // boss / clamp
  bossX: 200, bossRadius: 30, bossHeight: 44, shaftDia: 30,
  lugHalfWidth: 18, lugEndX: 238, slit: 2,
  pinchOffset: 26, pinchDia: 10, pinchClear: 11, pinchFlangeDia: 20, pinchFlangeT: 3, pinchHeadAF: 16, pinchHeadH: 8,
  shaftTop: 66,
  fitGap: 0.05,          // shaft/bore sliding fit; also a 0.05 mm modelling gap on the curved arm/boss seam
};

// Hex head + flat washer face + plain shank, built along +Z from z = 0 at the washer underside.
const flangeBolt = (shankDia, shankLen, flangeDia, flangeT, headAF, headH) => {
  const shank = makeCylinder(shankDia / 2, shankLen, [0, 0, -shankLen], [0, 0, 1]);
  const flange = makeCylinder(flangeDia / 2, flangeT, [0, 0, 0], [0, 0, 1]);
  const head = drawPolysides(headAF / Math.sqrt(3), 6).sketchOnPlane("XY", flangeT).extrude(headH);
  return shank.fuse(flange).fuse(head);
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const zb = p.armLift;                        // underside of arm and boss
  const zTop = zb + p.bossHeight;

  // ---- Root block: chamfered back corners, two clearance holes side by side (in Y).
  const c = p.rootCornerChamfer, L = p.rootLength, W2 = p.rootWidth / 2;
  let rootPlan = draw([c, -W2]).lineTo([L, -W2]).lineTo([L, W2]).lineTo([c, W2])
    .lineTo([0, W2 - c]).lineTo([0, -W2 + c]).close();
  const boltY = [-p.boltSpacing / 2, p.boltSpacing / 2];
  const boltX = L / 2;
  for (const y of boltY) rootPlan = rootPlan.cut(drawCircle(p.boltHole / 2).translate(boltX, y));
  const root = rootPlan.sketchOnPlane("XY").extrude(p.rootHeight);

  // ---- Arm: tapers in plan (width) and in elevation (height) from the root face to the boss.
  const x0 = L, x1 = p.bossX;
  let armPlan = draw([x0, -p.armRootWidth / 2]).lineTo([x1, -p.armTipWidth / 2])
    .lineTo([x1, p.armTipWidth / 2]).lineTo([x0, p.armRootWidth / 2]).close();
  // Lightening holes on the neutral axis, shrinking with the section; ligaments stay ~14-15 mm.
  const holes = [[75, 20], [103, 18], [130, 15], [155, 12]];
  for (const [hx, hd] of holes) armPlan = armPlan.cut(drawCircle(hd / 2).translate(hx, 0));
  const armPlanSolid = armPlan.sketchOnPlane("XY", zb).extrude(p.armRootHeight);
  const armSide = draw([x0, zb]).lineTo([x1, zb]).lineTo([x1, zb + p.armTipHeight])
    .lineTo([x0, zb + p.armRootHeight]).close().sketchOnPlane("XZ", -60).extrude(120);
  // End of the arm is trimmed to the boss cylinder so the two meet on a shared face.
  const bossCyl = () => makeCylinder(p.bossRadius, p.bossHeight, [p.bossX, 0, zb], [0, 0, 1]);
  const arm = armPlanSolid.intersect(armSide)
    .cut(makeCylinder(p.bossRadius + p.fitGap, p.bossHeight, [p.bossX, 0, zb], [0, 0, 1]));

  // ---- Boss: ring + pinch lugs on the free (+X) side, slit from the bore through the lugs.
  let boss = bossCyl().fuse(makeBox([p.bossX + p.shaftDia / 2, -p.lugHalfWidth, zb], [p.lugEndX, p.lugHalfWidth, zTop]));
  boss = boss.cut(makeCylinder(p.shaftDia / 2, p.bossHeight + 2, [p.bossX, 0, zb - 1], [0, 0, 1]));
  boss = boss.cut(makeBox([p.bossX, -p.slit / 2, zb - 1], [p.lugEndX + 1, p.slit / 2, zTop + 1]));
  const pinchX = p.bossX + p.pinchOffset;
  const pinchZ = [zb + p.bossHeight / 4, zb + 3 * p.bossHeight / 4];
  for (const z of pinchZ) {
    // clearance in the +Y lug, thread (modelled at nominal diameter) in the -Y lug
    boss = boss.cut(makeCylinder(p.pinchClear / 2, p.lugHalfWidth + 1, [pinchX, 0, z], [0, 1, 0]));
    boss = boss.cut(makeCylinder(p.pinchDia / 2 + p.fitGap, p.lugHalfWidth + 1, [pinchX, 1, z], [0, -1, 0]));
    // spot face: the ring bulges past the lug face near the boss, so the washer seat is faced flat
    boss = boss.cut(makeCylinder(p.pinchFlangeDia / 2 + 1, p.bossRadius, [pinchX, p.lugHalfWidth, z], [0, 1, 0]));
  }

  const parts = [
    { shape: root, name: "root_block", color: "#9aa4b1" },
    { shape: arm, name: "tapered_arm", color: "#b7c0cc" },
    { shape: boss, name: "clamp_boss", color: "#8d97a5" },
  ];

  // ---- Mounting bolts: M12 flange bolts, washer face seated on the root block top.
  boltY.forEach((y, i) => {
    const b = flangeBolt(p.boltDia, p.rootHeight, p.boltFlangeDia, p.boltFlangeT, p.boltHeadAF, p.boltHeadH)
      .translate([boltX, y, p.rootHeight]);
    parts.push({ shape: b, name: `mount_bolt_${i + 1}`, color: "#3b3b3b" });
  });

  // ---- Pinch bolts: along -Y, washer face on the +Y lug face, shank through both lugs.
  pinchZ.forEach((z, i) => {
    const b = flangeBolt(p.pinchDia, 2 * p.lugHalfWidth, p.pinchFlangeDia, p.pinchFlangeT, p.pinchHeadAF, p.pinchHeadH)
      .rotate(-90, [0, 0, 0], [1, 0, 0])       // +Z -> +Y
      .translate([pinchX, p.lugHalfWidth, z]);
    parts.push({ shape: b, name: `pinch_bolt_${i + 1}`, color: "#555555" });
  });

  // ---- Shaft proxy: Ø30, seated in the bore, standing above the boss.
  const shaft = makeCylinder(p.shaftDia / 2 - p.fitGap, p.shaftTop - zb, [p.bossX, 0, zb], [0, 0, 1]);
  parts.push({ shape: shaft, name: "shaft", color: "#c9a227" });
  return parts;
};
