const { makeBox, makeCylinder, drawRoundedRectangle, drawCircle, drawRectangle } = replicad;

const defaultParams = {
  baseWidth: 110,
  baseDepth: 120,
  baseThickness: 8,
  supportWidth: 90,
  supportLength: 150,
  supportThickness: 6,
  tiltDeg: 25,
  hingeDiameter: 18,
  hingeOffset: 22,
  lipDepth: 16,
  lipHeight: 14,
  stopWidth: 6,
  bossDiameter: 14,
  bossHeight: 7,
  screwDiameter: 4,
};

const screwBoss = (p, x, y) =>
  drawCircle(p.bossDiameter / 2)
    .cut(drawCircle(p.screwDiameter / 2))
    .translate(x, y)
    .sketchOnPlane("XY", [0, 0, p.baseThickness])
    .extrude(p.bossHeight);

const main = (r, p) => {
  const rh = p.hingeDiameter / 2;
  const hingeY = p.hingeOffset;
  const hingeZ = p.baseThickness + rh - 1;
  const halfW = p.supportWidth / 2;
  const front = hingeY + p.supportThickness / 2;
  // Everything that tilts with the back support is built upright and turned about the hinge axis.
  const tilt = (shape) => shape.rotate(p.tiltDeg, [0, hingeY, hingeZ], [1, 0, 0]);

  const hinge = makeCylinder(rh, p.supportWidth + 10, [-halfW - 5, hingeY, hingeZ], [1, 0, 0]);
  // The barrel lies in a shallow groove of its own size in the base.
  const base = drawRoundedRectangle(p.baseWidth, p.baseDepth, 10).sketchOnPlane("XY").extrude(p.baseThickness).cut(hinge.clone());

  // The support's lower end wraps the barrel: it is trimmed by the barrel so it seats on it.
  const support = tilt(
    drawRoundedRectangle(p.supportWidth, p.supportLength, 8)
      .translate(0, hingeZ + p.supportLength / 2)
      .sketchOnPlane("XZ", [0, front, 0])
      .extrude(p.supportThickness),
  ).cut(hinge.clone());

  // The lip's ledge starts at the support's front face.
  const lipZ = hingeZ + rh;
  const ledge = drawRectangle(p.lipDepth, p.supportThickness)
    .translate(front + p.lipDepth / 2, lipZ + p.supportThickness / 2)
    .fuse(drawRectangle(p.supportThickness, p.lipHeight).translate(front + p.lipDepth - p.supportThickness / 2, lipZ + p.lipHeight / 2));
  const lip = tilt(ledge.sketchOnPlane("YZ", [-halfW, 0, 0]).extrude(p.supportWidth));

  const parts = [
    { shape: base, name: "base_plate", color: "#2f3338" },
    { shape: support, name: "back_support", color: "#4a5058" },
    { shape: lip, name: "bottom_lip", color: "#4a5058" },
  ];

  // Each stop is a cheek against the end of the lip and the side of the support, from the support's back face
  // to the lip's front.
  for (const side of [-1, 1]) {
    const x0 = side > 0 ? halfW : -halfW - p.stopWidth;
    const stop = tilt(makeBox([x0, front - p.supportThickness, lipZ], [x0 + p.stopWidth, front + p.lipDepth, lipZ + p.lipHeight * 2]));
    parts.push({ shape: stop, name: "side_stop", color: "#6a7079" });
  }

  parts.push({ shape: hinge, name: "hinge_barrel", color: "#9aa0a8" });

  const bossX = p.baseWidth / 2 - p.bossDiameter / 2 - 4;
  const bossY = p.baseDepth / 2 - p.bossDiameter / 2 - 4;
  for (const sx of [-1, 1]) {
    for (const sy of [-1, 1]) {
      parts.push({ shape: screwBoss(p, sx * bossX, sy * bossY), name: "screw_boss", color: "#9aa0a8" });
    }
  }
  return parts;
};
