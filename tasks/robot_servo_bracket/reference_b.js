// Servo bracket sized to a real standard servo (40.4 x 20 mm body, 49.5 x 10 mm flange holes), as
// 2 mm bent sheet: a U with radiused bends, a rounded cable notch at one wall's foot, flat ears
// folded outward on the wall tops under the servo's flange, and a fillet-shaped gusset under each.
const { draw, drawCircle, drawRoundedRectangle, makeCompound } = replicad;

const defaultParams = {
  servoLength: 40.4,
  servoWidth: 20,
  flangeHeight: 26.5, // servo flange underside above the servo's base
  holeSpacingX: 49.5, // flange screw pattern
  holeSpacingY: 10,
  screwHole: 2.6, // clearance for the servo's M2.5 screws
  sheet: 2,
  bendRadius: 1, // inside radius of the floor-to-wall bends
  endClearance: 0.05, // each side, between the servo's ends and the walls
  sideMargin: 2, // the cradle runs this much past the servo's sides
  earLength: 10,
  gusset: 9, // gusset leg length under the ear and down the wall
  gussetSag: 1.4, // how far its free edge curves in
  notchWidth: 9,
  notchHeight: 7,
  baseHole: 3.4, // M3 holes to bolt the bracket down
  baseHoleSpacing: 16,
};

// The U section (X-Z) with radiused bends: inner face at +-inner, outer at +-outer, walls to h.
const uSection = (inner, outer, h, t, ri) => {
  const ro = ri + t;
  const c = Math.SQRT1_2;
  return draw([-outer, h])
    .lineTo([-outer, ro])
    .threePointsArcTo([-outer + ro, 0], [-outer + ro - ro * c, ro - ro * c])
    .lineTo([outer - ro, 0])
    .threePointsArcTo([outer, ro], [outer - ro + ro * c, ro - ro * c])
    .lineTo([outer, h])
    .lineTo([inner, h])
    .lineTo([inner, t + ri])
    .threePointsArcTo([inner - ri, t], [inner - ri + ri * c, t + ri - ri * c])
    .lineTo([-inner + ri, t])
    .threePointsArcTo([-inner, t + ri], [-inner + ri - ri * c, t + ri - ri * c])
    .close();
};

const cradle = (p, inner, outer, depth) => {
  const body = uSection(inner, outer, p.flangeHeight, p.sheet, p.bendRadius)
    .sketchOnPlane("XZ", [0, depth / 2, 0])
    .extrude(depth);
  // Cable notch: an arch through the +X wall just above the bend, where a servo's lead leaves the case.
  const w = p.notchWidth;
  const z0 = p.sheet + p.bendRadius;
  const z1 = z0 + p.notchHeight;
  const notch = draw([-w / 2, z0])
    .lineTo([w / 2, z0])
    .lineTo([w / 2, z1 - w / 2])
    .threePointsArcTo([-w / 2, z1 - w / 2], [0, z1])
    .close()
    .sketchOnPlane("YZ", [inner - 1, 0, 0])
    .extrude(outer - inner + 2);
  const baseHoles = [-1, 1].map((s) =>
    drawCircle(p.baseHole / 2)
      .translate((s * p.baseHoleSpacing) / 2, 0)
      .sketchOnPlane("XY", [0, 0, -1])
      .extrude(p.sheet + 2),
  );
  return body.cut(makeCompound([notch, ...baseHoles]));
};

// Flat ear lying on one wall's top and reaching outward, with the two flange screw holes.
const ear = (p, side, inner, outer, depth) => {
  const x0 = inner;
  const x1 = outer + p.earLength;
  let outline = drawRoundedRectangle(x1 - x0, depth, 2).translate((x0 + x1) / 2, 0);
  for (const sy of [-1, 1]) {
    outline = outline.cut(drawCircle(p.screwHole / 2).translate(p.holeSpacingX / 2, (sy * p.holeSpacingY) / 2));
  }
  const shape = outline.sketchOnPlane("XY", [0, 0, p.flangeHeight]).extrude(p.sheet);
  return side < 0 ? shape.mirror("YZ") : shape;
};

// Gusset between the ear's underside and the wall's outer face, with a concave fillet edge; it sits
// between the two screw holes.
const gusset = (p, side, outer) => {
  const L = p.gusset;
  const h = p.flangeHeight;
  // A shallow concave hypotenuse: lighter and kinder to hands than a straight one.
  const shape = draw([outer, h])
    .lineTo([outer + L, h])
    .sagittaArcTo([outer, h - L], -p.gussetSag)
    .close()
    .sketchOnPlane("XZ", [0, p.sheet / 2, 0])
    .extrude(p.sheet);
  return side < 0 ? shape.mirror("YZ") : shape;
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const inner = p.servoLength / 2 + p.endClearance;
  const outer = inner + p.sheet;
  const depth = p.servoWidth + 2 * p.sideMargin;
  const parts = [{ shape: cradle(p, inner, outer, depth), name: "u cradle", color: "#3d4f6b" }];
  for (const side of [-1, 1]) {
    parts.push({ shape: ear(p, side, inner, outer, depth), name: "side ear", color: "#4f6487" });
    parts.push({ shape: gusset(p, side, outer), name: "stiffening rib", color: "#2f3e56" });
  }
  return parts;
};
