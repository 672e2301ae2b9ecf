// Micro quad frame: a round centre plate with a 20 x 20 stack, four tapered arms that end in a
// round pad, a motor boss standing on each pad (shaft hole, 16 mm M2 pattern), a wire channel sunk
// along each arm's top, and a thin ring guard around each prop, notched where its arm passes through.
const { draw, drawCircle, makeBox, makeCompound } = replicad;

const defaultParams = {
  plateDiameter: 56,
  plateThickness: 3,
  stackSpacing: 20,
  stackHole: 3.2,
  motorRadius: 71, // centre to motor axis
  armHeight: 5,
  armRootWidth: 13,
  armTipWidth: 9,
  channelWidth: 4,
  channelDepth: 2.5,
  bossDiameter: 22,
  bossHeight: 6,
  shaftHole: 6,
  motorBoltCircle: 16,
  motorBolt: 2.2,
  guardRadius: 38, // inside radius, for a 3-inch prop
  guardWall: 1.6,
  guardHeight: 12,
};

const ARMS = 4;

// One arm along +X: tapered planform ending in a round pad under the boss, its root trimmed to the
// centre plate's rim, with the wire channel sunk along its top from the plate to the pad.
const armAlongX = (p) => {
  const rp = p.plateDiameter / 2;
  const rb = p.bossDiameter / 2;
  const m = p.motorRadius;
  const planform = draw([rp - 4, -p.armRootWidth / 2])
    .lineTo([m, -p.armTipWidth / 2])
    .lineTo([m, p.armTipWidth / 2])
    .lineTo([rp - 4, p.armRootWidth / 2])
    .close()
    .fuse(drawCircle(rb).translate(m, 0))
    .cut(drawCircle(rp));
  const channel = makeBox([rp - 1, -p.channelWidth / 2, p.armHeight - p.channelDepth], [m - rb, p.channelWidth / 2, p.armHeight + 1]);
  // Shaft clearance and motor screw holes go through the pad as well as the boss.
  return planform.sketchOnPlane("XY").extrude(p.armHeight).cut(makeCompound([channel, motorHoles(p, m, -1, p.armHeight + 2)]));
};

// Shaft hole and the four screw holes of the motor pattern as one cutter, from z0 up by h.
const motorHoles = (p, m, z0, h) => {
  const rc = p.motorBoltCircle / 2;
  const holes = [[m, 0, p.shaftHole]];
  for (let k = 0; k < 4; k++) holes.push([m + rc * Math.cos((k * Math.PI) / 2), rc * Math.sin((k * Math.PI) / 2), p.motorBolt]);
  return makeCompound(holes.map(([x, y, d]) => drawCircle(d / 2).translate(x, y).sketchOnPlane("XY", [0, 0, z0]).extrude(h)));
};

const motorBossAlongX = (p) =>
  drawCircle(p.bossDiameter / 2)
    .translate(p.motorRadius, 0)
    .sketchOnPlane("XY", [0, 0, p.armHeight])
    .extrude(p.bossHeight)
    .cut(motorHoles(p, p.motorRadius, p.armHeight - 1, p.bossHeight + 2));

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  let plate = drawCircle(p.plateDiameter / 2);
  for (const sx of [-1, 1]) {
    for (const sy of [-1, 1]) plate = plate.cut(drawCircle(p.stackHole / 2).translate((sx * p.stackSpacing) / 2, (sy * p.stackSpacing) / 2));
  }
  const parts = [{ shape: plate.sketchOnPlane("XY").extrude(p.plateThickness), name: "central plate", color: "#2b2b2b" }];

  const arm = armAlongX(p);
  const boss = motorBossAlongX(p);
  // The guard ring sits on the desk plane like the arm; where the arm passes through its wall the
  // ring is notched to the arm's shape, which ties the two together.
  const guard = drawCircle(p.guardRadius + p.guardWall)
    .cut(drawCircle(p.guardRadius))
    .translate(p.motorRadius, 0)
    .sketchOnPlane("XY")
    .extrude(p.guardHeight)
    .cut(arm.clone());
  for (let i = 0; i < ARMS; i++) {
    const turn = (shape) => shape.clone().rotate(45 + (360 / ARMS) * i, [0, 0, 0], [0, 0, 1]);
    parts.push({ shape: turn(arm), name: "arm", color: "#3a3a3a" });
    parts.push({ shape: turn(boss), name: "motor boss", color: "#c0392b" });
    parts.push({ shape: turn(guard), name: "prop guard", color: "#555555" });
  }
  return parts;
};
