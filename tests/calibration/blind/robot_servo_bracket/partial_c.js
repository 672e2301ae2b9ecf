// partial_c: servo cradle as separate named plates (floor, walls, ears) with flange holes, cable notch and floor holes -- no stiffening ribs.
const { makeBox, makeCylinder } = replicad;

const defaultParams = {
  servoLength: 41,
  clearance: 0.25,
  t: 2,
  depth: 27,
  flangeHeight: 27,
  earLength: 10,
  holeSpanX: 49.5,
  holeSpanY: 10,
  holeD: 2.4,
  notchWidth: 10,
  notchHeight: 6,
  baseHoleSpan: 20,
  baseHoleD: 3.2,
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const t = p.t, D = p.depth;
  const xi = p.servoLength / 2 + p.clearance, xo = xi + t, xe = xo + p.earLength;
  const H = t + p.flangeHeight;

  // Floor between the walls.
  let floor = makeBox([-xi, -D / 2, 0], [xi, D / 2, t]);
  for (const sx of [1, -1])
    floor = floor.cut(makeCylinder(p.baseHoleD / 2, 3 * t, [sx * p.baseHoleSpan / 2, 0, -t], [0, 0, 1]));

  // Walls from the ground up to the underside of the ears.
  const wallR = makeBox([xi, -D / 2, 0], [xo, D / 2, H - t])
    .cut(makeBox([xi - 1, -p.notchWidth / 2, t], [xo + 1, p.notchWidth / 2, t + p.notchHeight])); // cable notch
  const wallL = makeBox([-xo, -D / 2, 0], [-xi, D / 2, H - t]);

  // Ears sit on top of the walls and reach outward.
  const ear = (s) => {
    let e = makeBox([s * xi, -D / 2, H - t], [s * xe, D / 2, H]);
    for (const sy of [1, -1])
      e = e.cut(makeCylinder(p.holeD / 2, 3 * t, [s * p.holeSpanX / 2, sy * p.holeSpanY / 2, H - 2 * t], [0, 0, 1]));
    return e;
  };

  return [
    { shape: floor, name: "floor", color: "#8f9aa5" },
    { shape: wallL, name: "left wall", color: "#6f7f8f" },
    { shape: wallR, name: "right wall (cable notch)", color: "#6f7f8f" },
    { shape: ear(-1), name: "left ear", color: "#b0b8c0" },
    { shape: ear(1), name: "right ear", color: "#b0b8c0" },
  ];
};
