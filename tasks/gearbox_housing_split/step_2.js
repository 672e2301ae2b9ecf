const { makeBox, makeCylinder, makeCompound, drawRoundedRectangle, drawRectangle, drawCircle } = replicad;

const defaultParams = {
  bodyLength: 200,
  bodyWidth: 120,
  height: 150,
  wall: 10,
  cornerRadius: 16,
  seamHeight: 80,
  flangeLength: 256,
  flangeWidth: 176,
  flangeThickness: 10,
  boltHole: 10,
  inputBore: 40,
  outputBore: 52,
  shaftSpacing: 105,
  bossWall: 12,
  ribThickness: 8,
  drainDiameter: 24,
  drainHole: 10,
};

const shaftPositions = (p) => [
  { x: -p.shaftSpacing / 2, bore: p.outputBore },
  { x: p.shaftSpacing / 2, bore: p.inputBore },
];

const alongY = (radius, y0, y1, x, z) => makeCylinder(radius, y1 - y0, [x, y0, z], [0, 1, 0]);

// One half of the shell (below or above the seam): a rounded box, hollowed, with the bearing bores and
// any extra holes cut in one pass each (the cutters are separate solids, so one compound cut does it).
const shellHalf = (p, z0, z1, extraCutters) => {
  const floor = z0 === 0 ? p.wall : z0 - 1;
  const roof = z1 === p.height ? p.height - p.wall : z1 + 1;
  const bores = shaftPositions(p).map((s) => alongY(s.bore / 2, -p.flangeWidth, p.flangeWidth, s.x, p.seamHeight));
  return drawRoundedRectangle(p.bodyLength, p.bodyWidth, p.cornerRadius)
    .sketchOnPlane("XY", [0, 0, z0])
    .extrude(z1 - z0)
    .cut(makeBox([-p.bodyLength / 2 + p.wall, -p.bodyWidth / 2 + p.wall, floor], [p.bodyLength / 2 - p.wall, p.bodyWidth / 2 - p.wall, roof]))
    .cut(makeCompound([...bores, ...extraCutters]));
};

// The seam flange of one half: bolt holes, with gaps left where the bearing bosses pass.
const flange = (p, z0) => {
  let outline = drawRoundedRectangle(p.flangeLength, p.flangeWidth, p.cornerRadius);
  const bx = p.flangeLength / 2 - 12;
  const by = p.flangeWidth / 2 - 12;
  for (const [x, y] of [[-bx, -by], [0, -by], [bx, -by], [-bx, by], [0, by], [bx, by], [-bx, 0], [bx, 0]]) {
    outline = outline.cut(drawCircle(p.boltHole / 2).translate(x, y));
  }
  for (const s of shaftPositions(p)) {
    for (const side of [-1, 1]) {
      outline = outline.cut(drawRectangle(s.bore, p.flangeWidth / 2 - p.bodyWidth / 2 + 2).translate(s.x, side * (p.flangeWidth + p.bodyWidth) / 4 + side));
    }
  }
  return outline.sketchOnPlane("XY", [0, 0, z0]).extrude(p.flangeThickness).fillet(p.flangeThickness);
};

const main = (r, p) => {
  const seam = p.seamHeight;
  const drainZ = p.wall + p.drainDiameter / 2;
  const drainCutter = makeCylinder(p.drainHole / 2, p.wall + 2, [-p.bodyLength / 2 - 1, 0, drainZ], [1, 0, 0]);

  // The two flanges are the same plate: build it once and stack a copy above the seam.
  const lowerFlange = flange(p, seam - p.flangeThickness);
  const parts = [
    { shape: shellHalf(p, 0, seam, [drainCutter]), name: "lower_housing", color: "#5d6d7e" },
    { shape: shellHalf(p, seam, p.height, []), name: "cover", color: "#85929e" },
    { shape: lowerFlange, name: "lower_flange", color: "#4d5b69" },
    { shape: lowerFlange.clone().translate([0, 0, p.flangeThickness]), name: "cover_flange", color: "#6c7a89" },
  ];

  // Bearing bosses: thick tubes on both side walls, centred on the seam so each bore is split in two.
  const bossLength = (p.flangeWidth - p.bodyWidth) / 2 + 2;
  for (const s of shaftPositions(p)) {
    const bossR = s.bore / 2 + p.bossWall;
    const tube = drawCircle(bossR).cut(drawCircle(s.bore / 2)).translate(s.x, seam).sketchOnPlane("XZ").extrude(bossLength);
    for (const side of [-1, 1]) {
      const y0 = side > 0 ? p.bodyWidth / 2 - 2 : -p.flangeWidth / 2;
      parts.push({ shape: tube.clone().translate([0, y0 + bossLength, 0]), name: "bearing_boss", color: "#85929e" });
      // A rib under each boss carries the shaft load down into the base.
      parts.push({
        shape: makeBox([s.x - p.ribThickness / 2, y0, 0], [s.x + p.ribThickness / 2, y0 + bossLength, seam - bossR + 4]),
        name: "rib",
        color: "#4d5b69",
      });
    }
  }

  return parts;
};
