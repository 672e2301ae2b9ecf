// Bicycle bottle cage, second construction: one wide arm per side high up (above the upper
// bolt, so both bolt heads stay reachable), a horseshoe foot that reaches forward past the
// bottle's sides, and slim curved ribs at the arms' front tips dropping straight to the foot.
// Every band that meets the backbone ends in a flat tab, so it bonds to the strip face to face.
const { draw, drawCircle, drawRectangle, drawRoundedRectangle, makeCylinder } = replicad;

const defaultParams = {
  bottleDiameter: 74,
  clearance: 0.5,
  height: 150,
  spineWidth: 20,
  spineThickness: 5,
  boltSpacing: 64,
  boltHole: 5.5,
  band: 4,
  armZ: 114,
  armHeight: 14,
  armTipDeg: 20,
  ribWidthDeg: 8,
  footThickness: 4,
  footReachDeg: 35,
  footInner: 0.45,
  lipHeight: 12,
  lipHalfDeg: 35,
  lipLean: 3,
  tabHalfWidth: 9,
};

const polar = (r, deg, cy) => [r * Math.cos((deg * Math.PI) / 180), cy + r * Math.sin((deg * Math.PI) / 180)];

// An annular band around the bottle axis (centre (0, cy)) between two angles; 0° = +X, -90° = the
// frame side, +90° = the open front.
const band = (rIn, rOut, a0, a1, cy) => {
  const mid = (a0 + a1) / 2;
  return draw(polar(rIn, a0, cy))
    .lineTo(polar(rOut, a0, cy))
    .threePointsArcTo(polar(rOut, a1, cy), polar(rOut, mid, cy))
    .lineTo(polar(rIn, a1, cy))
    .threePointsArcTo(polar(rIn, a0, cy), polar(rIn, mid, cy))
    .close();
};

// A flat tab filling the gap between a band's back and the backbone's front face (y = t),
// from x0 to x1, so the band seats on the strip over an area rather than along a line.
const backTab = (x0, x1, t, rIn, cy) => drawRectangle(x1 - x0, cy - rIn + 1 - t).translate((x0 + x1) / 2, (t + cy - rIn + 1) / 2);

const layer = (drawing, z, h) => drawing.sketchOnPlane("XY", z).extrude(h);

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const R = p.bottleDiameter / 2 + p.clearance;
  const w = p.band;
  const t = p.spineThickness;
  const cy = t + R + w; // bands' outer face is tangent to the backbone's front
  const tab = p.tabHalfWidth;

  // Backbone: a round-ended strip on the frame tube with the two bottle-boss bolt holes.
  const boltZ = p.height / 2;
  let strip = drawRoundedRectangle(p.spineWidth, p.height, p.spineWidth / 2 - 1).translate(0, p.height / 2);
  for (const s of [-1, 1]) strip = strip.cut(drawCircle(p.boltHole / 2).translate(0, boltZ + (s * p.boltSpacing) / 2));
  const parts = [{ shape: strip.sketchOnPlane("XZ", [0, t, 0]).extrude(t), name: "backbone", color: "#202020" }];

  // Side arms: each wraps from the backbone round one side to just past the bottle's widest
  // point, leaving the front open; the two meet on the centre line behind the bottle.
  const arms = [
    band(R, R + w, -90, p.armTipDeg, cy).fuse(backTab(0, tab, t, R, cy)),
    band(R, R + w, 180 - p.armTipDeg, 270, cy).fuse(backTab(-tab, 0, t, R, cy)),
  ];
  for (const a of arms) parts.push({ shape: layer(a, p.armZ, p.armHeight), name: "side arm", color: "#2d2d2d" });

  // Horseshoe foot under the bottle, reaching forward past the sides to catch the ribs.
  const foot = band(R * p.footInner, R + w, -90 - 90 - p.footReachDeg, p.footReachDeg, cy).fuse(backTab(-tab, tab, t, R * p.footInner, cy));
  parts.push({ shape: layer(foot, 0, p.footThickness), name: "bottle stop", color: "#383838" });

  // Slim ribs: short arcs of the same band at each arm's front tip, from the foot up to the arm.
  const ribTop = p.armZ;
  for (const centre of [p.armTipDeg - p.ribWidthDeg / 2, 180 - p.armTipDeg + p.ribWidthDeg / 2]) {
    const rib = band(R, R + w, centre - p.ribWidthDeg / 2, centre + p.ribWidthDeg / 2, cy);
    parts.push({ shape: layer(rib, p.footThickness, ribTop - p.footThickness), name: "rib", color: "#2d2d2d" });
  }

  // Retaining lip across the back at the top, set a little inside the bottle's radius so it
  // hooks over the shoulder.
  const lip = band(R - p.lipLean, R + w, -90 - p.lipHalfDeg, -90 + p.lipHalfDeg, cy).fuse(backTab(-tab, tab, t, R - p.lipLean, cy));
  parts.push({ shape: layer(lip, p.height - p.lipHeight, p.lipHeight), name: "retaining lip", color: "#383838" });
  return parts;
};
