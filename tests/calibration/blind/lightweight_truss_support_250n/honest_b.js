// Lightweight planar truss support, 250 N at the free end: ONE machined / printed solid.
// A 12 mm thick truss profile (outline minus rounded triangular pockets) is fused to the wall
// plate and to the round load boss, so there are no joints to fail.
//
// Layout (truss in the XZ plane, centred on Y = 0):
//   - wall plate X = 0..10, 80 x 130, two M8 clearance holes at the level of the top chord
//     (that chord is in tension; the plate's lower edge bears on the wall in compression).
//   - nearly level top chord, bottom chord rising steeply; both converge on a load boss high
//     at the right end (X up to 260), bored along Y for a 12 mm pin or hook.
//   - three uprights and four diagonals (Howe pattern: diagonals in compression, short
//     uprights in tension) divide the web into triangles; pocket corners rounded R4.
//
// Hand check, 6082-T6 aluminium (yield 250 MPa), P = 250 N:
//   moment at wall 250 * 233 = 58 N.m; depth between chord axes at wall 109 mm
//   -> chord force ~ 540 N; chord 10 x 12 = 120 mm2 -> 4.5 MPa
//   longest compression diagonal ~120 mm, 7 x 12: Pcr = pi^2*70e3*343/120^2 ~ 16 kN vs ~350 N
//   two M8 bolts, lever ~110 mm: ~530 N total tension;  pin bearing 250/(12*24) < 1 MPa
//   SF far above 2 (still > 2 if printed in PLA at ~40 MPa).
const { makeBox, makeCylinder, draw } = replicad;

const defaultParams = {
  plateT: 10, plateW: 80, plateH: 130,
  boltD: 9, boltY: 26, boltZ: 112,
  webT: 12,          // truss thickness along Y
  chordW: 10,        // chord depth in plane
  ribW: 7,           // upright / diagonal width in plane
  pocketR: 4,        // pocket corner radius (stress relief)
  topRootZ: 121, botRootZ: 12,
  bossX: 243, bossZ: 108, bossD: 34, boreD: 12.5, bossL: 24,
};

// Intersection of two lines given as point + direction.
const meet = (p, d, q, e) => {
  const den = d[0] * e[1] - d[1] * e[0];
  const t = ((q[0] - p[0]) * e[1] - (q[1] - p[1]) * e[0]) / den;
  return [p[0] + d[0] * t, p[1] + d[1] * t];
};

// Pocket inside a CCW triangle of member axes: each edge is moved inward by half the width of
// the member lying on it, then the corners are rounded by an erode / grow pair of offsets.
const pocket = (pts, halfW, rf) => {
  const lines = pts.map((a, i) => {
    const b = pts[(i + 1) % 3];
    const dx = b[0] - a[0], dz = b[1] - a[1], L = Math.hypot(dx, dz);
    const n = [-dz / L, dx / L]; // left normal = inward for CCW
    return { p: [a[0] + n[0] * halfW[i], a[1] + n[1] * halfW[i]], d: [dx, dz] };
  });
  const q = [0, 1, 2].map((i) => {
    const l0 = lines[(i + 2) % 3], l1 = lines[i];
    return meet(l0.p, l0.d, l1.p, l1.d);
  });
  return draw(q[0]).lineTo(q[1]).lineTo(q[2]).close().offset(-rf).offset(rf);
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const x0 = p.plateT;
  const topZ = (x) => p.topRootZ + ((p.bossZ - p.topRootZ) * (x - x0)) / (p.bossX - x0);
  const botZ = (x) => p.botRootZ + ((p.bossZ - p.botRootZ) * (x - x0)) / (p.bossX - x0);
  const c = p.chordW / 2, w = p.ribW / 2;

  // Outer outline of the truss: the outer edges of the two chords, from inside the plate to
  // the boss centre (the ragged end is swallowed by the boss).
  const tOff = c * Math.hypot(1, (p.bossZ - p.topRootZ) / (p.bossX - x0));
  const bOff = c * Math.hypot(1, (p.bossZ - p.botRootZ) / (p.bossX - x0));
  let profile = draw([0, topZ(0) + tOff])
    .lineTo([p.bossX, p.bossZ + tOff])
    .lineTo([p.bossX, p.bossZ - bOff])
    .lineTo([0, botZ(0) - bOff])
    .close();

  // Panel points and the triangles of the web (all listed counter-clockwise in X-Z).
  const X = [x0, 62, 116, 170];
  const T = (x) => [x, topZ(x)], B = (x) => [x, botZ(x)];
  const tris = [
    // first bay: plate face (no inset), diagonal from plate foot to the first top node
    { pts: [B(x0), T(X[1]), T(x0)], h: [w, c, 0] },
    { pts: [B(x0), B(X[1]), T(X[1])], h: [c, w, w] },
  ];
  for (let i = 1; i < 3; i++) {
    tris.push({ pts: [B(X[i]), T(X[i + 1]), T(X[i])], h: [w, c, w] });
    tris.push({ pts: [B(X[i]), B(X[i + 1]), T(X[i + 1])], h: [c, w, w] });
  }
  // last bay: the chords close on the boss, one diagonal splits it
  const tip = [p.bossX - p.bossD / 2 + 2, p.bossZ];
  tris.push({ pts: [B(X[3]), tip, T(X[3])], h: [c, c, w] });
  for (const t of tris) profile = profile.cut(pocket(t.pts, t.h, p.pocketR));

  const truss = profile.sketchOnPlane("XZ", -p.webT / 2).extrude(p.webT);

  const plate = makeBox([0, -p.plateW / 2, 0], [p.plateT, p.plateW / 2, p.plateH]);
  const boss = makeCylinder(p.bossD / 2, p.bossL, [p.bossX, -p.bossL / 2, p.bossZ], [0, 1, 0]);

  let body = plate.fuse(truss).fuse(boss);
  for (const y of [-p.boltY, p.boltY]) {
    body = body.cut(makeCylinder(p.boltD / 2, p.plateT + 2, [-1, y, p.boltZ], [1, 0, 0]));
  }
  body = body.cut(
    makeCylinder(p.boreD / 2, p.bossL + 2, [p.bossX, -p.bossL / 2 - 1, p.bossZ], [0, 1, 0])
  );

  return [{ shape: body, name: "truss_support", color: "#7d8fa6" }];
};
