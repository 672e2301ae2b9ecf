// Sloppy: bracket whose diagonal rib stops well short of the arm (its top end hangs in the air) and whose arm runs far past the envelope
const { makeBox, makeCylinder, draw } = replicad;

const defaultParams = { reach: 270, height: 180, width: 50, t: 6, webT: 8 };

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const hw = p.width / 2, armBot = p.height - p.t;
  let plate = makeBox([0, -hw, 0], [p.t, hw, p.height]);
  for (const y of [-15, 15]) plate = plate.cut(makeCylinder(2.75, p.t + 2, [-1, y, 110], [1, 0, 0]));
  const arm = makeBox([p.t, -hw, armBot], [p.reach, hw, p.height]);
  // rib top ends 25 mm below the arm
  const rib = draw([p.t, 20]).lineTo([170, 149]).lineTo([150, 149]).lineTo([p.t, 48]).close()
    .sketchOnPlane("XZ").extrude(p.webT).translate([0, p.webT / 2, 0]);
  return [
    { shape: plate, name: "wall plate" },
    { shape: arm, name: "arm" },
    { shape: rib, name: "diagonal rib" },
  ];
};
