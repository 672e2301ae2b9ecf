// Sloppy: gearbox housing with the right features, but the cover floats 20 mm above the base instead of seating on the seam, and the ribs are loose blocks sunk deep into the base wall and bore.
const { drawRoundedRectangle, makeCylinder, makeBox } = replicad;

const defaultParams = { L: 200, W: 110, wall: 8, seam: 85, coverH: 65, flange: 12, lift: 20 };

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const hy = p.W / 2;

  // base: open box + flange + half bosses
  let base = drawRoundedRectangle(p.L, p.W, 12).sketchOnPlane("XY", 0).extrude(p.seam)
    .fuse(drawRoundedRectangle(240, 150, 15).sketchOnPlane("XY", p.seam - p.flange).extrude(p.flange))
    .fuse(makeCylinder(50, 170, [-48, -85, p.seam], [0, 1, 0]).intersect(makeBox([-200, -200, 0], [200, 200, p.seam])))
    .fuse(makeCylinder(39, 170, [58, -85, p.seam], [0, 1, 0]).intersect(makeBox([-200, -200, 0], [200, 200, p.seam])));
  base = base.cut(drawRoundedRectangle(p.L - 2 * p.wall, p.W - 2 * p.wall, 4).sketchOnPlane("XY", p.wall).extrude(200));
  base = base.fuse(makeCylinder(14, 16, [-96, 0, 15], [-1, 0, 0]));
  base = base.cut(makeCylinder(7, 40, [-85, 0, 15], [-1, 0, 0]));

  // cover, lifted off the seam by mistake
  const z0 = p.seam + p.lift;
  let cover = drawRoundedRectangle(p.L, p.W, 12).sketchOnPlane("XY", z0).extrude(p.coverH)
    .fuse(drawRoundedRectangle(240, 150, 15).sketchOnPlane("XY", z0).extrude(p.flange))
    .fuse(makeCylinder(50, 170, [-48, -85, z0], [0, 1, 0]).intersect(makeBox([-200, -200, z0], [200, 200, 400])))
    .fuse(makeCylinder(39, 170, [58, -85, z0], [0, 1, 0]).intersect(makeBox([-200, -200, z0], [200, 200, 400])));
  cover = cover.cut(drawRoundedRectangle(p.L - 2 * p.wall, p.W - 2 * p.wall, 4).sketchOnPlane("XY", z0 - 1).extrude(p.coverH - p.wall + 1));

  // bores
  for (const [x, d] of [[-48, 72], [58, 52]]) {
    base = base.cut(makeCylinder(d / 2, 300, [x, -150, p.seam], [0, 1, 0]));
    cover = cover.cut(makeCylinder(d / 2, 300, [x, -150, z0], [0, 1, 0]));
  }
  // bolt holes
  for (const [x, y] of [[-110, 0], [110, 0], [-110, 65], [10, 65], [110, 65], [-110, -65], [10, -65], [110, -65]]) {
    base = base.cut(makeCylinder(5.5, 40, [x, y, p.seam - 20], [0, 0, 1]));
    cover = cover.cut(makeCylinder(5.5, 40, [x, y, z0 - 10], [0, 0, 1]));
  }

  // ribs: chunky blocks pushed right through the wall into the boss
  const ribs = [];
  for (const x of [-48, 58]) for (const s of [-1, 1]) {
    ribs.push(makeBox([x - 8, s > 0 ? hy - 25 : -hy - 10, 0], [x + 8, s > 0 ? hy + 10 : -hy + 25, 60]));
  }

  return [
    { shape: base, name: "base" },
    { shape: cover, name: "cover" },
    ...ribs.map((s, i) => ({ shape: s, name: `rib ${i + 1}` })),
  ];
};
