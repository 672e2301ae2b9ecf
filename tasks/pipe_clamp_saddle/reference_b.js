// Saddle clamp for an 80 mm pipe along Y: a bonded liner of the pipe's own radius, a half-ring strap
// over it, side flanges whose inner edges are cut to the strap's curve, and three D-section ribs
// revolved onto the strap's outside that run down to stand on the flanges.
const { drawCircle, drawRectangle, draw, makeCylinder, makeBox } = replicad;

const defaultParams = {
  pipeDiameter: 80,
  linerThickness: 3,
  strapThickness: 6,
  strapWidth: 44,
  flangeReach: 31, // from the strap's outside to the flange's outer end
  flangeWidth: 68, // along the pipe, wider than the strap to spread the bolt load
  flangeThickness: 8,
  boltHole: 11, // M10 clearance
  ribRadius: 4, // half-round section
  ribCount: 3,
  ribPitch: 13,
};

// Upper half of a ring about the Y axis, from radius inner to outer, width w centred on Y = 0.
const halfRing = (inner, outer, w) =>
  drawCircle(outer)
    .cut(drawCircle(inner))
    .cut(drawRectangle(4 * outer, 2 * outer).translate(0, -outer))
    .sketchOnPlane("XZ", [0, w / 2, 0])
    .extrude(w);

// A flange on one side, drawn as its X-Z section and run along the pipe: its inner end is the
// strap's outer arc, so it seats against the strap face to face; then the bolt hole.
const sideFlange = (p, side, ro) => {
  const t = p.flangeThickness;
  const xSeat = Math.sqrt(ro * ro - t * t); // where the strap's outside crosses the flange top
  const x1 = ro + p.flangeReach;
  const section = draw([ro, 0])
    .lineTo([x1, 0])
    .lineTo([x1, t])
    .lineTo([xSeat, t])
    .threePointsArcTo([ro, 0], [Math.sqrt(ro * ro - t * t / 4), t / 2])
    .close();
  const holeX = ro + p.flangeReach / 2 + 1.5; // a little outboard, clear of the rib feet
  const flange = section
    .sketchOnPlane("XZ", [0, p.flangeWidth / 2, 0])
    .extrude(p.flangeWidth)
    .cut(makeCylinder(p.boltHole / 2, t + 2, [holeX, 0, -1], [0, 0, 1]));
  return side < 0 ? flange.mirror("YZ") : flange;
};

// A rib: a half-round section whose flat side lies on the strap's outer cylinder, swept over the
// crown by revolving about the pipe axis, then trimmed level with the flange tops to stand on them.
const rib = (p, y, ro) => {
  const rr = p.ribRadius;
  const section = draw([ro, y - rr])
    .threePointsArcTo([ro, y + rr], [ro + rr, y])
    .close();
  const band = section.sketchOnPlane("XY").revolve([0, 1, 0], { angle: 180 }).rotate(180, [0, 0, 0], [0, 1, 0]);
  const reach = ro + rr + 1;
  return band.cut(makeBox([-reach, y - rr - 1, -reach], [reach, y + rr + 1, p.flangeThickness]));
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const rp = p.pipeDiameter / 2;
  const ri = rp + p.linerThickness;
  const ro = ri + p.strapThickness;
  const parts = [
    { shape: halfRing(ri, ro, p.strapWidth), name: "saddle", color: "#8f969c" },
    { shape: halfRing(rp, ri, p.strapWidth), name: "pipe contact liner", color: "#2b2b2b" },
  ];
  for (const side of [-1, 1]) parts.push({ shape: sideFlange(p, side, ro), name: "side flange", color: "#7a8187" });
  for (let i = 0; i < p.ribCount; i++) {
    const y = (i - (p.ribCount - 1) / 2) * p.ribPitch;
    parts.push({ shape: rib(p, y, ro), name: "rib", color: "#a3aab0" });
  }
  return parts;
};
