// SLOPPY VARIANT of the shaft torque clamp fixture. The object is there (root block, tapered
// lightened arm, bored boss, two bolts, shaft proxy) but it is badly put together:
//  - the arm stops 10 mm short of the boss, so the boss and shaft float free of the rest;
//  - the bolts are placed with their heads sunk into the root block (bolt and block overlap);
//  - the shaft proxy is Ø36 in a Ø30 bore (runs through the boss wall) and is too long, so the
//    model pokes out of the 70 mm height envelope.
const { draw, drawCircle, makeBox, makeCylinder } = replicad;

const defaultParams = {
  rootLength: 50, rootWidth: 84, rootHeight: 26,
  boltSpacing: 60, boltHole: 13,
  armRootWidth: 54, armTipWidth: 32, armHeight: 20,
  bossX: 200, bossRadius: 30, bossHeight: 44, bore: 30, shaftDia: 36, shaftLength: 85,
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  let rootPlan = draw([0, -p.rootWidth / 2]).hLine(p.rootLength).vLine(p.rootWidth).hLine(-p.rootLength).close();
  for (const y of [-p.boltSpacing / 2, p.boltSpacing / 2]) rootPlan = rootPlan.cut(drawCircle(p.boltHole / 2).translate(25, y));
  const root = rootPlan.sketchOnPlane("XY").extrude(p.rootHeight);

  // arm ends at x = 160, the boss starts at x = 170: nothing connects them
  let armPlan = draw([50, -p.armRootWidth / 2]).lineTo([160, -p.armTipWidth / 2])
    .lineTo([160, p.armTipWidth / 2]).lineTo([50, p.armRootWidth / 2]).close();
  for (const [hx, hd] of [[75, 20], [105, 16], [135, 12]]) armPlan = armPlan.cut(drawCircle(hd / 2).translate(hx, 0));
  const arm = armPlan.sketchOnPlane("XY", 3).extrude(p.armHeight);

  const boss = makeCylinder(p.bossRadius, p.bossHeight, [p.bossX, 0, 3], [0, 0, 1])
    .cut(makeCylinder(p.bore / 2, p.bossHeight + 2, [p.bossX, 0, 2], [0, 0, 1]));

  // bolts dropped in at the wrong height: heads buried 6 mm into the block
  const bolt = (y) => makeCylinder(6, 26, [25, y, -6], [0, 0, 1])
    .fuse(makeCylinder(10, 8, [25, y, p.rootHeight - 6], [0, 0, 1]));

  const shaft = makeCylinder(p.shaftDia / 2, p.shaftLength, [p.bossX, 0, 0], [0, 0, 1]);
  return [
    { shape: root, name: "root_block", color: "#9aa4b1" },
    { shape: arm, name: "tapered_arm", color: "#b7c0cc" },
    { shape: boss, name: "boss", color: "#8d97a5" },
    { shape: bolt(-p.boltSpacing / 2), name: "bolt_1", color: "#333333" },
    { shape: bolt(p.boltSpacing / 2), name: "bolt_2", color: "#333333" },
    { shape: shaft, name: "shaft", color: "#c9a227" },
  ];
};
