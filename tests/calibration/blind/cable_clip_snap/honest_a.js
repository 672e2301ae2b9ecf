// Honest: screw-down snap cable clip as separate bodies - countersunk base pad, half-round cradle, two flexible snap arms with chamfered catches
const { makeBox, makeCylinder, draw } = replicad;

const defaultParams = {
  length: 45,          // base pad along X
  width: 20,           // clip width along Y
  padThickness: 3,
  screwHole: 4.2,      // #8 / M4 wood screw clearance
  countersink: 8.4,    // countersink top diameter
  screwX: 7,
  cableDiameter: 11,
  clearance: 0.25,     // radial clearance around the cable
  floor: 1.5,          // material under the channel
  cableX: 35,          // cable axis position along X
  cradleLength: 20,
  armThickness: 1.6,
  catchDepth: 1.75,    // how far each catch reaches in over the cable
  armTop: 20.5,
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const W = p.width, t = p.padThickness;
  const rc = p.cableDiameter / 2 + p.clearance;
  const zc = t + p.floor + rc;                 // cable axis height
  const xc = p.cableX;

  // base pad with countersunk screw hole
  let pad = makeBox([0, -W / 2, 0], [p.length, W / 2, t])
    .cut(makeCylinder(p.screwHole / 2, t + 2, [p.screwX, 0, -1], [0, 0, 1]));
  const csDepth = (p.countersink - p.screwHole) / 2; // 90 deg countersink
  const cs = draw([p.screwX, t - csDepth])
    .lineTo([p.screwX + p.countersink / 2 + 0.01, t + 0.01])
    .lineTo([p.screwX, t + 0.01])
    .close()
    .sketchOnPlane("XZ")
    .revolve([0, 0, 1], { origin: [p.screwX, 0, 0] });
  pad = pad.cut(cs);

  // cradle: block on the pad with a half-round channel whose axis is at its top face
  const x0 = xc - p.cradleLength / 2, x1 = xc + p.cradleLength / 2;
  const cradle = makeBox([x0, -W / 2, t], [x1, W / 2, zc])
    .cut(makeCylinder(rc, W + 2, [xc, -W / 2 - 1, zc], [0, 1, 0]));

  // snap arm (XZ profile, extruded along Y); s = -1 left, +1 right
  const arm = (s) => {
    const xi = xc + s * rc;                      // inner face, flush with channel wall
    const xo = xi + s * p.armThickness;
    const xt = xi - s * p.catchDepth;            // catch tip
    const zu = zc + p.cableDiameter / 2 + 0.3;   // catch underside just above the cable
    const pts = [
      [xo, zc], [xo, p.armTop], [xi, p.armTop],  // arm top
      [xt, zu + 0.8],                            // lead-in chamfer down to the tip
      [xt, zu], [xi, zu], [xi, zc],
    ];
    let d = draw(pts[0]);
    for (const q of pts.slice(1)) d = d.lineTo(q);
    return d.close().sketchOnPlane("XZ", -W / 2).extrude(W);
  };

  return [
    { shape: pad, name: "base pad", color: "#e8e8e8" },
    { shape: cradle, name: "cable cradle", color: "#d0d0d0" },
    { shape: arm(-1), name: "left snap arm", color: "#bfbfbf" },
    { shape: arm(1), name: "right snap arm", color: "#bfbfbf" },
  ];
};
