// Honest: one-piece moulded micro quad frame - round hub with 20x20 stack holes, U-section diagonal arms, 9x9 motor pads and ducted guards all fused
const { drawCircle, makeBox, makeCylinder } = replicad;

const defaultParams = {
  hubR: 24, floorT: 2.5,
  stack: 20, stackHoleD: 3.2, hubVentD: 8,
  motorXY: 52,
  armW: 9, wallT: 2, wallH: 3,            // U channel: floor + two side walls
  padR: 8.5, padH: 6, shaftD: 5.5, motorHoleD: 2, motorSquare: 9,
  ductIn: 33.5, ductWall: 1.6, ductH: 18,
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const R = Math.SQRT2 * p.motorXY;
  const zTop = p.floorT + p.wallH;

  let body = drawCircle(p.hubR).sketchOnPlane("XY").extrude(p.floorT);
  const cuts = [];
  for (const ang of [45, 135, 225, 315]) {
    const rot = (s) => s.rotate(ang, [0, 0, 0], [0, 0, 1]);
    // arm: floor strip + two walls, running from inside the hub to the motor pad
    let arm = makeBox([p.hubR - 6, -p.armW / 2, 0], [R, p.armW / 2, p.floorT]);
    arm = arm.fuse(makeBox([p.hubR - 6, -p.armW / 2, p.floorT], [R, -p.armW / 2 + p.wallT, zTop]));
    arm = arm.fuse(makeBox([p.hubR - 6, p.armW / 2 - p.wallT, p.floorT], [R, p.armW / 2, zTop]));
    // motor pad
    arm = arm.fuse(makeCylinder(p.padR, p.padH, [R, 0, 0]));
    // duct ring, tied by the arm it crosses and by an outer spur back to the pad
    const duct = makeCylinder(p.ductIn + p.ductWall, p.ductH, [R, 0, 0]).cut(makeCylinder(p.ductIn, p.ductH + 2, [R, 0, -1]));
    arm = arm.fuse(duct).fuse(makeBox([R, -2.5, 0], [R + p.ductIn + 0.5, 2.5, p.floorT + 1.5]));
    body = body.fuse(rot(arm));
    // keep the wire channel open where it passes under the duct wall
    cuts.push(rot(makeBox([p.hubR - 7, -p.armW / 2 + p.wallT, p.floorT], [R - p.padR + 0.5, p.armW / 2 - p.wallT, zTop])));
    cuts.push(rot(makeCylinder(p.shaftD / 2, p.padH + 2, [R, 0, -1])));
    for (const sx of [-1, 1]) for (const sy of [-1, 1])
      cuts.push(rot(makeCylinder(p.motorHoleD / 2, p.padH + 2, [R + sx * p.motorSquare / 2, sy * p.motorSquare / 2, -1])));
  }
  for (const sx of [-1, 1]) for (const sy of [-1, 1])
    cuts.push(makeCylinder(p.stackHoleD / 2, p.floorT + 2, [sx * p.stack / 2, sy * p.stack / 2, -1]));
  cuts.push(makeCylinder(p.hubVentD / 2, p.floorT + 2, [0, 0, -1]));
  for (const c of cuts) body = body.cut(c);
  return [{ shape: body, name: "unibody frame (hub, arms, motor pads, ducts)", color: "#2c3e50" }];
};
