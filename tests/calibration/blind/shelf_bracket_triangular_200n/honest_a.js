// Honest: welded steel bracket: 6 mm wall plate with two screw holes beside a centred diagonal web, 6 mm shelf arm on top, web from low on the plate to near the arm tip
const { makeBox, makeCylinder, draw } = replicad;

const defaultParams = {
  reach: 220,        // X, arm length from the wall
  height: 180,       // Z, wall plate height
  width: 50,         // Y, width of plate and arm
  t: 6,              // plate / arm thickness
  webT: 8,           // rib thickness (Y)
  ribFootLow: 20, ribFootHigh: 48,   // where the rib meets the plate (Z)
  ribTipIn: 185, ribTipOut: 208,     // where the rib meets the arm underside (X)
  holeD: 5.5, holeZ: 112, holeY: 15, // wall screw holes, one each side of the web
  shelfHoleD: 4.5,
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const hw = p.width / 2;
  const armBot = p.height - p.t;

  let plate = makeBox([0, -hw, 0], [p.t, hw, p.height]);
  for (const y of [-p.holeY, p.holeY]) {
    plate = plate.cut(makeCylinder(p.holeD / 2, p.t + 2, [-1, y, p.holeZ], [1, 0, 0]));
  }

  let arm = makeBox([p.t, -hw, armBot], [p.reach, hw, p.height]);
  // two small holes to screw the shelf down from below
  for (const x of [80, 160]) {
    for (const y of [-p.holeY]) arm = arm.cut(makeCylinder(p.shelfHoleD / 2, p.t + 2, [x, y, armBot - 1], [0, 0, 1]));
  }

  // diagonal web drawn in the XZ plane, extruded across Y and centred
  const rib = draw([p.t, p.ribFootLow])
    .lineTo([p.ribTipOut, armBot])
    .lineTo([p.ribTipIn, armBot])
    .lineTo([p.t, p.ribFootHigh])
    .close()
    .sketchOnPlane("XZ")
    .extrude(p.webT)
    .translate([0, p.webT / 2, 0]);

  return [
    { shape: plate, name: "wall plate", color: "#5a6470" },
    { shape: arm, name: "shelf arm", color: "#6e7a88" },
    { shape: rib, name: "diagonal rib", color: "#48515c" },
  ];
};
