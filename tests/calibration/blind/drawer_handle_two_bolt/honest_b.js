// Honest: one-piece round-bar pull: Ø12 bar bent on a large radius with domed ends, fused onto two Ø14 posts with thin base rosettes, 128 mm centres, M4 tapped hole up each post
const { drawCircle, makeCylinder, makeSphere } = replicad;

const defaultParams = {
  pitch: 128,
  barD: 12,
  overall: 160,        // tip to tip
  postCentreZ: 26,     // bar centreline height above the posts
  crownZ: 33,          // bar centreline height at the middle
  postD: 14,
  rosetteD: 18, rosetteT: 2,
  tapD: 3.3, tapDepth: 16,
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const br = p.barD / 2;
  const half = p.pitch / 2;
  // circle through the crown and both post points
  const sag = p.crownZ - p.postCentreZ;
  const R = (half * half + sag * sag) / (2 * sag);
  const zc = p.crownZ - R;
  const xEnd = p.overall / 2 - br;                 // centre of the domed ends
  const thetaE = Math.asin(xEnd / R) * 180 / Math.PI;

  let bar = drawCircle(br)
    .sketchOnPlane("YZ", [0, 0, p.crownZ])
    .revolve([0, 1, 0], { origin: [0, 0, zc], angle: 2 * thetaE })
    .rotate(-thetaE, [0, 0, zc], [0, 1, 0]);
  const zEnd = zc + Math.sqrt(R * R - xEnd * xEnd);
  bar = bar.fuse(makeSphere(br).translate([xEnd, 0, zEnd])).fuse(makeSphere(br).translate([-xEnd, 0, zEnd]));

  for (const s of [-1, 1]) {
    const x = s * half;
    const zTop = zc + Math.sqrt(R * R - x * x);
    const post = makeCylinder(p.postD / 2, zTop, [x, 0, 0], [0, 0, 1])
      .fuse(makeCylinder(p.rosetteD / 2, p.rosetteT, [x, 0, 0], [0, 0, 1]));
    bar = bar.fuse(post);
  }
  for (const s of [-1, 1]) {
    bar = bar.cut(makeCylinder(p.tapD / 2, p.tapDepth, [s * half, 0, 0], [0, 0, 1]));
  }
  return [{ shape: bar, name: "drawer pull (bar and posts, one piece)", color: "#c9a646" }];
};
