const { makeBox, drawRectangle, drawCircle, draw } = replicad;

const defaultParams = {
  servoLength: 41,
  servoWidth: 21,
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

const main = (r, p) => {
  const t = p.thickness;
  const inner = p.servoLength / 2 + 0.5;
  const outer = inner + t;
  const halfD = p.cradleDepth / 2;

  // The U, drawn as its side profile and extruded across the servo's width.
  const profile = drawRectangle(2 * outer, t)
    .translate(0, t / 2)
    .fuse(drawRectangle(t, p.wallHeight).translate(-inner - t / 2, p.wallHeight / 2))
    .fuse(drawRectangle(t, p.wallHeight).translate(inner + t / 2, p.wallHeight / 2));
  let cradle = profile.sketchOnPlane("XZ", [0, halfD, 0]).extrude(p.cradleDepth);
  // Relief in one wall for the servo lead, and two holes in the floor to bolt the bracket down.
  cradle = cradle.cut(makeBox([inner - 1, -p.notchWidth / 2, t], [outer + 1, p.notchWidth / 2, t + p.notchHeight]));
  const floorHoles = drawCircle(p.mountHole / 2)
    .translate(-inner / 2, 0)
    .fuse(drawCircle(p.mountHole / 2).translate(inner / 2, 0))
    .sketchOnPlane("XY", [0, 0, -1])
    .extrude(t + 2);
  cradle = cradle.cut(floorHoles);

  const parts = [{ shape: cradle, name: "u_cradle", color: "#3d4f6b" }];
  for (const side of [-1, 1]) {
    let ear = drawRectangle(p.earLength + 1, p.cradleDepth).translate(side * (outer + (p.earLength - 1) / 2), 0);
    parts.push({ shape: ear.sketchOnPlane("XY", [0, 0, p.wallHeight - t]).extrude(t), name: "side_ear", color: "#4f6487" });

    // Gusset under each ear, tying it back into the wall.
    const x0 = side * (outer - 1);
    const x1 = side * (outer + p.earLength - 2);
    const rib = draw([x0, p.wallHeight - t + 0.5])
      .lineTo([x1, p.wallHeight - t + 0.5])
      .lineTo([x0, p.wallHeight - t - p.earLength])
      .close()
      .sketchOnPlane("XZ", [0, t / 2, 0])
      .extrude(t);
    parts.push({ shape: rib, name: "stiffening_rib", color: "#2f3e56" });
  }
  return parts;
};
