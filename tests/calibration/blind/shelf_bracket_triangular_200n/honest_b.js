// Honest: one-piece cast bracket: 8 mm wall flange with two centreline screw holes (one below the rib foot, one under the arm), 10 mm top arm, thick diagonal strut, all fused into one solid
const { makeBox, makeCylinder, draw } = replicad;

const defaultParams = {
  reach: 215, height: 176, width: 40,
  flangeT: 8, armT: 10, strutT: 12,
  footLow: 48, footHigh: 78,   // strut foot on the flange (Z range)
  tipIn: 178, tipOut: 205,     // strut head under the arm (X range)
  holeD: 5, lowHoleZ: 24, highHoleZ: 150,
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const hw = p.width / 2;
  const armBot = p.height - p.armT;

  const flange = makeBox([0, -hw, 0], [p.flangeT, hw, p.height]);
  const arm = makeBox([p.flangeT, -hw, armBot], [p.reach, hw, p.height]);
  const strut = draw([p.flangeT, p.footLow])
    .lineTo([p.tipOut, armBot])
    .lineTo([p.tipIn, armBot])
    .lineTo([p.flangeT, p.footHigh])
    .close()
    .sketchOnPlane("XZ")
    .extrude(p.strutT)
    .translate([0, p.strutT / 2, 0]);

  let body = flange.fuse(arm).fuse(strut);
  for (const z of [p.lowHoleZ, p.highHoleZ]) {
    body = body.cut(makeCylinder(p.holeD / 2, p.flangeT + 2, [-1, 0, z], [1, 0, 0]));
  }
  return [{ shape: body, name: "triangular bracket (wall flange + arm + strut)", color: "#9aa3ab" }];
};
