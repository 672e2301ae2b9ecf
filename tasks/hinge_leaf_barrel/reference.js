const { makeCompound, makeCylinder, drawRectangle, drawRoundedRectangle, drawCircle, draw } = replicad;

const defaultParams = {
  length: 100,
  leafWidth: 32,
  leafThickness: 3,
  barrelDiameter: 11,
  pinDiameter: 4,
  knuckles: 5,
  knuckleGap: 0.5,
  screwsPerLeaf: 3,
  screwHole: 4.5,
  countersinkDiameter: 9,
  cornerRadius: 5,
};

// Countersink cutter: a cone over the screw's clearance hole, revolved about Z at the origin.
const countersink = (p) => {
  const rh = p.screwHole / 2;
  const rc = p.countersinkDiameter / 2;
  const depth = rc - rh;
  return draw([0, -1])
    .lineTo([rh, -1])
    .lineTo([rh, p.leafThickness - depth])
    .lineTo([rc, p.leafThickness])
    .lineTo([rc, p.leafThickness + 1])
    .lineTo([0, p.leafThickness + 1])
    .close()
    .sketchOnPlane("XZ")
    .revolve([0, 0, 1]);
};

const main = (r, p) => {
  const rb = p.barrelDiameter / 2;
  const pitch = p.length / p.knuckles;
  const tool = countersink(p);
  // The barrel's full round along the pin line: each leaf's inner edge is trimmed by it, so the leaf meets its
  // knuckles on their curved face instead of running into them.
  const barrelRound = makeCylinder(rb, p.length, [0, -p.length / 2, rb], [0, 1, 0]);
  const parts = [];

  for (const side of [-1, 1]) {
    // Each leaf keeps every other knuckle; the other leaf's knuckles get a clearance notch.
    const own = (i) => (i % 2 === 0) === side < 0;
    let outline = drawRoundedRectangle(p.leafWidth, p.length, p.cornerRadius).translate(side * (p.leafWidth / 2 + rb / 2), 0);
    for (let i = 0; i < p.knuckles; i++) {
      if (own(i)) continue;
      outline = outline.cut(drawRectangle(2 * rb + 1, pitch + p.knuckleGap * 2).translate(0, -p.length / 2 + pitch * (i + 0.5)));
    }
    const holePitch = p.length / p.screwsPerLeaf;
    const cutters = [];
    for (let k = 0; k < p.screwsPerLeaf; k++) {
      cutters.push(tool.clone().translate([side * (rb + p.leafWidth / 2), -p.length / 2 + holePitch * (k + 0.5), 0]));
    }
    // One cut with all the (separate) cutters together is much cheaper than one cut per hole.
    const leaf = outline.sketchOnPlane("XY").extrude(p.leafThickness).cut(makeCompound(cutters)).cut(barrelRound.clone());
    parts.push({ shape: leaf, name: side < 0 ? "leaf_left" : "leaf_right", color: "#b5a642" });

    for (let i = 0; i < p.knuckles; i++) {
      if (!own(i)) continue;
      const y0 = -p.length / 2 + pitch * i + (i > 0 ? p.knuckleGap / 2 : 0);
      const y1 = -p.length / 2 + pitch * (i + 1) - (i < p.knuckles - 1 ? p.knuckleGap / 2 : 0);
      const knuckle = drawCircle(rb)
        .cut(drawCircle(p.pinDiameter / 2))
        .sketchOnPlane("XZ", [0, y1, rb])
        .extrude(y1 - y0);
      parts.push({ shape: knuckle, name: "knuckle", color: "#c9b955" });
    }
  }
  parts.push({ shape: makeCylinder(p.pinDiameter / 2, p.length, [0, -p.length / 2, rb], [0, 1, 0]), name: "center_pin", color: "#8a8a8a" });
  // Built with the pin along Y; the hinge lies with its pin along X.
  return parts.map((part) => ({ ...part, shape: part.shape.rotate(90, [0, 0, 0], [0, 0, 1]) }));
};
