// Honest: one-piece moulded cable clip - rounded pad with countersunk screw hole fused to a narrower U-cradle whose walls become the snap arms
const { draw, drawRoundedRectangle, makeCylinder } = replicad;

const defaultParams = {
  padLength: 45,
  padWidth: 28,
  padThickness: 2.5,
  padCorner: 4,
  screwX: 6.5,
  screwHole: 4,
  countersink: 8,
  cableDiameter: 11,
  clearance: 0.25,
  floor: 1.2,
  cableX: 33,
  cradleHalf: 9,       // cradle base half-length along X
  cradleWidth: 12,     // cradle + arms width along Y
  arm: 1.5,
  catchDepth: 1.75,
  top: 20,
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const t = p.padThickness;
  const rc = p.cableDiameter / 2 + p.clearance;
  const zc = t + p.floor + rc;
  const xc = p.cableX;
  const xi = rc, xo = rc + p.arm, xt = rc - p.catchDepth; // offsets from the cable axis
  const zu = zc + p.cableDiameter / 2 + 0.45;            // catch underside
  const zt = zu + 0.9;                                   // catch tip top
  const ch = p.cradleHalf;

  // one closed XZ outline: cradle foot, right arm + catch, channel, left arm + catch
  const X = (dx) => xc + dx;
  const outline = draw([X(-ch), t])
    .lineTo([X(ch), t])
    .lineTo([X(ch), zc - 1.5])
    .lineTo([X(xo), zc])
    .lineTo([X(xo), p.top])
    .lineTo([X(xi), p.top])
    .lineTo([X(xt), zt])          // lead-in chamfer (top face of the catch)
    .lineTo([X(xt), zu])
    .lineTo([X(xi), zu])
    .lineTo([X(xi), zc])
    .threePointsArcTo([X(-xi), zc], [xc, zc - rc])   // cable channel
    .lineTo([X(-xi), zu])
    .lineTo([X(-xt), zu])
    .lineTo([X(-xt), zt])
    .lineTo([X(-xi), p.top])
    .lineTo([X(-xo), p.top])
    .lineTo([X(-xo), zc])
    .lineTo([X(-ch), zc - 1.5])
    .close();
  const body = outline.sketchOnPlane("XZ", -p.cradleWidth / 2).extrude(p.cradleWidth);

  // pad, overlapping the cradle foot slightly so they fuse into one solid
  let pad = drawRoundedRectangle(p.padLength, p.padWidth, p.padCorner)
    .translate(p.padLength / 2, 0)
    .sketchOnPlane("XY")
    .extrude(t + 0.01);
  pad = pad.cut(makeCylinder(p.screwHole / 2, t + 2, [p.screwX, 0, -1], [0, 0, 1]));
  const d = (p.countersink - p.screwHole) / 2;
  pad = pad.cut(
    draw([p.screwX, t - d]).lineTo([p.screwX + p.countersink / 2 + 0.02, t + 0.02]).lineTo([p.screwX, t + 0.02]).close()
      .sketchOnPlane("XZ").revolve([0, 0, 1], { origin: [p.screwX, 0, 0] })
  );

  return [{ shape: pad.fuse(body), name: "snap cable clip", color: "#f2f2ee" }];
};
