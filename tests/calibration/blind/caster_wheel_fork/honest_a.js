// Honest: swivel caster as separate parts - tyred wheel on a through axle (Y), U-fork of two legs plus a bridge, stem and a four-hole top plate
const { makeBox, makeCylinder, draw, drawCircle, drawRoundedRectangle } = replicad;

const defaultParams = {
  wheelDia: 70,      // wheel outside diameter
  wheelWidth: 24,    // tread width (along Y)
  hubWidth: 28,      // hub length, fills the gap between the fork legs
  axleDia: 8,
  legThick: 3,
  legWidth: 26,      // leg width along X
  forkClear: 6,      // gap between tyre top and fork bridge
  bridgeThick: 4,
  stemDia: 14,
  stemLen: 36,
  plateX: 80,
  plateY: 70,
  plateThick: 5,
  boltDia: 7,
  boltInset: 8,
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const R = p.wheelDia / 2;
  const axleZ = R;                       // wheel sits on the floor at z = 0
  const ra = p.axleDia / 2;
  const yIn = p.hubWidth / 2;            // inner face of each leg
  const yOut = yIn + p.legThick;         // outer face of each leg
  const bridgeZ0 = p.wheelDia + p.forkClear;
  const bridgeZ1 = bridgeZ0 + p.bridgeThick;

  // Wheel: revolved profile (tyre + web + hub) about the Y axis, bore = axle
  const hw = p.wheelWidth / 2, hh = p.hubWidth / 2;
  const prof = draw([ra, -hh])
    .hLineTo(R * 0.45).vLineTo(-hw * 0.5)
    .hLineTo(R * 0.72).vLineTo(-hw)
    .hLineTo(R - 4).threePointsArcTo([R - 4, hw], [R, 0])
    .hLineTo(R * 0.72).vLineTo(hw * 0.5)
    .hLineTo(R * 0.45).vLineTo(hh).hLineTo(ra).close();
  // sketch in XY plane (local x = radius, local y = Y), revolve about the Y axis
  const wheel = prof.sketchOnPlane("XY").revolve([0, 1, 0]).translate([0, 0, axleZ]);

  // Axle: pin through both legs with a head and a nut-like collar
  const axleLen = 2 * yOut;
  const axle = makeCylinder(ra, axleLen, [0, -yOut, axleZ], [0, 1, 0])
    .fuse(makeCylinder(ra + 3, 3, [0, -yOut - 3, axleZ], [0, 1, 0]))
    .fuse(makeCylinder(ra + 3, 3, [0, yOut, axleZ], [0, 1, 0]));

  // Fork: two legs (rounded bottoms) joined by a bridge above the wheel
  const lw = p.legWidth / 2;
  const legProfile = draw([-lw, axleZ])
    .vLineTo(bridgeZ1).hLineTo(lw).vLineTo(axleZ)
    .threePointsArcTo([-lw, axleZ], [0, axleZ - lw]).close()
    .cut(drawCircle(ra).translate(0, axleZ));
  // on the XZ plane the extrusion runs toward -Y (y from -t to 0); shift to each side
  const leg = (y0) => legProfile.sketchOnPlane("XZ").extrude(p.legThick).translate([0, y0 + p.legThick, 0]);
  const legL = leg(-yOut);
  const legR = leg(yIn);
  const bridge = makeBox([-lw, -yOut, bridgeZ0], [lw, yOut, bridgeZ1]);
  const fork = legL.fuse(legR).fuse(bridge);

  // Swivel stem: collar + shaft from fork bridge to top plate
  const stem = makeCylinder(p.stemDia / 2, p.stemLen, [0, 0, bridgeZ1], [0, 0, 1])
    .fuse(makeCylinder(p.stemDia / 2 + 4, 3, [0, 0, bridgeZ1], [0, 0, 1]));

  // Top mounting plate with four corner bolt holes
  const plateZ0 = bridgeZ1 + p.stemLen;
  let plate = drawRoundedRectangle(p.plateX, p.plateY, 6).sketchOnPlane("XY", plateZ0).extrude(p.plateThick);
  const hx = p.plateX / 2 - p.boltInset, hy = p.plateY / 2 - p.boltInset;
  for (const [sx, sy] of [[1, 1], [1, -1], [-1, 1], [-1, -1]]) {
    plate = plate.cut(makeCylinder(p.boltDia / 2, p.plateThick + 2, [sx * hx, sy * hy, plateZ0 - 1], [0, 0, 1]));
  }

  return [
    { shape: wheel, name: "wheel", color: "#333333" },
    { shape: axle, name: "axle", color: "#bbbbbb" },
    { shape: fork, name: "fork", color: "#4a78b5" },
    { shape: stem, name: "swivel stem", color: "#999999" },
    { shape: plate, name: "top mounting plate", color: "#4a78b5" },
  ];
};
