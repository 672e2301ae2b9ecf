// partial_b: single fused bent-sheet servo cradle with ears, 4 flange holes, cable notch and floor holes -- but no stiffening ribs.
const { draw, makeBox, makeCylinder } = replicad;

const defaultParams = {
  servoLength: 41,
  clearance: 0.3,
  t: 1.6,
  bendR: 1.2,
  depth: 25,
  flangeHeight: 27,
  earLength: 9,
  holeSpanX: 49.5,
  holeSpanY: 10,
  holeD: 2.4,
  notchWidth: 10,
  notchHeight: 6,
  baseHoleSpan: 22,
  baseHoleD: 3.2,
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const t = p.t, D = p.depth;
  const xi = p.servoLength / 2 + p.clearance, xo = xi + t, xe = xo + p.earLength;
  const H = t + p.flangeHeight, ri = p.bendR, ro = p.bendR + t;

  const profile = draw([-xo, 0])
    .lineTo([xo, 0]).customCorner(ro)
    .lineTo([xo, H - t]).customCorner(ri)
    .lineTo([xe, H - t])
    .lineTo([xe, H])
    .lineTo([xi, H]).customCorner(ro)
    .lineTo([xi, t]).customCorner(ri)
    .lineTo([-xi, t]).customCorner(ri)
    .lineTo([-xi, H]).customCorner(ro)
    .lineTo([-xe, H])
    .lineTo([-xe, H - t])
    .lineTo([-xo, H - t]).customCorner(ri)
    .closeWithCustomCorner(ro);
  let body = profile.sketchOnPlane("XZ", -D / 2).extrude(D);

  for (const sx of [1, -1]) {
    for (const sy of [1, -1])
      body = body.cut(makeCylinder(p.holeD / 2, 4 * t, [sx * p.holeSpanX / 2, sy * p.holeSpanY / 2, H - 2 * t], [0, 0, 1]));
    body = body.cut(makeCylinder(p.baseHoleD / 2, 3 * t, [sx * p.baseHoleSpan / 2, 0, -t], [0, 0, 1]));
  }

  // Cable notch: rectangular window at the foot of the -X wall, just above the floor.
  body = body.cut(makeBox([-xo - 1, -p.notchWidth / 2, t], [-xi + 1, p.notchWidth / 2, t + p.notchHeight]));

  return [{ shape: body, name: "servo bracket (no ribs)", color: "#a0a8b0" }];
};
