// Partial: pad, cradle and two arms, but no screw hole in the pad and the arms are plain posts with no catches or lead-in chamfer
const { makeBox, makeCylinder } = replicad;

const defaultParams = { length: 45, width: 20, padThickness: 3, cableDiameter: 11, cableX: 35, cradleLength: 20, arm: 1.6, armTop: 20.5 };

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const W = p.width, t = p.padThickness, rc = p.cableDiameter / 2 + 0.25, zc = t + 1.5 + rc, xc = p.cableX;
  const pad = makeBox([0, -W / 2, 0], [p.length, W / 2, t]);
  const cradle = makeBox([xc - p.cradleLength / 2, -W / 2, t], [xc + p.cradleLength / 2, W / 2, zc])
    .cut(makeCylinder(rc, W + 2, [xc, -W / 2 - 1, zc], [0, 1, 0]));
  return [
    { shape: pad, name: "base pad" },
    { shape: cradle, name: "cable cradle" },
    { shape: makeBox([xc - rc - p.arm, -W / 2, zc], [xc - rc, W / 2, p.armTop]), name: "left snap arm" },
    { shape: makeBox([xc + rc, -W / 2, zc], [xc + rc + p.arm, W / 2, p.armTop]), name: "right snap arm" },
  ];
};
