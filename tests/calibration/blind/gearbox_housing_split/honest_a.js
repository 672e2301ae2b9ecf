// Honest A: split gearbox housing, box-shaped shells with rounded edges, base and cover as two separate bolted halves meeting at the shaft-centre seam.
const { drawRoundedRectangle, drawCircle, draw, makeCylinder, makeBox } = replicad;

const defaultParams = {
  bodyL: 200,        // shell length along X
  bodyW: 110,        // shell width along Y
  wall: 8,           // wall thickness
  seamZ: 85,         // height of the split plane = shaft centre line
  topZ: 155,         // top of the cover
  cornerR: 12,       // vertical corner radius of the shells
  edgeR: 10,         // fillet on the top / bottom outer edges
  flangeL: 240,
  flangeW: 150,
  flangeT: 12,       // flange thickness on each half
  bigBoreD: 72,      // bearing 6207
  bigBossR: 50,
  bigX: -48,
  smallBoreD: 52,    // bearing 6205
  smallBossR: 39,
  smallX: 58,
  bossEndY: 85,      // bosses stand out to +/- this Y
  boltD: 11,         // M10 clearance
  ribT: 12,
  drainR: 14,
  drainHoleD: 14,
  drainZ: 15,
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const innerL = p.bodyL - 2 * p.wall;
  const innerW = p.bodyW - 2 * p.wall;
  const halfW = p.bodyW / 2;

  // --- outer envelope of the whole housing (before splitting) ---
  const lowerOuter = drawRoundedRectangle(p.bodyL, p.bodyW, p.cornerR)
    .sketchOnPlane("XY", 0).extrude(p.seamZ)
    .fillet(p.edgeR, (e) => e.inPlane("XY", 0));
  const upperOuter = drawRoundedRectangle(p.bodyL, p.bodyW, p.cornerR)
    .sketchOnPlane("XY", p.seamZ).extrude(p.topZ - p.seamZ)
    .fillet(p.edgeR + 4, (e) => e.inPlane("XY", p.topZ));
  const flange = drawRoundedRectangle(p.flangeL, p.flangeW, 15)
    .sketchOnPlane("XY", p.seamZ - p.flangeT).extrude(2 * p.flangeT);

  // bearing bosses: cylinders along Y on both side walls, starting at the inner wall face
  const boss = (x, R) => {
    const len = p.bossEndY - (halfW - p.wall);
    const a = makeCylinder(R, len, [x, halfW - p.wall, p.seamZ], [0, 1, 0]);
    const b = makeCylinder(R, len, [x, -(halfW - p.wall), p.seamZ], [0, -1, 0]);
    return a.fuse(b);
  };

  let housing = lowerOuter.fuse(upperOuter).fuse(flange)
    .fuse(boss(p.bigX, p.bigBossR)).fuse(boss(p.smallX, p.smallBossR));

  // gear cavity
  const cavity = drawRoundedRectangle(innerL, innerW, 4)
    .sketchOnPlane("XY", p.wall).extrude(p.topZ - 2 * p.wall);
  housing = housing.cut(cavity);

  // bearing bores straight through along Y, centred on the seam
  const through = 2 * p.bossEndY + 20;
  housing = housing
    .cut(makeCylinder(p.bigBoreD / 2, through, [p.bigX, -through / 2, p.seamZ], [0, 1, 0]))
    .cut(makeCylinder(p.smallBoreD / 2, through, [p.smallX, -through / 2, p.seamZ], [0, 1, 0]));

  // eight flange bolt holes: beside each boss on both sides, plus one at each end
  const xEnd = (p.flangeL + p.bodyL) / 4;                     // middle of the end ledge
  const yLedge = (p.flangeW + p.bodyW) / 4;                    // middle of the side ledge
  const gapX = (p.bigX + p.bigBossR + p.smallX - p.smallBossR) / 2; // between the two bosses
  const holes = [
    [-xEnd, 0], [xEnd, 0],
    [-xEnd, yLedge], [gapX, yLedge], [xEnd, yLedge],
    [-xEnd, -yLedge], [gapX, -yLedge], [xEnd, -yLedge],
  ];
  for (const [x, y] of holes) {
    housing = housing.cut(makeCylinder(p.boltD / 2, 2 * p.flangeT + 10, [x, y, p.seamZ - p.flangeT - 5], [0, 0, 1]));
  }

  // split at the seam
  const big = 1000;
  let base = housing.intersect(makeBox([-big, -big, -1], [big, big, p.seamZ]));
  const cover = housing.intersect(makeBox([-big, -big, p.seamZ], [big, big, p.topZ + 1]));

  // ribs under the bearing bosses (gussets from the floor line up into the boss underside)
  const rib = (x, R, side) => {
    const bossBottom = p.seamZ - R + 6;  // a little into the boss so it fuses
    const prof = draw([halfW - 2, 0]).hLineTo(halfW + 10).lineTo([p.bossEndY - 3, bossBottom - 14])
      .vLineTo(bossBottom).hLineTo(halfW - 2).close();
    let s = prof.sketchOnPlane("YZ", x - p.ribT / 2).extrude(p.ribT);
    if (side < 0) s = s.mirror("XZ");
    return s;
  };
  for (const [x, R] of [[p.bigX, p.bigBossR], [p.smallX, p.smallBossR]]) {
    base = base.fuse(rib(x, R, 1)).fuse(rib(x, R, -1));
  }

  // oil drain boss low on the -X end, hole breaking into the sump at floor level
  const xWall = -p.bodyL / 2;
  const drainBoss = makeCylinder(p.drainR, 16, [xWall + 4, 0, p.drainZ], [-1, 0, 0]);
  base = base.fuse(drainBoss)
    .cut(makeCylinder(p.drainHoleD / 2, 30, [xWall + 12, 0, p.drainZ], [-1, 0, 0]));

  return [
    { shape: base, name: "base", color: "#6b7b8c" },
    { shape: cover, name: "cover", color: "#9fb0c2" },
  ];
};
