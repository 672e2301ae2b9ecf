// Honest B: split gearbox housing built from one side-profile (sloped cover top following the two bosses) extruded along Y, offset-profile cavity, footed base with paired ribs, plus eight through-bolts.
const { draw, drawRoundedRectangle, drawPolysides, makeCylinder, makeBox } = replicad;

const defaultParams = {
  L: 210,            // body length X
  W: 100,            // body width Y
  wall: 9,
  seam: 80,          // split plane on the shaft centres
  topBig: 148,       // cover height over the large bearing end
  topSmall: 130,     // cover height over the small bearing end
  profR: 16,         // rounding of the side profile corners
  edgeR: 5,          // rounding of the side-face perimeter edges
  flL: 250, flW: 140, flT: 14,
  bigD: 80, bigR: 54, bigX: -50,      // bearing 6208
  smallD: 47, smallR: 36, smallX: 62, // bearing 6204
  bossY: 80,
  footW: 160, footT: 12,
  boltD: 11, shankD: 10,
  ribT: 10,
  drainZ: 19,          // drain centre height: hole bottom flush with the sump floor (top of foot)
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const hx = p.L / 2, hy = p.W / 2;

  // side profile in XZ (sloped top, high over the big bearing), rounded corners
  const profile = draw([-hx, 0]).hLineTo(hx).vLineTo(p.topSmall).lineTo([-hx, p.topBig]).close()
    .fillet(p.profR);
  const body = profile.sketchOnPlane("XZ", -hy).extrude(p.W)   // XZ normal is -Y: spans y = +hy .. -hy
    .fillet(p.edgeR, (e) => e.not((f) => f.inDirection("Y")));
  const cavity = profile.offset(-p.wall).sketchOnPlane("XZ", -(hy - p.wall)).extrude(p.W - 2 * p.wall);

  const flange = drawRoundedRectangle(p.flL, p.flW, 18).sketchOnPlane("XY", p.seam - p.flT).extrude(2 * p.flT);
  const bossPair = (x, R) => makeCylinder(R, 2 * p.bossY, [x, -p.bossY, p.seam], [0, 1, 0]);

  let housing = body.fuse(flange).fuse(bossPair(p.bigX, p.bigR)).fuse(bossPair(p.smallX, p.smallR));
  housing = housing.cut(cavity);
  housing = housing
    .cut(makeCylinder(p.bigD / 2, 300, [p.bigX, -150, p.seam], [0, 1, 0]))
    .cut(makeCylinder(p.smallD / 2, 300, [p.smallX, -150, p.seam], [0, 1, 0]));

  // 8 bolt positions round the flange
  const xe = (p.flL / 2 + hx) / 2, ye = (p.flW / 2 + hy) / 2;
  const xm = (p.bigX + p.bigR + p.smallX - p.smallR) / 2;
  const bolts = [[-xe, 0], [xe, 0], [-xe, ye], [xm, ye], [xe, ye], [-xe, -ye], [xm, -ye], [xe, -ye]];
  for (const [x, y] of bolts) {
    housing = housing.cut(makeCylinder(p.boltD / 2, 2 * p.flT + 2, [x, y, p.seam - p.flT - 1], [0, 0, 1]));
  }

  const BIG = 1000;
  let base = housing.intersect(makeBox([-BIG, -BIG, -1], [BIG, BIG, p.seam]));
  const cover = housing.intersect(makeBox([-BIG, -BIG, p.seam], [BIG, BIG, BIG]));

  // mounting foot with four anchor holes
  let foot = drawRoundedRectangle(p.L, p.footW, 10).sketchOnPlane("XY", 0).extrude(p.footT);
  for (const sx of [-1, 1]) for (const sy of [-1, 1]) {
    foot = foot.cut(makeCylinder(7, p.footT + 2, [sx * (hx - 20), sy * (p.footW / 2 - 12), -1], [0, 0, 1]));
  }
  base = base.fuse(foot);

  // paired ribs flanking each bearing boss, from the foot up into the boss, both sides
  const rib = (xc) => {
    const prof = draw([hy - 1, p.footT - 1]).hLineTo(p.footW / 2 - 4).lineTo([p.bossY - 2, p.seam - 22])
      .vLineTo(p.seam - 8).hLineTo(hy - 1).close();
    const s = prof.sketchOnPlane("YZ", xc - p.ribT / 2).extrude(p.ribT);
    return s.clone().mirror("XZ").fuse(s);
  };
  for (const [x, R] of [[p.bigX, p.bigR], [p.smallX, p.smallR]]) {
    const off = R * 0.62;
    const ribs = rib(x - off).fuse(rib(x + off));
    // keep the ribs out of the bearing bores
    base = base.fuse(ribs.cut(makeCylinder(R - 2, 300, [x, -150, p.seam], [0, 1, 0])));
  }

  // hexagonal oil-drain boss low on the +X (small-bearing) end
  const drain = drawPolysides(15, 6).sketchOnPlane("YZ", hx - 3).extrude(18).translate([0, 0, p.drainZ]);
  base = base.fuse(drain).cut(makeCylinder(7, 30, [hx - 12, 0, p.drainZ], [1, 0, 0]));

  // through-bolts: hex head on the cover flange, shank through both flanges, hex nut under the base flange
  const parts = [
    { shape: base, name: "lower casing", color: "#5d6d7e" },
    { shape: cover, name: "upper cover", color: "#aab7c4" },
  ];
  bolts.forEach(([x, y], i) => {
    const head = drawPolysides(9, 6).sketchOnPlane("XY", p.seam + p.flT).extrude(7).translate([x, y, 0]);
    const shank = makeCylinder(p.shankD / 2, 2 * p.flT + 14, [x, y, p.seam - p.flT - 12], [0, 0, 1]);
    const nut = drawPolysides(9, 6).sketchOnPlane("XY", p.seam - p.flT - 9).extrude(9).translate([x, y, 0]);
    parts.push({ shape: head.fuse(shank).fuse(nut), name: `flange bolt ${i + 1}`, color: "#333" });
  });
  return parts;
};
