// Butt hinge lying open, built along X: each leaf is a plate with only its outer corners rounded,
// its inner edge hollowed to the barrel's curve so it seats on its knuckles; screw holes are
// staggered and countersunk; a headed pin runs through all five knuckles.
const { drawCircle, drawRectangle, draw, makeCylinder, makeCompound } = replicad;

const defaultParams = {
  length: 97, // knuckle stack and leaves; the pin heads stand out past it
  leafWidth: 34, // from the barrel axis to the outer edge
  leafThickness: 2.8,
  seatEdge: 2.6, // where the leaf's inner edge starts, from the axis (inside the barrel radius)
  barrelDiameter: 11.5,
  pinDiameter: 4,
  headDiameter: 8,
  headLength: 1.5,
  knuckles: 5,
  knuckleGap: 0.4,
  clearance: 0.6, // radial room between a leaf and the other leaf's knuckles
  cornerRadius: 6,
  screwHole: 4.2,
  countersink: 8.4,
  innerRow: 13, // distance from the axis of the middle hole
  outerRow: 23, // distance from the axis of the two end holes
};

// Leaf outline in X-Y on one side (side = -1 or +1): a rectangle with its two outer corners rounded.
const leafOutline = (p, side) => {
  const y0 = side * p.seatEdge;
  const y1 = side * p.leafWidth;
  const x = p.length / 2;
  const rc = p.cornerRadius;
  return draw([-x, y0])
    .lineTo([x, y0])
    .lineTo([x, y1 - side * rc])
    .tangentArcTo([x - rc, y1])
    .lineTo([-x + rc, y1])
    .tangentArcTo([-x, y1 - side * rc])
    .close();
};

// 90-degree countersink cone, apex down, its rim at Z = 0 (a little oversize above so the cut is clean).
const countersinkCone = (p) => {
  const rim = p.countersink / 2;
  return draw([0, -rim])
    .lineTo([rim + 1, 1])
    .lineTo([0, 1])
    .close()
    .sketchOnPlane("XZ")
    .revolve([0, 0, 1]);
};

// X span of knuckle i, leaving half a gap to each neighbour.
const knuckleSpan = (p, i) => {
  const pitch = p.length / p.knuckles;
  const x0 = -p.length / 2 + i * pitch + (i > 0 ? p.knuckleGap / 2 : 0);
  const x1 = -p.length / 2 + (i + 1) * pitch - (i < p.knuckles - 1 ? p.knuckleGap / 2 : 0);
  return [x0, x1];
};

const leaf = (p, side, own, sinkCone) => {
  const rb = p.barrelDiameter / 2;
  let outline = leafOutline(p, side);
  // Clear the other leaf's knuckles, with the axial gap and some radial room.
  for (let i = 0; i < p.knuckles; i++) {
    if (own(i)) continue;
    const [x0, x1] = knuckleSpan(p, i);
    const reach = rb + p.clearance;
    outline = outline.cut(drawRectangle(x1 - x0 + 2 * p.knuckleGap, reach).translate((x0 + x1) / 2, (side * reach) / 2));
  }
  // Staggered holes: outer, inner, outer along the leaf, so the screws do not split one grain line.
  const holes = [-1, 0, 1].map((k) => [(k * p.length) / 3, side * (k === 0 ? p.innerRow : p.outerRow)]);
  for (const [x, y] of holes) outline = outline.cut(drawCircle(p.screwHole / 2).translate(x, y));
  // The inner edge is hollowed to the barrel so it seats on the knuckles face to face.
  const seat = makeCylinder(rb, p.length + 2, [-p.length / 2 - 1, 0, rb], [1, 0, 0]);
  const sinks = holes.map(([x, y]) => sinkCone.clone().translate([x, y, p.leafThickness]));
  return outline.sketchOnPlane("XY").extrude(p.leafThickness).cut(makeCompound([seat, ...sinks]));
};

const knuckle = (p, i) => {
  const [x0, x1] = knuckleSpan(p, i);
  return drawCircle(p.barrelDiameter / 2)
    .cut(drawCircle(p.pinDiameter / 2))
    .sketchOnPlane("YZ", [x0, 0, p.barrelDiameter / 2])
    .extrude(x1 - x0);
};

// Pin with a button head at each end bearing on the end knuckles, so it cannot walk out.
const headedPin = (p) => {
  const z = p.barrelDiameter / 2;
  const x = p.length / 2;
  return makeCylinder(p.pinDiameter / 2, p.length, [-x, 0, z], [1, 0, 0])
    .fuse(makeCylinder(p.headDiameter / 2, p.headLength, [x, 0, z], [1, 0, 0]))
    .fuse(makeCylinder(p.headDiameter / 2, p.headLength, [-x - p.headLength, 0, z], [1, 0, 0]));
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const parts = [];
  const sinkCone = countersinkCone(p);
  for (const side of [-1, 1]) {
    // The left leaf (-Y) carries the three end-and-middle knuckles, the right leaf the two between.
    const own = (i) => (i % 2 === 0) === side < 0;
    parts.push({ shape: leaf(p, side, own, sinkCone), name: side < 0 ? "leaf left" : "leaf right", color: "#b5a642" });
    for (let i = 0; i < p.knuckles; i++) {
      if (own(i)) parts.push({ shape: knuckle(p, i), name: "knuckle", color: "#c9b955" });
    }
  }
  parts.push({ shape: headedPin(p), name: "center pin", color: "#8a8a8a" });
  return parts;
};
