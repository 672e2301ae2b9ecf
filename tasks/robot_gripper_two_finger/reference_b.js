// Parallel gripper: a tapered palm behind a bolt-on flange; on the palm's top stand four pivot bosses,
// and round-ended link bars lie on them and on the fingers' top faces, two equal links per finger
// making a parallelogram. The fingers are side-profiled jaws narrowing to the tip, with a pad each.
const { draw, drawCircle, drawRoundedRectangle } = replicad;

const defaultParams = {
  flangeWidth: 100,
  flangeHeight: 56,
  flangeThickness: 8,
  mountHole: 6.6,
  mountSpacingY: 80,
  mountSpacingZ: 36,
  palmLength: 50,
  palmRootWidth: 68,
  palmTipWidth: 54,
  palmBottom: 12,
  palmTop: 44,
  pivotX: 14, // first pivot, from the palm's back face
  pivotSpacing: 28, // between the two pivots of one finger: the parallelogram's side
  pivotY: 18,
  bossDiameter: 12,
  bossHeight: 6,
  pinHole: 4,
  linkLength: 40,
  linkAngle: 30, // degrees outward from +X at the default opening
  linkThickness: 5,
  fingerThickness: 12,
  fingerTipX: 150,
  fingerBottom: 10,
  tipDrop: 8, // the jaw's underside rises this much toward the tip
  tipTop: 42,
  padThickness: 3,
  padLength: 28,
  padHeight: 20,
};

// A plate in the Y-Z plane with four bolt holes, thickness along +X from x = 0.
const flange = (p) => {
  const zc = p.flangeHeight / 2;
  let outline = drawRoundedRectangle(p.flangeWidth, p.flangeHeight, 6).translate(0, zc);
  for (const sy of [-1, 1]) {
    for (const sz of [-1, 1]) outline = outline.cut(drawCircle(p.mountHole / 2).translate((sy * p.mountSpacingY) / 2, zc + (sz * p.mountSpacingZ) / 2));
  }
  return outline.sketchOnPlane("YZ").extrude(p.flangeThickness);
};

// Palm: a planform narrowing toward the fingers, standing on the flange's front face.
const palm = (p) => {
  const x0 = p.flangeThickness;
  const x1 = x0 + p.palmLength;
  return draw([x0, -p.palmRootWidth / 2])
    .lineTo([x1, -p.palmTipWidth / 2])
    .lineTo([x1, p.palmTipWidth / 2])
    .lineTo([x0, p.palmRootWidth / 2])
    .close()
    .sketchOnPlane("XY", [0, 0, p.palmBottom])
    .extrude(p.palmTop - p.palmBottom);
};

const bored = (outline, p, z0, h) => outline.sketchOnPlane("XY", [0, 0, z0]).extrude(h);

// Link bar: a stadium from one pivot to the other, pin holes at both ends, its ends as wide as a boss.
const link = (p, a, b, z0) => {
  const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
  const w = p.bossDiameter;
  const outline = drawRoundedRectangle(len + w, w, w / 2 - 0.01)
    .cut(drawCircle(p.pinHole / 2).translate(-len / 2, 0))
    .cut(drawCircle(p.pinHole / 2).translate(len / 2, 0))
    .rotate((Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI, [0, 0])
    .translate((a[0] + b[0]) / 2, (a[1] + b[1]) / 2);
  return bored(outline, p, z0, p.linkThickness);
};

// Finger: a jaw drawn in side view (X-Z), run across its thickness; its top face carries the link
// ends, its underside rises toward the tip.
const finger = (p, side, x0, zTop, fingerY) => {
  const yIn = side * fingerY;
  const section = draw([x0, p.fingerBottom])
    .lineTo([p.fingerTipX, p.fingerBottom + p.tipDrop])
    .lineTo([p.fingerTipX, p.tipTop])
    .lineTo([p.fingerTipX - p.padLength - 20, zTop])
    .lineTo([x0, zTop])
    .close();
  // XZ sketches extrude toward -Y: start from the jaw's outer face.
  const yOuter = side > 0 ? yIn + p.fingerThickness : yIn;
  return section.sketchOnPlane("XZ", [0, yOuter, 0]).extrude(p.fingerThickness);
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const zTop = p.palmTop + p.bossHeight; // boss tops, finger tops and link undersides
  const a = (p.linkAngle * Math.PI) / 180;
  const reach = [p.linkLength * Math.cos(a), p.linkLength * Math.sin(a)];
  const parts = [
    { shape: flange(p), name: "mounting flange", color: "#44474d" },
    { shape: palm(p), name: "palm block", color: "#5b6068" },
  ];
  for (const side of [-1, 1]) {
    const pivots = [0, 1].map((i) => [p.flangeThickness + p.pivotX + i * p.pivotSpacing, side * p.pivotY]);
    const ends = pivots.map(([x, y]) => [x + reach[0], y + side * reach[1]]);
    // The finger's inner face sits inside the link ends, so both ends bear on its top face.
    const fingerY = Math.abs(ends[0][1]) - p.fingerThickness / 2;
    for (let i = 0; i < 2; i++) {
      const boss = drawCircle(p.bossDiameter / 2).cut(drawCircle(p.pinHole / 2)).translate(pivots[i][0], pivots[i][1]);
      parts.push({ shape: bored(boss, p, p.palmTop, p.bossHeight), name: "pivot boss", color: "#8b9099" });
      parts.push({ shape: link(p, pivots[i], ends[i], zTop), name: "linkage bar", color: "#b7bcc4" });
    }
    const x0 = ends[0][0] - p.bossDiameter / 2;
    parts.push({ shape: finger(p, side, x0, zTop, fingerY), name: "finger", color: "#6d737c" });
    // Grip pad on the inner face near the tip.
    const padX1 = p.fingerTipX - 3;
    const padZ = (p.fingerBottom + p.tipDrop + p.tipTop) / 2;
    const yIn = side * fingerY;
    const pad = drawRoundedRectangle(p.padLength, p.padHeight, 2)
      .translate(padX1 - p.padLength / 2, padZ)
      .sketchOnPlane("XZ", [0, side > 0 ? yIn : yIn + p.padThickness, 0])
      .extrude(p.padThickness);
    parts.push({ shape: pad, name: "fingertip pad", color: "#d35400" });
  }
  return parts;
};
