// Partial: steel bracket with wall plate, arm and diagonal rib, but the wall plate has no screw holes
const { makeBox, draw } = replicad;

const defaultParams = { reach: 220, height: 180, width: 50, t: 6, webT: 8 };

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const hw = p.width / 2, armBot = p.height - p.t;
  const plate = makeBox([0, -hw, 0], [p.t, hw, p.height]);
  const arm = makeBox([p.t, -hw, armBot], [p.reach, hw, p.height]);
  const rib = draw([p.t, 20]).lineTo([208, armBot]).lineTo([185, armBot]).lineTo([p.t, 48]).close()
    .sketchOnPlane("XZ").extrude(p.webT).translate([0, p.webT / 2, 0]);
  return [
    { shape: plate, name: "wall plate" },
    { shape: arm, name: "arm" },
    { shape: rib, name: "rib" },
  ];
};
