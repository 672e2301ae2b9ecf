// Honest: bow pull: a 16 mm wide arched grip bar (arched band profile, edges rounded) on two Ø10 posts at 128 mm centres, each post with a tapped M4 hole up its axis
const { draw, makeCylinder } = replicad;

const defaultParams = {
  pitch: 128,          // post centre distance
  length: 160,         // overall bar length
  barWidth: 16,        // Y
  endLow: 22,          // underside of bar at its ends
  endHigh: 30,         // top of bar at its ends
  midLow: 30,          // underside at the middle
  midHigh: 39,         // top at the middle
  edgeR: 3,          // rounding of the bar edges
  postD: 10,
  tapD: 3.3,           // M4 tapping drill
  tapDepth: 14,
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const hl = p.length / 2;

  // arched band drawn in the XZ plane, extruded across Y
  let bar = draw([-hl, p.endLow])
    .lineTo([-hl, p.endHigh])
    .threePointsArcTo([hl, p.endHigh], [0, p.midHigh])
    .lineTo([hl, p.endLow])
    .threePointsArcTo([-hl, p.endLow], [0, p.midLow])
    .close()
    .sketchOnPlane("XZ")
    .extrude(p.barWidth)
    .translate([0, p.barWidth / 2, 0]);
  bar = bar.fillet(p.edgeR);

  const parts = [{ shape: bar, name: "grip bar", color: "#b8bcc2" }];
  [-1, 1].forEach((s, i) => {
    const x = s * p.pitch / 2;
    // post trimmed to the bar's (flat, unrounded) underside so the two just touch
    const aboveUnderside = draw([-hl, p.endLow])
      .threePointsArcTo([hl, p.endLow], [0, p.midLow])
      .lineTo([hl, p.midHigh + 5])
      .lineTo([-hl, p.midHigh + 5])
      .close()
      .sketchOnPlane("XZ")
      .extrude(p.barWidth + 10)
      .translate([0, p.barWidth / 2 + 5, 0]);
    let post = makeCylinder(p.postD / 2, p.midHigh, [x, 0, 0], [0, 0, 1]).cut(aboveUnderside);
    post = post.cut(makeCylinder(p.tapD / 2, p.tapDepth, [x, 0, 0], [0, 0, 1]));
    parts.push({ shape: post, name: i ? "right post" : "left post", color: "#9aa0a8" });
  });
  return parts;
};
