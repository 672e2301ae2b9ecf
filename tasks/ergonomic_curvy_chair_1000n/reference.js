const { makeBox, makeCylinder, drawCircle, drawRectangle, drawRoundedRectangle } = replicad;

const defaultParams = {
  seatWidth: 480,
  seatDepth: 460,
  seatHeight: 440,
  seatThickness: 30,
  seatDish: 700,
  legDiameter: 36,
  legSplay: 55,
  crossbarHeight: 150,
  crossbarDiameter: 22,
  backCurve: 400,
  backWidth: 440,
  backHeight: 360,
  backTiltDeg: 8,
  headrestWidth: 240,
  headrestHeight: 130,
  armHeight: 650,
  armWidth: 56,
};

// A round bar between two points.
const rod = (a, b, radius) => {
  const d = [0, 1, 2].map((i) => b[i] - a[i]);
  const length = Math.hypot(...d);
  return makeCylinder(radius, length, a, d.map((v) => v / length));
};

// A part that butts against others is trimmed by them, so it ends on their surfaces instead of running into them.
const trimmedBy = (shape, ...others) => others.reduce((s, o) => s.cut(o.clone()), shape);

// An arc-shaped shell standing on Z: curved about a vertical axis, concave toward +Y.
const curvedPanel = (radius, thickness, width, height, backY, z0) => {
  const centreY = backY + radius;
  return drawCircle(radius + thickness)
    .cut(drawCircle(radius))
    .translate(0, centreY)
    .intersect(drawRectangle(width, radius).translate(0, backY + radius / 2 - thickness))
    .sketchOnPlane("XY", [0, 0, z0])
    .extrude(height);
};

const main = (r, p) => {
  const halfW = p.seatWidth / 2;
  const halfD = p.seatDepth / 2;
  const R = p.seatDish;
  const t = p.seatThickness;
  const dishCentreZ = p.seatHeight + R;
  const seatTopAt = (y) => dishCentreZ - Math.sqrt(R * R - y * y);
  const seatBottomAt = (y) => dishCentreZ - Math.sqrt((R + t) * (R + t) - y * y);

  // The seat dips in the middle: the lower band of a large ring, cut to the seat depth.
  const seat = drawCircle(R + t)
    .cut(drawCircle(R))
    .translate(0, dishCentreZ)
    .intersect(drawRoundedRectangle(p.seatDepth, 2 * t + 80, 10).translate(0, p.seatHeight))
    .sketchOnPlane("YZ", [-halfW, 0, 0])
    .extrude(p.seatWidth);
  const parts = [{ shape: seat, name: "seat", color: "#c27c4a" }];

  const rl = p.legDiameter / 2;
  const legTops = [];
  const legFeet = [];
  const legs = [];
  for (const sx of [-1, 1]) {
    for (const sy of [-1, 1]) {
      const x = sx * (halfW - 40);
      const y = sy * (halfD - 40);
      const top = [x, y, seatBottomAt(y) + 8];
      const foot = [x + sx * p.legSplay, y + sy * p.legSplay, rl];
      legTops.push(top);
      legFeet.push(foot);
      // The leg's top reaches up into the seat and is trimmed to the seat's dished underside.
      const leg = trimmedBy(rod(foot, top, rl).fuse(makeCylinder(rl, rl, [foot[0], foot[1], 0])), seat);
      legs.push(leg);
      parts.push({ shape: leg, name: "leg", color: "#6b4226" });
    }
  }

  // Crossbars join neighbouring legs at the same height: front, back, left, right. Each runs axis to axis and
  // is trimmed by both legs, so its ends are saddles on the legs' surfaces (and the bars meeting at a leg stay apart).
  const at = (i) => {
    const f = (p.crossbarHeight - legFeet[i][2]) / (legTops[i][2] - legFeet[i][2]);
    return legFeet[i].map((v, k) => v + (legTops[i][k] - v) * f);
  };
  for (const [a, b] of [[0, 1], [2, 3], [0, 2], [1, 3]]) {
    parts.push({ shape: trimmedBy(rod(at(a), at(b), p.crossbarDiameter / 2), legs[a], legs[b]), name: "crossbar", color: "#7d5030" });
  }

  // Backrest, headrest and the posts carrying them lean back together about the seat's rear edge.
  const lean = (shape) => shape.rotate(p.backTiltDeg, [0, -halfD, p.seatHeight], [1, 0, 0]);
  const panelT = 22;
  const backY = -halfD + 10;
  const backZ = p.seatHeight + 70;
  const backTop = backZ + p.backHeight;
  const backrest = lean(curvedPanel(p.backCurve, panelT, p.backWidth, p.backHeight, backY, backZ));
  parts.push({ shape: backrest, name: "backrest", color: "#c27c4a" });
  const headZ = backTop + 40;
  parts.push({
    shape: lean(curvedPanel(p.backCurve, panelT + 10, p.headrestWidth, p.headrestHeight, backY - 5, headZ)),
    name: "headrest",
    color: "#d8956a",
  });

  const arcY = (x) => backY + p.backCurve - Math.sqrt(p.backCurve * p.backCurve - x * x);
  const postX = p.backWidth / 2 - 20;
  for (const sx of [-1, 1]) {
    const y = arcY(postX);
    const post = makeBox([sx * postX - 15, y - panelT - 12, seatTopAt(-halfD + 30) - 20], [sx * postX + 15, y - panelT + 2, backTop - 20]);
    // Each post stands on the seat and carries the backrest on its front: it is trimmed by both.
    parts.push({ shape: trimmedBy(lean(post), backrest, seat), name: "back_post", color: "#6b4226" });
  }
  // The neck is bolted to the back of the backrest (trimmed to its back face) and carries the headrest on its top.
  const neck = makeBox([-30, backY - panelT - 13, backTop - 40], [30, backY - panelT + 6, headZ]);
  parts.push({ shape: trimmedBy(lean(neck), backrest), name: "headrest_neck", color: "#6b4226" });

  for (const sx of [-1, 1]) {
    const x = sx * (halfW + p.armWidth / 2 - 20);
    const armBack = -halfD + 50;
    const arm = drawRoundedRectangle(p.armWidth, halfD - armBack + 150, 20)
      .translate(x, (armBack + halfD - 150) / 2 + 75)
      .sketchOnPlane("XY", [0, 0, p.armHeight])
      .extrude(24);
    parts.push({ shape: arm, name: "armrest", color: "#d8956a" });
    // Two round supports per armrest, standing on the dished seat near its front and back: each reaches
    // the armrest's underside and is trimmed to the seat's top.
    for (const y of [halfD - 60, armBack + 20]) {
      const foot = seatTopAt(y) - 10;
      parts.push({ shape: trimmedBy(makeCylinder(16, p.armHeight - foot, [x, y, foot]), seat), name: "arm_support", color: "#6b4226" });
    }
  }
  return parts;
};
