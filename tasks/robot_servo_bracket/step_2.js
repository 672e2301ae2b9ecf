const { makeBox, drawRectangle, drawCircle, draw } = replicad;

const defaultParams = {
  servoLength: 41,
  wallHeight: 48,
  thickness: 3,
  cradleDepth: 36,
  earLength: 12,
  screwDiameter: 3,
  screwSpacing: 10,
  notchWidth: 10,
  notchHeight: 8,
  mountHole: 4,
};

const SIDES = [-1, 1];

// The U, drawn as its side profile and extruded across the servo's width, with a cable notch at the
// foot of one wall and two holes in the floor to bolt the bracket down.
const cradle = (p, inner, outer) => {
  const t = p.thickness;
  let profile = drawRectangle(2 * outer, t).translate(0, t / 2);
  for (const side of SIDES) profile = profile.fuse(drawRectangle(t, p.wallHeight).translate(side * (inner + t / 2), p.wallHeight / 2));
  const notch = makeBox([inner - 1, -p.notchWidth / 2, t], [outer + 1, p.notchWidth / 2, t + p.notchHeight]);
  const floorHoles = drawCircle(p.mountHole / 2)
    .translate(-inner / 2, 0)
    .fuse(drawCircle(p.mountHole / 2).translate(inner / 2, 0))
    .sketchOnPlane("XY", [0, 0, -1])
    .extrude(t + 2);
  return profile.sketchOnPlane("XZ", [0, p.cradleDepth / 2, 0]).extrude(p.cradleDepth).cut(notch).cut(floorHoles);
};

// An ear folded outward at the top of one wall, with two screw holes for the servo's flange.
const ear = (p, outer, side) => {
  let outline = drawRectangle(p.earLength, p.cradleDepth).translate(side * (outer + p.earLength / 2), 0);
  return outline.sketchOnPlane("XY", [0, 0, p.wallHeight - p.thickness]).extrude(p.thickness);
};

// A gusset under the ear, tying it back into the wall.
const rib = (p, outer, side) => {
  const top = p.wallHeight - p.thickness;
  const x0 = side * outer;
  return draw([x0, top])
    .lineTo([side * (outer + p.earLength - 2), top])
    .lineTo([x0, top - p.earLength])
    .close()
    .sketchOnPlane("XZ", [0, p.thickness / 2, 0])
    .extrude(p.thickness);
};

const main = (r, p) => {
  const inner = p.servoLength / 2 + 0.5;
  const outer = inner + p.thickness;
  const parts = [{ shape: cradle(p, inner, outer), name: "u_cradle", color: "#3d4f6b" }];
  for (const side of SIDES) {
    parts.push({ shape: ear(p, outer, side), name: "side_ear", color: "#4f6487" });
    parts.push({ shape: rib(p, outer, side), name: "stiffening_rib", color: "#2f3e56" });
  }
  return parts;
};
