// 6061 torque clamp: a root block held by two cap screws side by side, a plan-tapered arm set at the
// boss's mid-height and lightened by a Warren pattern of rounded triangular windows, and a round boss
// whose bore has a keyway; the shaft proxy carries its key, so the torque goes through the key.
const { draw, drawCircle, drawRectangle, drawRoundedRectangle, makeCylinder } = replicad;

const defaultParams = {
  rootLength: 40,
  rootWidth: 84,
  rootHeight: 36,
  boltDiameter: 11, // M10 clearance; the bolt proxies are drawn at this size
  boltHead: 16,
  boltHeadHeight: 10,
  boltSpacing: 56,
  armThickness: 24, // Z; centred on the boss's mid-height
  armRootWidth: 48,
  armTipWidth: 34,
  chord: 7, // solid edge band either side of the windows
  windows: 3,
  windowShrink: 0.72, // window size relative to its bay: what is left forms the diagonals
  windowCorner: 3,
  bossDiameter: 78,
  bossHeight: 48,
  bore: 30,
  keyWidth: 8, // DIN 6885 key for a 30 mm shaft
  hubKeyDepth: 3.3,
  shaftLength: 64,
};

// Half-width of the arm's plan at x, tapering from the root to the tip.
const halfWidth = (p, x0, x1) => (x) => (p.armRootWidth + ((p.armTipWidth - p.armRootWidth) * (x - x0)) / (x1 - x0)) / 2;

// Warren windows: triangles alternately based on the -Y and +Y chords, each shrunk toward its
// centroid so the material left between neighbours forms the diagonals, corners rounded.
const windowOutlines = (p, x0, x1, hw) => {
  const pitch = (x1 - x0) / ((p.windows + 1) / 2);
  const out = [];
  for (let k = 0; k < p.windows; k++) {
    const s = k % 2 ? 1 : -1;
    const a = x0 + (k * pitch) / 2;
    const inner = (x) => hw(x) - p.chord;
    const tri = [
      [a, s * inner(a)],
      [a + pitch, s * inner(a + pitch)],
      [a + pitch / 2, -s * inner(a + pitch / 2)],
    ];
    const c = [0, 1].map((i) => (tri[0][i] + tri[1][i] + tri[2][i]) / 3);
    const v = tri.map((pt) => pt.map((val, i) => c[i] + p.windowShrink * (val - c[i])));
    let pen = draw(v[0]);
    for (const pt of [v[1], v[2], v[0]]) pen = pen.lineTo(pt).customCorner(p.windowCorner);
    out.push(pen.close());
  }
  return out;
};

// The arm's plan runs from the root face into the boss and is trimmed to the boss's outer circle,
// so it meets the boss face to face.
const clampArm = (p, bossX) => {
  const x0 = p.rootLength;
  const x1 = bossX;
  const hw = halfWidth(p, x0, x1);
  const rb = p.bossDiameter / 2;
  let outline = draw([x0, -hw(x0)])
    .lineTo([x1, -hw(x1)])
    .lineTo([x1, hw(x1)])
    .lineTo([x0, hw(x0)])
    .close()
    .cut(drawCircle(rb).translate(bossX, 0));
  // Windows occupy the clear length between the root and the boss, with a solid band at each end.
  const clearEnd = bossX - rb - 4;
  for (const w of windowOutlines(p, x0 + 8, clearEnd, hw)) outline = outline.cut(w);
  const z0 = (p.bossHeight - p.armThickness) / 2;
  return outline.sketchOnPlane("XY", [0, 0, z0]).extrude(p.armThickness);
};

// Bore plus keyway (on the far side from the arm) as one 2D region: cut from the boss, it is the shaft.
const shaftSection = (p, bossX) => {
  const r = p.bore / 2;
  const keyDepth = p.hubKeyDepth + 4; // the key's part inside the shaft is shaft material anyway
  return drawCircle(r)
    .fuse(drawRectangle(keyDepth, p.keyWidth).translate(r + p.hubKeyDepth - keyDepth / 2, 0))
    .translate(bossX, 0);
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const bossX = 240 - p.bossDiameter / 2 - 1;
  const boltX = p.rootLength / 2;
  const boltYs = [-1, 1].map((s) => (s * p.boltSpacing) / 2);

  let rootOutline = drawRoundedRectangle(p.rootLength, p.rootWidth, 5).translate(p.rootLength / 2, 0);
  for (const y of boltYs) rootOutline = rootOutline.cut(drawCircle(p.boltDiameter / 2).translate(boltX, y));
  const root = rootOutline.sketchOnPlane("XY").extrude(p.rootHeight);

  const section = shaftSection(p, bossX);
  const boss = drawCircle(p.bossDiameter / 2)
    .translate(bossX, 0)
    .cut(section)
    .sketchOnPlane("XY")
    .extrude(p.bossHeight);
  const shaft = section.sketchOnPlane("XY").extrude(p.shaftLength);

  const parts = [
    { shape: root, name: "fixed root", color: "#8d949b" },
    { shape: clampArm(p, bossX), name: "clamp arm", color: "#a2a9b0" },
    { shape: boss, name: "shaft boss", color: "#8d949b" },
    { shape: shaft, name: "shaft proxy", color: "#d0a040" },
  ];
  // Socket cap screws: the shank fills its hole down to the root's underside, the head sits on top.
  for (const y of boltYs) {
    const bolt = makeCylinder(p.boltDiameter / 2, p.rootHeight, [boltX, y, 0], [0, 0, 1]).fuse(
      makeCylinder(p.boltHead / 2, p.boltHeadHeight, [boltX, y, p.rootHeight], [0, 0, 1]),
    );
    parts.push({ shape: bolt, name: "root bolt", color: "#33373c" });
  }
  return parts;
};
