// Honest: servo bracket as one bent 2 mm sheet (floor, walls, outward ears with real bend radii) extruded along Y, 4 flange holes, cable relief at one wall foot, fused gusset under each ear
const { makeBox, makeCylinder, draw } = replicad;

const defaultParams = {
  bodyL: 40.7,
  bodyW: 20.5,
  gapEnd: 0.6,
  t: 2,
  bendIn: 1,          // inside bend radius
  depth: 30,          // strip width along Y
  seat: 26.5,         // floor top to ear top (flange seat)
  earOut: 12,
  flangePitchL: 49.5,
  flangePitchW: 10,
  screwHole: 2.8,
  reliefW: 9,
  reliefH: 8,
  gusset: 7,
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const t = p.t, ri = p.bendIn, ro = ri + t;
  const xi = p.bodyL / 2 + p.gapEnd, xo = xi + t, xe = xo + p.earOut;
  const zTop = t + p.seat, zEar = zTop - t;
  const hd = p.depth / 2;

  // developed U-with-flanges profile in XZ, bends rounded
  const prof = draw([-xe, zTop])
    .hLineTo(-xi).customCorner(ro)
    .vLineTo(t).customCorner(ri)
    .hLineTo(xi).customCorner(ri)
    .vLineTo(zTop).customCorner(ro)
    .hLineTo(xe).vLineTo(zEar)
    .hLineTo(xo).customCorner(ri)
    .vLineTo(0).customCorner(ro)
    .hLineTo(-xo).customCorner(ro)
    .vLineTo(zEar).customCorner(ri)
    .hLineTo(-xe).close();
  let body = prof.sketchOnPlane("XZ").extrude(p.depth).translate([0, hd, 0]);

  // gussets: quarter-round webs under each ear, at mid-depth
  for (const s of [1, -1]) {
    let g = draw([xo - 0.5, zEar + 0.5]).hLineTo(xo + p.gusset)
      .threePointsArcTo([xo - 0.5, zEar - p.gusset], [xo + p.gusset * 0.3, zEar - p.gusset * 0.3])
      .close().sketchOnPlane("XZ").extrude(t).translate([0, t / 2, 0]);
    if (s < 0) g = g.mirror("YZ");
    body = body.fuse(g);
  }

  // flange screw holes, two per ear
  for (const sx of [1, -1]) for (const sy of [1, -1])
    body = body.cut(makeCylinder(p.screwHole / 2, t + 2, [sx * p.flangePitchL / 2, sy * p.flangePitchW / 2, zEar - 1], [0, 0, 1]));

  // cable relief at the foot of the -X wall, running through the bend
  const w = p.reliefW / 2;
  body = body.cut(makeBox([-xo - 1, -w, -1], [-xi + 1, w, p.reliefH - w]))
    .cut(makeCylinder(w, t + 2, [-xo - 1, 0, p.reliefH - w], [1, 0, 0]));

  return [{ shape: body, name: "servo bracket (bent sheet)", color: "#3d4a57" }];
};
