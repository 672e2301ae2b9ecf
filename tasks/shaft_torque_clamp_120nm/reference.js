const { makeCylinder, drawRoundedRectangle, drawCircle, draw } = replicad;

const defaultParams = {
  rootLength: 44,
  rootWidth: 84,
  rootHeight: 34,
  boltDiameter: 10,
  boltSpacing: 48,
  armHeight: 22,
  armRootWidth: 60,
  armTipWidth: 40,
  bossCentre: 195,
  bossDiameter: 80,
  shaftDiameter: 36,
  bossHeight: 50,
  shaftLength: 66,
  lighteningHoles: 2,
};

const bolt = (x, y, z, d, length) =>
  makeCylinder(d / 2, length, [x, y, z - length + 2], [0, 0, 1]).fuse(makeCylinder(d * 0.8, d * 0.6, [x, y, z], [0, 0, 1]));

// Tapered web from the root to the boss, lightened with round holes along its neutral line.
const taperedArm = (p, armStart, armEnd) => {
  let outline = draw([armStart, -p.armRootWidth / 2])
    .lineTo([armEnd, -p.armTipWidth / 2])
    .lineTo([armEnd, p.armTipWidth / 2])
    .lineTo([armStart, p.armRootWidth / 2])
    .close();
  const pitch = (armEnd - armStart) / (p.lighteningHoles + 1);
  for (let i = 1; i <= p.lighteningHoles; i++) {
    const x = armStart + i * pitch;
    const localWidth = p.armRootWidth + ((p.armTipWidth - p.armRootWidth) * (x - armStart)) / (armEnd - armStart);
    outline = outline.cut(drawCircle(localWidth * 0.28).translate(x, 0));
  }
  return outline.sketchOnPlane("XY").extrude(p.armHeight);
};

const main = (r, p) => {
  const boltX = p.rootLength / 2;
  const boltYs = [-p.boltSpacing / 2, p.boltSpacing / 2];

  let rootOutline = drawRoundedRectangle(p.rootLength, p.rootWidth, 6).translate(p.rootLength / 2, 0);
  for (const y of boltYs) rootOutline = rootOutline.cut(drawCircle(p.boltDiameter / 2).translate(boltX, y));
  const root = rootOutline.sketchOnPlane("XY").extrude(p.rootHeight);

  const rb = p.bossDiameter / 2;
  // The arm starts on the root's end face and reaches into the boss, where it is trimmed by the boss's full
  // round so its tip is a concave face on the boss's side.
  const bossRound = makeCylinder(rb, p.bossHeight, [p.bossCentre, 0, 0], [0, 0, 1]);
  const arm = taperedArm(p, p.rootLength, p.bossCentre - rb + 6).cut(bossRound);

  const boss = drawCircle(rb)
    .cut(drawCircle(p.shaftDiameter / 2))
    .translate(p.bossCentre, 0)
    .sketchOnPlane("XY")
    .extrude(p.bossHeight);
  const shaft = makeCylinder(p.shaftDiameter / 2, p.shaftLength, [p.bossCentre, 0, 0], [0, 0, 1]);

  const parts = [
    { shape: root, name: "fixed_root", color: "#8d949b" },
    { shape: arm, name: "clamp_arm", color: "#a2a9b0" },
    { shape: boss, name: "shaft_boss", color: "#8d949b" },
    { shape: shaft, name: "shaft_proxy", color: "#d0a040" },
  ];
  for (const y of boltYs) {
    parts.push({ shape: bolt(boltX, y, p.rootHeight, p.boltDiameter, p.rootHeight), name: "root_bolt", color: "#33373c" });
  }
  return parts;
};
