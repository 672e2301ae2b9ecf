const { makeBox, makeCylinder, drawRoundedRectangle, drawCircle } = replicad;

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

const alongY = (radius, length, x, z) => makeCylinder(radius, length, [x, -length / 2, z], [0, 1, 0]);

// The housing is modelled whole, then split at the seam into a base and a removable cover.
const wholeHousing = (p) => {
  const seam = p.seamHeight;
  const body = drawRoundedRectangle(p.bodyLength, p.bodyWidth, p.cornerRadius).sketchOnPlane("XY").extrude(p.height);

  let flangeOutline = drawRoundedRectangle(p.flangeLength, p.flangeWidth, p.cornerRadius);
  const bx = p.flangeLength / 2 - 12;
  const by = p.flangeWidth / 2 - 12;
  for (const [x, y] of [[-bx, -by], [0, -by], [bx, -by], [-bx, by], [0, by], [bx, by], [-bx, 0], [bx, 0]]) {
    flangeOutline = flangeOutline.cut(drawCircle(p.boltHole / 2).translate(x, y));
  }
  const flange = flangeOutline.sketchOnPlane("XY", [0, 0, seam - p.flangeThickness]).extrude(2 * p.flangeThickness);

  const shafts = shaftPositions(p);
  let housing = body.fuse(flange);
  for (const s of shafts) {
    const bossR = s.bore / 2 + p.bossWall;
    housing = housing.fuse(alongY(bossR, p.flangeWidth, s.x, seam));
  }

  housing = housing.cut(makeBox([-p.bodyLength / 2 + p.wall, -p.bodyWidth / 2 + p.wall, p.wall], [p.bodyLength / 2 - p.wall, p.bodyWidth / 2 - p.wall, p.height - p.wall]));
  for (const s of shafts) housing = housing.cut(alongY(s.bore / 2, p.flangeWidth + 2, s.x, seam));
  return housing.cut(makeCylinder(p.drainHole / 2, p.wall + 2, [-p.bodyLength / 2 - 1, 0, drainHeight(p)], [1, 0, 0]));
};

const drainHeight = (p) => p.wall + p.drainDiameter / 2;

const shaftPositions = (p) => [
  { x: -p.shaftSpacing / 2, bore: p.outputBore },
  { x: p.shaftSpacing / 2, bore: p.inputBore },
];

const main = (r, p) => {
  const housing = wholeHousing(p);
  const span = 2 * p.flangeLength;
  const base = housing.intersect(makeBox([-span, -span, -1], [span, span, p.seamHeight]));
  const cover = housing.intersect(makeBox([-span, -span, p.seamHeight], [span, span, p.height + 1]));
  const parts = [
    { shape: base, name: "lower_housing", color: "#5d6d7e" },
    { shape: cover, name: "cover", color: "#85929e" },
  ];

  // Ribs under each bearing boss carry the shaft loads down into the base, on both side walls.
  const ribDepth = (p.flangeWidth - p.bodyWidth) / 2;
  for (const s of shaftPositions(p)) {
    const ribTop = p.seamHeight - s.bore / 2 - p.bossWall + 4;
    for (const side of [-1, 1]) {
      const y0 = side > 0 ? p.bodyWidth / 2 - 1 : -p.flangeWidth / 2;
      parts.push({
        shape: makeBox([s.x - p.ribThickness / 2, y0, 0], [s.x + p.ribThickness / 2, y0 + ribDepth + 1, ribTop]),
        name: "rib",
        color: "#4d5b69",
      });
    }
  }

  const drainLength = 14;
  const drain = drawCircle(p.drainDiameter / 2)
    .cut(drawCircle(p.drainHole / 2))
    .sketchOnPlane("YZ", [-p.bodyLength / 2 - drainLength + 1, 0, drainHeight(p)])
    .extrude(drainLength);
  parts.push({ shape: drain, name: "oil_drain_boss", color: "#4d5b69" });
  return parts;
};
