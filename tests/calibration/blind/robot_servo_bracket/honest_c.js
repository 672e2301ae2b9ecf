// honest_c: bent-sheet U servo cradle (one fused solid) with outward ears, 4 flange screw holes, cable notch, floor mounting holes and a central triangular gusset under each ear.
const { draw, drawRoundedRectangle, makeCylinder } = replicad;

const defaultParams = {
  servoLength: 41,     // servo body length between the walls (X)
  clearance: 0.25,     // per side, servo body to wall
  t: 1.5,              // sheet thickness
  bendR: 1.0,          // inside bend radius
  depth: 26,           // bracket depth along Y (servo body is ~21 wide)
  flangeHeight: 27,    // servo bottom to underside of mounting flange
  earLength: 9.5,      // ear reach beyond the wall's outer face
  holeSpanX: 49.5,     // flange hole pitch along the servo length
  holeSpanY: 10,       // flange hole pitch across the servo
  holeD: 2.5,          // pilot hole for M3 self-tapping screws
  notchWidth: 10,      // cable notch width (Y)
  notchHeight: 6,      // cable notch height above floor top
  baseHoleSpan: 20,    // floor mounting holes to the robot (X pitch)
  baseHoleD: 3.2,      // M3 clearance
  ribLeg: 6,           // gusset leg length along ear and down wall
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const t = p.t;
  const xi = p.servoLength / 2 + p.clearance;  // wall inner face
  const xo = xi + t;                            // wall outer face
  const xe = xo + p.earLength;                  // ear tip
  const H = t + p.flangeHeight;                 // top of ears (flange seat)
  const ri = p.bendR, ro = p.bendR + t;

  // Sheet cross-section in XZ with inside/outside bend radii, extruded across Y.
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
  let body = profile.sketchOnPlane("XZ", -p.depth / 2).extrude(p.depth);

  // Stiffening gussets: one triangular rib per ear, centred in Y between the screw holes.
  for (const s of [1, -1]) {
    const e = 0.3; // small overlap so the rib fuses into ear and wall
    const rib = draw([s * (xo - e), H - t + e])
      .lineTo([s * (xo + p.ribLeg), H - t + e])
      .lineTo([s * (xo - e), H - t - p.ribLeg])
      .close()
      .sketchOnPlane("XZ", -t / 2)
      .extrude(t);
    body = body.fuse(rib);
  }

  // Four flange screw holes, two per ear.
  for (const sx of [1, -1]) {
    for (const sy of [1, -1]) {
      body = body.cut(
        makeCylinder(p.holeD / 2, 4 * t, [sx * p.holeSpanX / 2, sy * p.holeSpanY / 2, H - 2 * t], [0, 0, 1])
      );
    }
  }

  // Floor holes to fix the bracket to the robot.
  for (const sx of [1, -1]) {
    body = body.cut(makeCylinder(p.baseHoleD / 2, 3 * t, [sx * p.baseHoleSpan / 2, 0, -t], [0, 0, 1]));
  }

  // Cable notch at the foot of the +X wall (rounded top, runs through the bend).
  const notch = drawRoundedRectangle(p.notchWidth, 2 * (t + p.notchHeight), 2)
    .sketchOnPlane("YZ", xi - ri - 0.5)
    .extrude(t + ri + 1.5);
  body = body.cut(notch);

  return [{ shape: body, name: "servo bracket", color: "#9aa4ad" }];
};
