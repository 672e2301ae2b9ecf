// Parallel two-finger gripper, pointing along +X, closing along Y.
// Construction B: flange and palm spine are ONE fused base casting. The pivot bosses are
// raised spacers on the top face of the palm spine (pivots spaced along X), with a pin on each.
// Two equal link bars per finger ride on top of those bosses and on matching bosses on the
// finger, forming a parallelogram; the fingers run parallel to the spine and step inward at
// the tip, where a serrated grip pad sits on the inner face.
const { makeBox, makeCylinder, drawRoundedRectangle, drawCircle, draw } = replicad;

const defaultParams = {
  flangeR: 30, flangeT: 8, boltCircleR: 22, boltD: 6.6, pilotR: 12, pilotDepth: 2,
  spineEnd: 92, spineHalfW: 22, zBot: -10, zTop: 8,   // palm spine and finger body Z range
  bossR: 6, bossH: 2, pinR: 3, barT: 6,
  pivotXa: 50, pivotXb: 80, pivotY: 16,               // palm pivot centres (upper finger)
  barLen: 30, barAngle: 70,                           // from +X, outward
  fingerW: 12, tipX0: 110, tipInset: 12, fingerEnd: 150,
  padT: 4, padHalfH: 8,
};

// Raised boss (spacer) with a pin, standing on a top face at height z.
const bossWithPin = (p, c) =>
  makeCylinder(p.bossR, p.bossH, [c[0], c[1], p.zTop], [0, 0, 1])
    .fuse(makeCylinder(p.pinR, p.barT, [c[0], c[1], p.zTop + p.bossH], [0, 0, 1]));

// Flat link: stadium with pin holes at both ends, lying on the bosses.
const makeBar = (p, a, angleDeg) => {
  const R = p.bossR;
  let s = drawRoundedRectangle(p.barLen + 2 * R, 2 * R, R - 0.01)
    .cut(drawCircle(p.pinR).translate(-p.barLen / 2, 0))
    .cut(drawCircle(p.pinR).translate(p.barLen / 2, 0));
  const t = (angleDeg * Math.PI) / 180;
  s = s.rotate(angleDeg).translate(a[0] + (p.barLen / 2) * Math.cos(t), a[1] + (p.barLen / 2) * Math.sin(t));
  return s.sketchOnPlane("XY", p.zTop + p.bossH).extrude(p.barT);
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const t = (p.barAngle * Math.PI) / 180;
  const dx = p.barLen * Math.cos(t), dy = p.barLen * Math.sin(t);
  const bodyH = p.zTop - p.zBot;

  // Round mounting flange (ISO-style bolt circle, pilot recess on the robot side).
  let base = drawCircle(p.flangeR).sketchOnPlane("YZ").extrude(p.flangeT);
  for (let k = 0; k < 4; k++) {
    const a = Math.PI / 4 + (k * Math.PI) / 2;
    base = base.cut(makeCylinder(p.boltD / 2, p.flangeT + 2,
      [-1, p.boltCircleR * Math.cos(a), p.boltCircleR * Math.sin(a)], [1, 0, 0]));
  }
  base = base.cut(makeCylinder(p.pilotR, p.pilotDepth + 1, [-1, 0, 0], [1, 0, 0]));

  // Palm spine fused to the flange, with rounded front corners.
  const spine = drawRoundedRectangle(p.spineEnd - p.flangeT + 6, 2 * p.spineHalfW, 6)
    .translate((p.spineEnd + p.flangeT - 6) / 2, 0)
    .sketchOnPlane("XY", p.zBot).extrude(bodyH);
  base = base.fuse(spine);

  const out = [];
  for (const s of [1, -1]) {
    const side = s > 0 ? "left" : "right";
    const A = [[p.pivotXa, s * p.pivotY], [p.pivotXb, s * p.pivotY]];
    const B = A.map((c) => [c[0] + dx, c[1] + s * dy]);
    for (const c of A) base = base.fuse(bossWithPin(p, c));

    // Finger: straight beam through both finger pivots, stepping inward at the tip.
    const yC = B[0][1];                        // pivot line
    const yIn = yC - s * p.fingerW / 2, yOut = yC + s * p.fingerW / 2;
    const yTip = yIn - s * p.tipInset;         // inner face at the fingertip
    const outline = draw([B[0][0] - p.bossR, yOut])
      .lineTo([p.fingerEnd, yOut])
      .lineTo([p.fingerEnd, yTip])
      .lineTo([p.tipX0, yTip])
      .lineTo([p.tipX0 - p.tipInset, yIn])
      .lineTo([B[0][0] - p.bossR, yIn])
      .close();
    let finger = outline.sketchOnPlane("XY", p.zBot).extrude(bodyH);
    for (const c of B) finger = finger.fuse(makeCylinder(p.bossR, bodyH, [c[0], c[1], p.zBot], [0, 0, 1]));
    for (const c of B) finger = finger.fuse(bossWithPin(p, c));

    // Grip pad on the fingertip inner face, serrated with vertical ridges.
    const y0 = Math.min(yTip, yTip - s * p.padT), y1 = Math.max(yTip, yTip - s * p.padT);
    let pad = makeBox([p.tipX0 + 2, y0, -p.padHalfH], [p.fingerEnd, y1, p.padHalfH]);
    const gy = s > 0 ? y0 - 1 : y1 - 1.2;
    for (let gx = p.tipX0 + 5; gx < p.fingerEnd - 2; gx += 4)
      pad = pad.cut(makeBox([gx, gy, -p.padHalfH - 1], [gx + 1.5, gy + 2.2, p.padHalfH + 1]));

    out.push({ shape: makeBar(p, A[0], s * p.barAngle), name: `link_${side}_rear`, color: "#c8c8c8" });
    out.push({ shape: makeBar(p, A[1], s * p.barAngle), name: `link_${side}_front`, color: "#c8c8c8" });
    out.push({ shape: finger, name: `finger_${side}`, color: "#d08a2c" });
    out.push({ shape: pad, name: `grip_pad_${side}`, color: "#1e1e1e" });
  }
  return [{ shape: base, name: "flange_and_palm", color: "#707780" }, ...out];
};
