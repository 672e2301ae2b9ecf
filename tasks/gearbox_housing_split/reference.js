const { makeBox, makeCylinder, makeCompound, drawRoundedRectangle, drawCircle } = replicad;

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

const bossRadius = (p, s) => s.bore / 2 + p.bossWall;

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

// The seam flange of one half: a bolted ring round the shell's outside (it ends on the shell's walls), with
// notches of the bearing bosses' own outline where they pass, so the flange meets each boss face to face.
const flange = (p, z0) => {
  let outline = drawRoundedRectangle(p.flangeLength, p.flangeWidth, p.cornerRadius).cut(drawRoundedRectangle(p.bodyLength, p.bodyWidth, p.cornerRadius));
  const bx = p.flangeLength / 2 - 12;
  const by = p.flangeWidth / 2 - 12;
  for (const [x, y] of [[-bx, -by], [0, -by], [bx, -by], [-bx, by], [0, by], [bx, by], [-bx, 0], [bx, 0]]) {
    outline = outline.cut(drawCircle(p.boltHole / 2).translate(x, y));
  }
  const bossOutlines = shaftPositions(p).map((s) => alongY(bossRadius(p, s), -p.flangeWidth, p.flangeWidth, s.x, p.seamHeight));
  return outline.sketchOnPlane("XY", [0, 0, z0]).extrude(p.flangeThickness).cut(makeCompound(bossOutlines));
};

const main = (r, p) => {
  const seam = p.seamHeight;
  const drainZ = p.wall + p.drainDiameter / 2;
  const drainCutter = makeCylinder(p.drainHole / 2, p.wall + 2, [-p.bodyLength / 2 - 1, 0, drainZ], [1, 0, 0]);

  // The two flanges are the same plate: build it once and mirror a copy about the seam.
  const lowerFlange = flange(p, seam - p.flangeThickness);
  const parts = [
    { shape: shellHalf(p, 0, seam, [drainCutter]), name: "lower_housing", color: "#5d6d7e" },
    { shape: shellHalf(p, seam, p.height, []), name: "cover", color: "#85929e" },
    { shape: lowerFlange, name: "lower_flange", color: "#4d5b69" },
    { shape: lowerFlange.clone().mirror("XY", [0, 0, seam]), name: "cover_flange", color: "#6c7a89" },
  ];

  // Bearing bosses: thick tubes on both side walls, centred on the seam so each bore is split in two. Each
  // stands on the wall's outer face and reaches out to the flange's edge.
  const bossLength = (p.flangeWidth - p.bodyWidth) / 2;
  for (const s of shaftPositions(p)) {
    const tube = drawCircle(bossRadius(p, s)).cut(drawCircle(s.bore / 2)).translate(s.x, seam).sketchOnPlane("XZ").extrude(bossLength);
    for (const side of [-1, 1]) {
      const y0 = side > 0 ? p.bodyWidth / 2 : -p.flangeWidth / 2;
      const boss = tube.clone().translate([0, y0 + bossLength, 0]);
      parts.push({ shape: boss, name: "bearing_boss", color: "#85929e" });
      // A rib under each boss carries the shaft load down into the base: it reaches halfway into the boss
      // wall and is trimmed to the boss, so its top is a saddle on the boss's underside.
      const ribTop = seam - s.bore / 2 - p.bossWall / 2;
      parts.push({
        shape: makeBox([s.x - p.ribThickness / 2, y0, 0], [s.x + p.ribThickness / 2, y0 + bossLength, ribTop]).cut(boss.clone()),
        name: "rib",
        color: "#4d5b69",
      });
    }
  }

  // The drain boss stands on the end wall's outer face.
  const drainLength = 13;
  const drain = drawCircle(p.drainDiameter / 2)
    .cut(drawCircle(p.drainHole / 2))
    .sketchOnPlane("YZ", [-p.bodyLength / 2 - drainLength, 0, drainZ])
    .extrude(drainLength);
  parts.push({ shape: drain, name: "oil_drain_boss", color: "#4d5b69" });
  return parts;
};
