// Partial: arched bow pull on two posts at 128 mm centres, but the posts have no screw holes
const { draw, makeCylinder } = replicad;

const defaultParams = { pitch: 128, length: 160, barWidth: 16, endLow: 22, endHigh: 30, midLow: 30, midHigh: 39, postD: 10 };

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const hl = p.length / 2;
  const bar = draw([-hl, p.endLow]).lineTo([-hl, p.endHigh])
    .threePointsArcTo([hl, p.endHigh], [0, p.midHigh]).lineTo([hl, p.endLow])
    .threePointsArcTo([-hl, p.endLow], [0, p.midLow]).close()
    .sketchOnPlane("XZ").extrude(p.barWidth).translate([0, p.barWidth / 2, 0]);
  const above = draw([-hl, p.endLow]).threePointsArcTo([hl, p.endLow], [0, p.midLow])
    .lineTo([hl, 60]).lineTo([-hl, 60]).close()
    .sketchOnPlane("XZ").extrude(40).translate([0, 20, 0]);
  const parts = [{ shape: bar, name: "handle bar" }];
  for (const s of [-1, 1]) {
    parts.push({ shape: makeCylinder(p.postD / 2, 40, [s * p.pitch / 2, 0, 0], [0, 0, 1]).cut(above.clone()), name: s < 0 ? "post A" : "post B" });
  }
  return parts;
};
