const { makeCompound, drawCircle, drawRoundedRectangle, draw } = replicad;

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

  const spineOutline = drawRoundedRectangle(p.spineWidth, p.height, p.spineWidth / 2 - 1).translate(0, p.height / 2);
  // The strip without its bolt holes: the bands that reach back to it are trimmed by this, so they end on
  // the strip's faces instead of running through it (and nothing is left standing inside a bolt hole).
  const spineBlank = spineOutline.sketchOnPlane("XZ", [0, t, 0]).extrude(t);
  const boltZ = p.height / 2;
  let holedOutline = spineOutline;
  for (const s of [-1, 1]) holedOutline = holedOutline.cut(drawCircle(p.boltHole / 2).translate(0, boltZ + (s * p.boltSpacing) / 2));
  const spine = holedOutline.sketchOnPlane("XZ", [0, t, 0]).extrude(t);

  const band = (drawing, z, height) => drawing.translate(0, centreY).sketchOnPlane("XY", [0, 0, z]).extrude(height);
  const bandOffSpine = (drawing, z, height) => band(drawing, z, height).cut(spineBlank.clone());
  const back = -90;
  const parts = [{ shape: spine, name: "backbone", color: "#1f1f1f" }];
  for (const side of [-1, 1]) {
    const sector = ringSector(R, R + p.armWall, Math.min(back, back + side * p.armSweepDeg), Math.max(back, back + side * p.armSweepDeg));
    for (const z of [p.lowerArmZ, p.upperArmZ]) parts.push({ shape: bandOffSpine(sector, z, p.armHeight), name: "side_arm", color: "#2e2e2e" });
    // A vertical rib at the side of the bottle ties the two arms and the bottle stop together. It has the
    // arms' own cross-section, so it is built as two spans stacked between stop, lower arm and upper arm,
    // each ending on their faces rather than passing through the lower arm.
    const ribDeg = back + side * 90;
    const halfRibDeg = ((p.ribWidth / 2 / R) * 180) / Math.PI;
    const ribSector = ringSector(R, R + p.armWall, ribDeg - halfRibDeg, ribDeg + halfRibDeg);
    const lowerArmTop = p.lowerArmZ + p.armHeight;
    parts.push({
      shape: makeCompound([
        band(ribSector, p.stopThickness, p.lowerArmZ - p.stopThickness),
        band(ribSector, lowerArmTop, p.upperArmZ - lowerArmTop),
      ]),
      name: "rib",
      color: "#2e2e2e",
    });
  }

  // The bottle stands on a cupped stop around the back half of its base, joined to the spine and ribs.
  parts.push({ shape: bandOffSpine(ringSector(R * 0.5, R + p.armWall, back - 95, back + 95), 0, p.stopThickness), name: "bottle_stop", color: "#3a3a3a" });

  // Retaining lip: a band at the top of the spine that leans in over the bottle's shoulder.
  parts.push({ shape: bandOffSpine(ringSector(R - 3, R + 1, back - 35, back + 35), p.height - 10, 10), name: "retaining_lip", color: "#3a3a3a" });
  return parts;
};
