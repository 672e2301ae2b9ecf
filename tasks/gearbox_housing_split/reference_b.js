// Split gearbox housing, second construction: the base and cover are shells with their outer
// bottom and top edges filleted; each seam flange is a frame round the shell walls (not a plate
// through them) with six bolt holes, notched exactly round the bearing bosses; the bosses are
// tubes standing off both side walls on the seam; a gusset under each boss is cut to the boss's
// curve so it carries it face to face; a drain boss sits low on the -X end.
const { drawRoundedRectangle, drawCircle, makeBox, makeCylinder, makeCompound } = replicad;

const defaultParams = {
  bodyLength: 210,
  bodyWidth: 118,
  height: 150,
  wall: 10,
  cornerRadius: 16,
  baseFillet: 8,
  coverFillet: 14,
  seamHeight: 86,
  flangeOverhang: 24,
  flangeThickness: 14,
  boltHole: 11,
  boltInset: 11,
  outputBore: 62,
  outputX: -50,
  inputBore: 35,
  inputX: 60,
  bossWall: 14,
  bossLength: 30,
  gussetThickness: 8,
  drainDiameter: 24,
  drainHole: 10,
  drainLength: 18,
};

const shafts = (p) => [
  { x: p.outputX, bore: p.outputBore },
  { x: p.inputX, bore: p.inputBore },
];
const bossRadius = (p, s) => s.bore / 2 + p.bossWall;
const alongY = (radius, x, z, y0, y1) => makeCylinder(radius, y1 - y0, [x, y0, z], [0, 1, 0]);
const bodyOutline = (p) => drawRoundedRectangle(p.bodyLength, p.bodyWidth, p.cornerRadius);

// One shell half between z0 and z1: outer edge away from the seam filleted, hollowed with the
// given wall, and cut by the bearing bores (plus any extra cutters) in one compound cut.
const shellHalf = (p, z0, z1, roundAtZ, fillet, extraCutters) => {
  const hx = p.bodyLength / 2 - p.wall;
  const hy = p.bodyWidth / 2 - p.wall;
  const lower = z0 === 0;
  const cavity = makeBox([-hx, -hy, lower ? p.wall : z0 - 1], [hx, hy, lower ? z1 + 1 : z1 - p.wall]);
  const bores = shafts(p).map((s) => alongY(s.bore / 2, s.x, p.seamHeight, -p.bodyWidth, p.bodyWidth));
  return bodyOutline(p)
    .sketchOnPlane("XY", z0)
    .extrude(z1 - z0)
    .fillet(fillet, (e) => e.inPlane("XY", roundAtZ))
    .cut(cavity)
    .cut(makeCompound([...bores, ...extraCutters]));
};

// Solid cylinders the size of the bosses' outsides, on both sides: cutters that notch the
// flanges and shape the gussets' tops so they meet the bosses face to face.
const bossEnvelopes = (p) => {
  const y = p.bodyWidth / 2;
  return makeCompound(
    shafts(p).flatMap((s) => [
      alongY(bossRadius(p, s), s.x, p.seamHeight, y, y + p.bossLength),
      alongY(bossRadius(p, s), s.x, p.seamHeight, -y - p.bossLength, -y),
    ]),
  );
};

// Seam flange: a frame from the shell walls out to the flange edge, six bolt holes, notched
// round the bosses.
const flange = (p, z0) => {
  const L = p.bodyLength + 2 * p.flangeOverhang;
  const W = p.bodyWidth + 2 * p.flangeOverhang;
  const bx = L / 2 - p.boltInset;
  const by = W / 2 - p.boltInset;
  // Middle bolts between the two bosses, where the flange is clear of both.
  const [a, b] = shafts(p);
  const midX = (a.x + bossRadius(p, a) + b.x - bossRadius(p, b)) / 2;
  let outline = drawRoundedRectangle(L, W, p.cornerRadius + p.flangeOverhang).cut(bodyOutline(p));
  for (const [x, y] of [[-bx, -by], [midX, -by], [bx, -by], [-bx, by], [midX, by], [bx, by]]) {
    outline = outline.cut(drawCircle(p.boltHole / 2).translate(x, y));
  }
  return outline.sketchOnPlane("XY", z0).extrude(p.flangeThickness).cut(bossEnvelopes(p));
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const seam = p.seamHeight;
  const halfL = p.bodyLength / 2;
  const halfW = p.bodyWidth / 2;
  const drainZ = p.wall + p.drainDiameter / 2;
  const drainThroughWall = makeCylinder(p.drainHole / 2, p.wall + 2, [-halfL - 1, 0, drainZ], [1, 0, 0]);

  const parts = [
    { shape: shellHalf(p, 0, seam, 0, p.baseFillet, [drainThroughWall]), name: "lower housing", color: "#5a6b7c" },
    { shape: shellHalf(p, seam, p.height, p.height, p.coverFillet, []), name: "cover", color: "#8595a5" },
    { shape: flange(p, seam - p.flangeThickness), name: "lower flange", color: "#4b5967" },
    { shape: flange(p, seam), name: "cover flange", color: "#6f7e8d" },
  ];

  for (const s of shafts(p)) {
    const R = bossRadius(p, s);
    for (const side of [-1, 1]) {
      const y0 = side > 0 ? halfW : -halfW - p.bossLength;
      const tube = alongY(R, s.x, seam, y0, y0 + p.bossLength).cut(alongY(s.bore / 2, s.x, seam, y0 - 1, y0 + p.bossLength + 1));
      parts.push({ shape: tube, name: "bearing boss", color: "#8595a5" });
      // Gusset from the floor line up to the boss, its top cut to the boss's outside.
      const gusset = makeBox([s.x - p.gussetThickness / 2, y0, 0], [s.x + p.gussetThickness / 2, y0 + p.bossLength, seam]).cut(
        alongY(R, s.x, seam, y0 - 1, y0 + p.bossLength + 1),
      );
      parts.push({ shape: gusset, name: "rib", color: "#4b5967" });
    }
  }

  const drain = drawCircle(p.drainDiameter / 2)
    .cut(drawCircle(p.drainHole / 2))
    .sketchOnPlane("YZ", [-halfL - p.drainLength, 0, drainZ])
    .extrude(p.drainLength);
  parts.push({ shape: drain, name: "oil drain boss", color: "#4b5967" });
  return parts;
};
