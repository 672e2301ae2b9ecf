const { makeBox, makeCylinder, drawRoundedRectangle, drawRectangle, drawCircle } = replicad;

const defaultParams = {
  flangeWidth: 110,
  flangeHeight: 60,
  flangeThickness: 8,
  mountHole: 6,
  mountSpacingY: 90,
  mountSpacingZ: 40,
  palmLength: 52,
  palmWidth: 64,
  palmHeight: 40,
  linkLength: 50,
  linkWidth: 10,
  linkThickness: 8,
  pivotDiameter: 16,
  pinHole: 4,
  fingerLength: 56,
  fingerThickness: 10,
  fingerOpening: 70,
  padThickness: 3,
};

// A link bar in the X-Y plane from one pivot to another, extruded between two heights.
const linkBar = (a, b, width, z0, z1) => {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  return drawRectangle(Math.hypot(dx, dy), width)
    .rotate((Math.atan2(dy, dx) * 180) / Math.PI, [0, 0])
    .translate((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
    .sketchOnPlane("XY", [0, 0, z0])
    .extrude(z1 - z0);
};

const pivotBoss = (centre, p, z0, height) =>
  drawCircle(p.pivotDiameter / 2)
    .cut(drawCircle(p.pinHole / 2))
    .translate(centre[0], centre[1])
    .sketchOnPlane("XY", [0, 0, z0])
    .extrude(height);

const main = (r, p) => {
  const zMid = p.flangeHeight / 2;
  const palmZ0 = zMid - p.palmHeight / 2;
  const palmZ1 = zMid + p.palmHeight / 2;
  const palmX1 = p.flangeThickness + p.palmLength;

  let flangeOutline = drawRoundedRectangle(p.flangeWidth, p.flangeHeight, 6).translate(0, zMid);
  for (const sy of [-1, 1]) {
    for (const sz of [-1, 1]) {
      flangeOutline = flangeOutline.cut(drawCircle(p.mountHole / 2).translate((sy * p.mountSpacingY) / 2, zMid + (sz * p.mountSpacingZ) / 2));
    }
  }
  const flange = flangeOutline.sketchOnPlane("YZ").extrude(p.flangeThickness);
  // The palm stands on the flange's front face.
  const palm = makeBox([p.flangeThickness, -p.palmWidth / 2, palmZ0], [palmX1, p.palmWidth / 2, palmZ1]);

  const parts = [
    { shape: flange, name: "mounting_flange", color: "#44474d" },
    { shape: palm, name: "palm_block", color: "#5b6068" },
  ];

  // Each finger hangs on two equal parallel links (a parallelogram), so it stays parallel as it closes.
  const rb = p.pivotDiameter / 2;
  const linkZ = [palmZ1 - p.linkThickness, palmZ1];
  for (const side of [-1, 1]) {
    const fingerY = side * (p.fingerOpening / 2 + p.fingerThickness / 2);
    const palmPivots = [[palmX1 - rb, side * (p.palmWidth / 2 - rb - 10)], [palmX1 - rb - 24, side * (p.palmWidth / 2 - rb - 10)]];
    const reachX = Math.sqrt(Math.max(1, p.linkLength ** 2 - (fingerY - palmPivots[0][1]) ** 2));
    const fingerPivots = palmPivots.map(([x]) => [x + reachX, fingerY]);
    const x0 = fingerPivots[1][0] - rb;
    const finger = makeBox([x0, fingerY - p.fingerThickness / 2, palmZ0], [x0 + p.fingerLength + 24, fingerY + p.fingerThickness / 2, linkZ[1] + p.linkThickness + 2]);
    // Each link runs pivot to pivot and is trimmed by the finger and by the bosses' full rounds, so it ends on
    // the boss's side and on the finger's inner face (and clears the neighbouring boss).
    const bossHeight = p.linkThickness + 2;
    const linkStops = [finger, ...palmPivots.map(([x, y]) => makeCylinder(rb, bossHeight, [x, y, palmZ1]))];
    for (let i = 0; i < 2; i++) {
      parts.push({ shape: pivotBoss(palmPivots[i], p, palmZ1, bossHeight), name: "pivot_boss", color: "#8b9099" });
      const link = linkBar(palmPivots[i], fingerPivots[i], p.linkWidth, linkZ[1], linkZ[1] + p.linkThickness);
      parts.push({ shape: linkStops.reduce((trimmed, stop) => trimmed.cut(stop.clone()), link), name: "linkage_bar", color: "#b7bcc4" });
    }
    parts.push({ shape: finger, name: "finger", color: "#6d737c" });
    // The pad lies on the finger's inner face.
    const padY = fingerY - side * (p.fingerThickness / 2 + p.padThickness / 2);
    const tipX = x0 + p.fingerLength + 24;
    const pad = makeBox([tipX - 30, padY - p.padThickness / 2, palmZ0 + 4], [tipX - 2, padY + p.padThickness / 2, palmZ1 - 4]);
    parts.push({ shape: pad, name: "fingertip_pad", color: "#d35400" });
  }
  return parts;
};
