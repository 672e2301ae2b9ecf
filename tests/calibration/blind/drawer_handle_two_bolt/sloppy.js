// Sloppy: arched pull whose bar hovers 5 mm above its posts, and the posts are set 100 mm apart instead of 128
const { draw, makeCylinder } = replicad;

const defaultParams = { pitch: 100, length: 160, barWidth: 16 };

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const hl = p.length / 2;
  const bar = draw([-hl, 27]).lineTo([-hl, 35])
    .threePointsArcTo([hl, 35], [0, 40]).lineTo([hl, 27])
    .threePointsArcTo([-hl, 27], [0, 32]).close()
    .sketchOnPlane("XZ").extrude(p.barWidth).translate([0, p.barWidth / 2, 0]);
  const parts = [{ shape: bar, name: "grip bar" }];
  for (const s of [-1, 1]) {
    const post = makeCylinder(5, 24, [s * p.pitch / 2, 0, 0], [0, 0, 1])
      .cut(makeCylinder(1.65, 14, [s * p.pitch / 2, 0, 0], [0, 0, 1]));
    parts.push({ shape: post, name: s < 0 ? "left post" : "right post" });
  }
  return parts;
};
