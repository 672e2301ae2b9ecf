const { makeBox, drawCircle, drawRoundedRectangle, draw } = replicad;

const defaultParams = {
  bottleDiameter: 74,
  height: 150,
  spineWidth: 18,
  spineThickness: 4,
  boltSpacing: 64,
  boltHole: 5.5,
  armWall: 4,
  armHeight: 8,
  armSweepDeg: 145,
  lowerArmZ: 45,
  upperArmZ: 118,
  stopThickness: 4,
  ribWidth: 5,
};

const at = (radius, deg) => [radius * Math.cos((deg * Math.PI) / 180), radius * Math.sin((deg * Math.PI) / 180)];

// A band of a ring around the bottle axis between two angles (degrees, 0 = +X, -90 = the frame side).
const ringSector = (inner, outer, fromDeg, toDeg) => {
  const mid = (fromDeg + toDeg) / 2;
  return draw(at(inner, fromDeg))
    .lineTo(at(outer, fromDeg))
    .threePointsArcTo(at(outer, toDeg), at(outer, mid))
    .lineTo(at(inner, toDeg))
    .threePointsArcTo(at(inner, fromDeg), at(inner, mid))
    .close();
};

const main = (r, p) => {
  const R = p.bottleDiameter / 2;
  const t = p.spineThickness;
  const centreY = t + R;

  let spineOutline = drawRoundedRectangle(p.spineWidth, p.height, p.spineWidth / 2 - 1).translate(0, p.height / 2);
  const boltZ = p.height / 2;
  for (const s of [-1, 1]) spineOutline = spineOutline.cut(drawCircle(p.boltHole / 2).translate(0, boltZ + (s * p.boltSpacing) / 2));
  const spine = spineOutline.sketchOnPlane("XZ", [0, t, 0]).extrude(t);

  const band = (drawing, z, height) => drawing.translate(0, centreY).sketchOnPlane("XY", [0, 0, z]).extrude(height);
  const back = -90;
  const parts = [{ shape: spine, name: "backbone", color: "#1f1f1f" }];
  for (const side of [-1, 1]) {
    const sector = ringSector(R, R + p.armWall, Math.min(back, back + side * p.armSweepDeg), Math.max(back, back + side * p.armSweepDeg));
    for (const z of [p.lowerArmZ, p.upperArmZ]) parts.push({ shape: band(sector, z, p.armHeight), name: "side_arm", color: "#2e2e2e" });
    // A vertical rib at the side of the bottle ties the two arms and the bottle stop together.
    const rx = side * (R + p.armWall / 2);
    parts.push({
      shape: makeBox([rx - p.armWall / 2, centreY - p.ribWidth / 2, 0], [rx + p.armWall / 2, centreY + p.ribWidth / 2, p.upperArmZ + p.armHeight]),
      name: "rib",
      color: "#2e2e2e",
    });
  }

  // The bottle stands on a cupped stop around the back half of its base, joined to the spine and ribs.
  parts.push({ shape: band(ringSector(R * 0.5, R + p.armWall, back - 95, back + 95), 0, p.stopThickness), name: "bottle_stop", color: "#3a3a3a" });

  return parts;
};
