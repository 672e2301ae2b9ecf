// Sloppy: cable clip with the snap arms floating above the cradle instead of rising from it, and the cradle sunk into the pad
const { makeBox, makeCylinder, draw } = replicad;

const defaultParams = { length: 45, width: 20, padThickness: 3, cableDiameter: 11, cableX: 35, cradleLength: 20, arm: 1.6, armGap: 2, sink: 2 };

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const W = p.width, t = p.padThickness, rc = p.cableDiameter / 2 + 0.25, xc = p.cableX;
  const zc = t + 1.5 + rc;
  const pad = makeBox([0, -W / 2, 0], [p.length, W / 2, t]).cut(makeCylinder(2.1, t + 2, [7, 0, -1], [0, 0, 1]));
  const cradle = makeBox([xc - p.cradleLength / 2, -W / 2, t - p.sink], [xc + p.cradleLength / 2, W / 2, zc - p.sink])
    .cut(makeCylinder(rc, W + 2, [xc, -W / 2 - 1, zc - p.sink], [0, 1, 0]));
  const arm = (s) => {
    const xi = xc + s * rc, xo = xi + s * p.arm, xt = xi - s * 1.75, z0 = zc + p.armGap, zu = zc + 6;
    return draw([xo, z0]).lineTo([xo, z0 + 10]).lineTo([xi, z0 + 10]).lineTo([xt, zu + 0.8]).lineTo([xt, zu])
      .lineTo([xi, zu]).lineTo([xi, z0]).close().sketchOnPlane("XZ", -W / 2).extrude(W);
  };
  return [
    { shape: pad, name: "base pad" },
    { shape: cradle, name: "cable cradle" },
    { shape: arm(-1), name: "left snap arm" },
    { shape: arm(1), name: "right snap arm" },
  ];
};
