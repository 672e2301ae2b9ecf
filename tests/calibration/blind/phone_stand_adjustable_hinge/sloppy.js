// Adjustable phone stand, SLOPPY version: all the named features are present but badly put together.
// Faults (deliberate): no hinge pin or bores, and the support barrel sits 12 mm above and 4 mm in front of the
// base knuckles, so the whole support floats free; the support is 180 mm long and pokes above the
// 160 mm envelope; the lip is driven deep into the support plate; one end stop floats off the
// lip; the screw bosses are sunk halfway into the base plate.
const { makeBox, makeCylinder } = replicad;

const defaultParams = { leanDeg: 15, supportL: 180 };

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const tilt = (s) => s.rotate(-p.leanDeg, [0, 0, 0], [1, 0, 0]);

  const basePlate = makeBox([-60, -55, 0], [60, 55, 6]);

  // bosses started at z = 3, so half of each boss is buried in the plate
  const bosses = [[-48, -44], [-48, 44], [48, -44], [48, 44]].map(([x, y], i) => ({
    shape: makeCylinder(7, 8, [x, y, 3], [0, 0, 1]).cut(makeCylinder(2.2, 12, [x, y, 0], [0, 0, 1])),
    name: `screw_boss_${i + 1}`,
    color: "#7f8c8d",
  }));

  const knuckles = makeBox([-55, -23, 6], [-40, -7, 16]).fuse(makeCylinder(8, 15, [-55, -15, 16], [1, 0, 0]))
    .fuse(makeBox([40, -23, 6], [55, -7, 16])).fuse(makeCylinder(8, 15, [40, -15, 16], [1, 0, 0]));

  // barrel placed by eye: offset from the knuckle axis, no pin through it
  const barrel = makeCylinder(8, 76, [-38, -19, 28], [1, 0, 0]);

  const support = tilt(makeBox([-50, -3, 8], [50, 3, p.supportL])).translate([0, -19, 28]);
  // lip pushed 5 mm into the plate instead of sitting against its face
  const lip = tilt(makeBox([-44, -15, 8], [44, 2, 12])).translate([0, -19, 28]);
  const stopL = tilt(makeBox([-50, -15, 8], [-44, -3, 28])).translate([0, -19, 28]);
  // right stop left hanging 10 mm in front of the lip
  const stopR = tilt(makeBox([44, -35, 8], [50, -25, 28])).translate([0, -19, 28]);

  return [
    { shape: basePlate, name: "base_plate", color: "#34495e" },
    ...bosses,
    { shape: knuckles, name: "hinge_knuckles", color: "#5d6d7e" },
    { shape: barrel, name: "hinge_barrel", color: "#2e86c1" },
    { shape: support, name: "back_support", color: "#3498db" },
    { shape: lip, name: "lip", color: "#1abc9c" },
    { shape: stopL, name: "lip_stop_left", color: "#16a085" },
    { shape: stopR, name: "lip_stop_right", color: "#16a085" },
  ];
};
