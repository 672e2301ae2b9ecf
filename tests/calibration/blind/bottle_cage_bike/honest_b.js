// Honest: one fused cage - flat slotted mounting spine, two C-hoops (mid arm + rolled top lip), round-rod front ribs and a U-shaped toe stop with an upturned front tab
// Bottle axis = Z at x = y = 0; mounting spine on the -Y side, open front towards +Y. Angles from +Y towards +X.
const { draw, drawRoundedRectangle, makeCylinder } = replicad;

const defaultParams = {
  bottleDiameter: 74,
  gap: 0.5,
  hoop: 3,                 // radial thickness of hoops
  frontHalfAngle: 55,      // half-angle of the open front
  spineWidth: 18, spineThickness: 3.5, spineHeight: 146, spineRadius: 8,
  holeSpacing: 64, holeZ: 45, hole: 5.5, slotLength: 40, slotWidth: 7,
  armZ: 72, armH: 9,
  lipZ: 128,
  rodDiameter: 4.5,
  stopThickness: 3, stopInner: 22, tabHeight: 6,
};

const rad = (d) => (d * Math.PI) / 180;
const P = (r, a) => [r * Math.sin(rad(a)), r * Math.cos(rad(a))];
const wedge = (r1, r2, a1, a2, z0, h) =>
  draw(P(r1, a1)).lineTo(P(r2, a1)).threePointsArcTo(P(r2, a2), P(r2, (a1 + a2) / 2))
    .lineTo(P(r1, a2)).threePointsArcTo(P(r1, a1), P(r1, (a1 + a2) / 2)).close()
    .sketchOnPlane("XY", z0).extrude(h);

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const ri = p.bottleDiameter / 2 + p.gap, ro = ri + p.hoop;
  const a0 = p.frontHalfAngle;
  const yBack = -ri - 2; // spine front face; hoops (outer r = ro) overlap into it so everything fuses

  // flat spine with rounded ends, two bolt holes 64 mm apart and a lightening slot between them
  let spine = drawRoundedRectangle(p.spineWidth, p.spineHeight, p.spineRadius)
    .translate(0, p.spineHeight / 2)
    .sketchOnPlane("XZ", -yBack)          // XZ plane normal is -Y; this puts the sketch at y = yBack
    .extrude(p.spineThickness);
  const h1 = p.holeZ, h2 = p.holeZ + p.holeSpacing;
  for (const z of [h1, h2]) spine = spine.cut(makeCylinder(p.hole / 2, 30, [0, 0, z], [0, -1, 0]));
  spine = spine.cut(
    drawRoundedRectangle(p.slotWidth, p.slotLength, p.slotWidth / 2 - 0.2).translate(0, (h1 + h2) / 2)
      .sketchOnPlane("XZ", -yBack + 1).extrude(p.spineThickness + 2)
  );

  // mid-height C-hoop (side arms)
  let cage = wedge(ri, ro, a0, 360 - a0, p.armZ, p.armH);

  // top lip: hoop whose upper edge rolls inward over the bottle shoulder
  const lipProfile = draw([ri, p.lipZ]).lineTo([ro, p.lipZ]).lineTo([ro, p.lipZ + 12])
    .threePointsArcTo([ri - 4, p.lipZ + 14], [ri - 1, p.lipZ + 17])
    .lineTo([ri - 4, p.lipZ + 12]).lineTo([ri, p.lipZ + 9]).close();
  const lip = lipProfile.sketchOnPlane("XZ").revolve([0, 0, 1]).intersect(wedge(0.01, ro + 5, a0, 360 - a0, p.lipZ - 1, 25));
  cage = cage.fuse(lip);

  // U-shaped stop under the bottle, with a small upturned tab at each front tip
  cage = cage.fuse(wedge(p.stopInner, ro, a0, 360 - a0, 0, p.stopThickness));
  for (const a of [a0, 360 - a0 - 8]) cage = cage.fuse(wedge(ri, ro, a, a + 8, p.stopThickness - 0.1, p.tabHeight));

  // round-rod ribs at the hoop tips, from the stop to the lip, plus one at the back
  const rc = (ri + ro) / 2;
  for (const a of [a0 + 3, 360 - a0 - 3]) {
    const [x, y] = P(rc, a);
    cage = cage.fuse(makeCylinder(p.rodDiameter / 2, p.lipZ + 1, [x, y, 0.5], [0, 0, 1]));
  }

  cage = cage.fuse(spine);
  return [{ shape: cage, name: "bottle cage", color: "#2b2b2b" }];
};
