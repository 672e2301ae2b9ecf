// honest_d: plate-built servo cradle (one fused solid): floor + two walls + ears with rounded tips, 4 flange holes, arched cable notch, 4 floor holes, and twin edge gussets under each ear.
const { draw, makeBox, makeCylinder } = replicad;

const defaultParams = {
  servoLength: 41,     // servo body length (X)
  clearance: 0.2,      // per side, body to wall
  t: 2,                // plate thickness
  depth: 30,           // bracket depth (Y); servo body ~21 wide
  flangeHeight: 26,    // servo bottom to underside of mounting flange
  earLength: 10,       // ear reach beyond wall outer face
  earTipR: 3,          // plan-view rounding of ear tips
  holeSpanX: 49.5,     // servo flange hole pitch (along body)
  holeSpanY: 10,       // servo flange hole pitch (across body)
  holeD: 2.2,          // pilot for M2.5 self-tapping servo screws
  notchWidth: 9,       // cable arch width (Y)
  notchHeight: 7,      // cable arch height above floor top
  baseHolePitch: 16,   // 4 floor mounting holes, square pattern
  baseHoleD: 3.2,
  gussetAlongEar: 7,   // gusset leg under the ear
  gussetDownWall: 9,   // gusset leg down the wall
  gussetTip: 1.5,      // truncated (flat) tip height of the gusset
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const t = p.t, D = p.depth;
  const xi = p.servoLength / 2 + p.clearance;
  const xo = xi + t;
  const xe = xo + p.earLength;
  const H = t + p.flangeHeight;

  // Floor spans wall to wall; walls stand on the floor's ends.
  let body = makeBox([-xo, -D / 2, 0], [xo, D / 2, t]);

  for (const s of [1, -1]) {
    // Wall (full height, including the ear thickness).
    const wall = makeBox([xi, -D / 2, 0], [xo, D / 2, H]);   // built on +X, mirrored for -X

    // Ear plate: outline in plan with rounded outer tip, laid on top of the wall.
    const ear = draw([xi, -D / 2])
      .lineTo([xe, -D / 2]).customCorner(p.earTipR)
      .lineTo([xe, D / 2]).customCorner(p.earTipR)
      .lineTo([xi, D / 2])
      .close()
      .sketchOnPlane("XY", H - t)
      .extrude(t);

    // Two truncated-triangle gussets per ear, flush with the front and back edges.
    const g = draw([xo - 0.3, H - t + 0.3])
      .lineTo([xo + p.gussetAlongEar, H - t + 0.3])
      .lineTo([xo + p.gussetAlongEar, H - t - p.gussetTip])
      .lineTo([xo - 0.3, H - t - p.gussetDownWall])
      .close();
    // "XZ" plane at offset o sits at y = -o and extrudes towards -Y.
    const gFront = g.sketchOnPlane("XZ", D / 2 - t).extrude(t);     // y from -D/2+t to -D/2
    const gBack = g.sketchOnPlane("XZ", -D / 2).extrude(t);         // y from D/2 to D/2-t

    let side = wall.fuse(ear).fuse(gFront).fuse(gBack);
    if (s < 0) side = side.mirror("YZ", [0, 0, 0]);
    body = body.fuse(side);
  }

  // Servo flange screw holes: two per ear.
  for (const sx of [1, -1])
    for (const sy of [1, -1])
      body = body.cut(makeCylinder(p.holeD / 2, 3 * t, [sx * p.holeSpanX / 2, sy * p.holeSpanY / 2, H - 2 * t], [0, 0, 1]));

  // Floor mounting holes.
  for (const sx of [1, -1])
    for (const sy of [1, -1])
      body = body.cut(makeCylinder(p.baseHoleD / 2, 3 * t, [sx * p.baseHolePitch / 2, sy * p.baseHolePitch / 2, -t], [0, 0, 1]));

  // Arched cable notch at the foot of the -X wall.
  const w = p.notchWidth, archZ = t + p.notchHeight - w / 2;
  const notch = makeBox([-xo - 1, -w / 2, t - 0.01], [-xi + 1, w / 2, archZ])
    .fuse(makeCylinder(w / 2, t + 2, [-xo - 1, 0, archZ], [1, 0, 0]))
    .intersect(makeBox([-xo - 2, -w, t - 0.01], [-xi + 2, w, H]));   // keep the floor intact
  body = body.cut(notch);

  return [{ shape: body, name: "servo bracket", color: "#7d8a96" }];
};
