const { makeCylinder, drawRoundedRectangle, drawCircle, draw } = replicad;

const defaultParams = {
  plateSize: 56,
  plateThickness: 3,
  stackSpacing: 20,
  stackHole: 3,
  motorRadius: 62,
  armWidth: 12,
  armHeight: 5,
  channelWidth: 4,
  channelDepth: 2,
  bossDiameter: 20,
  bossHeight: 8,
  shaftHole: 5,
  motorScrewCircle: 12,
  motorScrew: 2,
  guardRadius: 40,
  guardWall: 2.5,
  guardHeight: 12,
};

const ARMS = 4;

// Arm cross-section: a bar with an open wire channel along its top, extruded outward along X.
const armSection = (p) => {
  const w = p.armWidth / 2;
  const c = p.channelWidth / 2;
  const h = p.armHeight;
  return draw([-w, 0])
    .lineTo([w, 0])
    .lineTo([w, h])
    .lineTo([c, h])
    .lineTo([c, h - p.channelDepth])
    .lineTo([-c, h - p.channelDepth])
    .lineTo([-c, h])
    .lineTo([-w, h])
    .close();
};

// Motor boss: the shaft hole in the middle and four screw holes turned to line up with the arm.
const motorBoss = (p, x, y, rad) => {
  let outline = drawCircle(p.bossDiameter / 2).cut(drawCircle(p.shaftHole / 2));
  for (let k = 0; k < 4; k++) {
    const a = (k * Math.PI) / 2 + rad;
    outline = outline.cut(drawCircle(p.motorScrew / 2).translate((p.motorScrewCircle / 2) * Math.cos(a), (p.motorScrewCircle / 2) * Math.sin(a)));
  }
  return outline.translate(x, y).sketchOnPlane("XY").extrude(p.bossHeight);
};

const main = (r, p) => {
  const plateOutline = drawRoundedRectangle(p.plateSize, p.plateSize, 8);
  // The plate without its stack holes: arms and guards that cross it are trimmed by this, so they rest on
  // and against the plate instead of running through it.
  const plateBlank = plateOutline.sketchOnPlane("XY").extrude(p.plateThickness);
  let holedOutline = plateOutline;
  for (const sx of [-1, 1]) {
    for (const sy of [-1, 1]) holedOutline = holedOutline.cut(drawCircle(p.stackHole / 2).translate((sx * p.stackSpacing) / 2, (sy * p.stackSpacing) / 2));
  }
  const parts = [{ shape: holedOutline.sketchOnPlane("XY").extrude(p.plateThickness), name: "central_plate", color: "#2b2b2b" }];

  const armLength = p.motorRadius + p.guardRadius + p.guardWall / 2;
  for (let i = 0; i < ARMS; i++) {
    const angle = 45 + (360 / ARMS) * i;
    const rad = (angle * Math.PI) / 180;
    const mx = p.motorRadius * Math.cos(rad);
    const my = p.motorRadius * Math.sin(rad);

    // The arm laps onto the plate and passes into the motor boss from both sides: it is trimmed by the plate
    // and by the boss's full round, so it ends on the boss's side (a spoke carries on beyond it to the guard).
    const bossRound = makeCylinder(p.bossDiameter / 2, p.bossHeight, [mx, my, 0]);
    const arm = armSection(p)
      .sketchOnPlane("YZ", [p.plateSize / 4, 0, 0])
      .extrude(armLength - p.plateSize / 4)
      .rotate(angle, [0, 0, 0], [0, 0, 1])
      .cut(plateBlank.clone())
      .cut(bossRound);
    parts.push({ shape: arm, name: "arm", color: "#3a3a3a" });

    parts.push({ shape: motorBoss(p, mx, my, rad), name: "motor_boss", color: "#c0392b" });

    // The guard ring is notched where the arm and the plate's corner pass under it, so it sits on them.
    const guard = drawCircle(p.guardRadius + p.guardWall)
      .cut(drawCircle(p.guardRadius))
      .translate(mx, my)
      .sketchOnPlane("XY")
      .extrude(p.guardHeight)
      .cut(plateBlank.clone())
      .cut(arm.clone());
    parts.push({ shape: guard, name: "prop_guard", color: "#555555" });
  }
  return parts;
};
