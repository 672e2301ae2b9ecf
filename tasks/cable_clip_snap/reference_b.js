// Snap-in cable clip, second construction: a U-shaped saddle block sits on the pad, and two
// tapered snap arms rise straight from the pad beside it with a flex gap, so each arm bends
// from its root on the pad instead of being tied to the saddle.
const { draw, drawCircle, drawRoundedRectangle, drawRectangle } = replicad;

const defaultParams = {
  padLength: 45,
  padWidth: 18,
  padThickness: 3,
  cornerRadius: 5,
  screwHole: 4.5,
  screwInset: 8,
  cableDiameter: 11,
  clearance: 0.2,
  saddleFloor: 1.2,
  saddleWall: 1.8,
  flexGap: 0.8,
  armRoot: 2.8,
  armTip: 2,
  catchOverlap: 1.4,
  height: 21.5,
  clipWidth: 12,
  edgeMargin: 1,
};

// Extrude an X-Z profile symmetrically across Y by the clip width.
const acrossY = (drawing, width) => drawing.sketchOnPlane("XZ", [0, width / 2, 0]).extrude(width);

const layout = (p) => {
  const R = p.cableDiameter / 2 + p.clearance;
  const armInnerOffset = R + p.saddleWall + p.flexGap;
  // Channel centre pushed toward the end away from the screw, leaving a margin past the arm root.
  const cx = p.padLength / 2 - armInnerOffset - p.armRoot - p.edgeMargin;
  const cz = p.padThickness + p.saddleFloor + R;
  return { R, cx, cz, armInnerOffset };
};

// Flat pad with rounded corners and the screw hole at the end opposite the cradle.
const basePad = (p) =>
  drawRoundedRectangle(p.padLength, p.padWidth, p.cornerRadius)
    .cut(drawCircle(p.screwHole / 2).translate(-p.padLength / 2 + p.screwInset, 0))
    .sketchOnPlane("XY")
    .extrude(p.padThickness);

// Saddle: a block standing on the pad with the half-round trough the cable lies in; its walls
// rise 1 mm past the cable's centre line so the cable sits a little below the rim.
const saddle = (p, g) => {
  const half = g.R + p.saddleWall;
  const top = g.cz + 1;
  return acrossY(
    drawRectangle(2 * half, top - p.padThickness)
      .translate(g.cx, (top + p.padThickness) / 2)
      .cut(drawCircle(g.R).translate(g.cx, g.cz)),
    p.clipWidth,
  );
};

// One arm, described for the -X side and mirrored about the channel centre for the other.
// The catch's flat underside sits just above the cable; its top is a long lead-in ramp that the
// cable wedges the arm outward on as it is pressed in.
const snapArm = (p, g, side) => {
  const x = (u) => g.cx + side * u; // u measured outward from the channel centre
  const inner = g.armInnerOffset;
  const catchZ = g.cz + g.R + p.clearance;
  const tip = g.R - p.catchOverlap;
  return acrossY(
    draw([x(inner + p.armRoot), p.padThickness])
      .lineTo([x(inner), p.padThickness])
      .lineTo([x(inner), catchZ])
      .lineTo([x(tip), catchZ])
      .lineTo([x(tip), catchZ + 0.6])
      .lineTo([x(inner), p.height])
      .lineTo([x(inner + p.armTip), p.height])
      .close(),
    p.clipWidth,
  );
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const g = layout(p);
  return [
    { shape: basePad(p), name: "base pad", color: "#eeeeee" },
    { shape: saddle(p, g), name: "cable cradle", color: "#dcdcdc" },
    { shape: snapArm(p, g, -1), name: "snap arm", color: "#cfcfcf" },
    { shape: snapArm(p, g, 1), name: "snap arm", color: "#cfcfcf" },
  ];
};
