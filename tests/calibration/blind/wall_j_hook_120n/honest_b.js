// Honest: one-piece J hook in round 6061 bar - stadium wall plate with two countersunk holes one above the other, 16 mm rod dropping into a half circle and up to a ball tip
const { makeCylinder, makeSphere, draw, drawCircle, drawRoundedRectangle } = replicad;

// 120 N at ~100 mm lever -> ~12 N.m; round 16 mm: Z = pi d^3 / 32 = 402 mm3 -> ~30 MPa (6061-T6 yield ~275 MPa).
const defaultParams = {
  plateT: 10,
  plateW: 44,
  plateZ0: 100,
  plateZ1: 178,
  rodD: 16,
  sink: 2,           // rod let into the plate face so they blend
  bendR: 45,         // centreline radius of the bend
  stemTop: 125,
  upturnTop: 92,
  ballD: 20,
  screwDia: 5.5,
  csDia: 11,
  holeZLow: 145,
  holeZHigh: 165,
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const rr = p.rodD / 2;
  const xs = p.plateT + rr - p.sink;       // rod axis of the dropping leg
  const cx = xs + p.bendR;                 // bend centre
  const cz = p.bendR + rr;                 // hook bottom on z = 0
  const xt = cx + p.bendR;                 // rod axis of the upturn

  // wall plate: stadium outline in YZ, thickness along X, countersunk holes
  let plate = drawRoundedRectangle(p.plateW, p.plateZ1 - p.plateZ0, p.plateW / 2 - 0.01)
    .sketchOnPlane("YZ").extrude(p.plateT).translate([0, 0, (p.plateZ0 + p.plateZ1) / 2]);

  // rod: dropping leg with a rounded top, half-torus bend, upturn, ball tip
  const leg = makeCylinder(rr, p.stemTop - cz, [xs, 0, cz], [0, 0, 1])
    .fuse(makeSphere(rr).translate([xs, 0, p.stemTop]));
  const bend = drawCircle(rr).translate(p.bendR, 0).sketchOnPlane("XZ")
    .revolve([0, 0, 1], { angle: 180 })           // half ring on the +Y side of the XY plane
    .rotate(-90, [0, 0, 0], [1, 0, 0])            // swing it down into the XZ plane (lower half)
    .translate([cx, 0, cz]);
  const up = makeCylinder(rr, p.upturnTop - cz, [xt, 0, cz], [0, 0, 1]);
  const ball = makeSphere(p.ballD / 2).translate([xt, 0, p.upturnTop]);

  let hook = plate.fuse(leg).fuse(bend).fuse(up).fuse(ball);

  const cs = draw([0, -1]).hLineTo(p.screwDia / 2).vLineTo(p.plateT - (p.csDia - p.screwDia) / 2)
    .lineTo([p.csDia / 2, p.plateT]).vLineTo(p.plateT + 1).hLineTo(0).close()
    .sketchOnPlane("XY").revolve([0, 1, 0]).rotate(-90, [0, 0, 0], [0, 0, 1]);
  for (const z of [p.holeZLow, p.holeZHigh]) hook = hook.cut(cs.clone().translate([0, 0, z]));

  return [{ shape: hook, name: "J hook (plate and rod, one piece)", color: "#b9bec4" }];
};
