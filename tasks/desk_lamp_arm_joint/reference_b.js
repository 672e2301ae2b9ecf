// Desk lamp arm, second construction: tapered links (each the hull of two eyes of different
// size, wider where the moment is larger), a near-vertical lower arm held in a two-cheek clevis
// on a foot plate, a long upper arm reaching out almost level, pivot bosses on both faces of the
// shoulder and elbow stacks, scalloped friction knobs whose pins run through each stack, and a
// hanger with a socket collar for the lamp head at the wrist. Arms lie in X-Z; pins run along Y.
const { draw, drawCircle, drawRectangle, drawRoundedRectangle, makeCylinder } = replicad;

const defaultParams = {
  shoulderX: 30,
  shoulderZ: 30,
  lowerLength: 135,
  lowerAngleDeg: 80,
  upperLength: 180,
  upperAngleDeg: -8,
  armThickness: 8,
  shoulderEye: 14,
  elbowEye: 11.5,
  wristEye: 10,
  pinDiameter: 8,
  slotWidth: 6,
  slotFraction: 0.45,
  cheekThickness: 6,
  footLength: 60,
  footWidth: 40,
  footThickness: 8,
  bossRadius: 12,
  bossThickness: 4,
  knobRadius: 14,
  knobThickness: 12,
  knobScallops: 8,
  hangerDrop: 30,
  hangerThickness: 6,
  socketRadius: 16,
  socketWall: 4,
  socketHeight: 20,
};

const toward = (a, length, deg) => [a[0] + length * Math.cos((deg * Math.PI) / 180), a[1] + length * Math.sin((deg * Math.PI) / 180)];

// The outline of two circles and the straight tangents between them (a tapered link), with a
// pin hole in each eye and a cable slot along the middle.
const taperedLink = (a, ra, b, rb, p) => {
  const dx = b[0] - a[0];
  const dz = b[1] - a[1];
  const d = Math.hypot(dx, dz);
  const theta = Math.atan2(dz, dx);
  const alpha = Math.acos((ra - rb) / d);
  const at = (c, r, ang) => [c[0] + r * Math.cos(ang), c[1] + r * Math.sin(ang)];
  const hull = draw(at(a, ra, theta + alpha))
    .lineTo(at(b, rb, theta + alpha))
    .lineTo(at(b, rb, theta - alpha))
    .lineTo(at(a, ra, theta - alpha))
    .close()
    .fuse(drawCircle(ra).translate(a[0], a[1]))
    .fuse(drawCircle(rb).translate(b[0], b[1]));
  const slot = drawRoundedRectangle(d * p.slotFraction, p.slotWidth, p.slotWidth / 2 - 0.01)
    .rotate((theta * 180) / Math.PI, [0, 0])
    .translate((a[0] + b[0]) / 2, (a[1] + b[1]) / 2);
  return hull
    .cut(drawCircle(p.pinDiameter / 2).translate(a[0], a[1]))
    .cut(drawCircle(p.pinDiameter / 2).translate(b[0], b[1]))
    .cut(slot);
};

// Extrude an X-Z drawing to occupy y0..y1.
const slab = (drawing, y0, y1) => drawing.sketchOnPlane("XZ", [0, y1, 0]).extrude(y1 - y0);
const alongY = (radius, c, y0, y1) => makeCylinder(radius, y1 - y0, [c[0], y0, c[1]], [0, 1, 0]);
const ring = (c, outer, inner) => drawCircle(outer).cut(drawCircle(inner)).translate(c[0], c[1]);

// Friction knob: a scalloped grip disc (scallops between the axes, so it stays round overall)
// fused to the clamping pin that runs back through the joint stack to pinStart.
const knob = (p, c, y0, pinStart) => {
  let grip = drawCircle(p.knobRadius);
  for (let i = 0; i < p.knobScallops; i++) {
    const a = ((i + 0.5) * 2 * Math.PI) / p.knobScallops;
    grip = grip.cut(drawCircle(2.5).translate(p.knobRadius * Math.cos(a) * 1.04, p.knobRadius * Math.sin(a) * 1.04));
  }
  return slab(grip.translate(c[0], c[1]), y0, y0 + p.knobThickness).fuse(alongY(p.pinDiameter / 2, c, pinStart, y0));
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const t = p.armThickness;
  const h = t / 2;
  const c = p.cheekThickness;
  const bt = p.bossThickness;
  const rp = p.pinDiameter / 2;
  const S = [p.shoulderX, p.shoulderZ];
  const E = toward(S, p.lowerLength, p.lowerAngleDeg);
  const W = toward(E, p.upperLength, p.upperAngleDeg);

  // Base bracket: foot plate plus two cheeks either side of the lower arm's eye.
  const cheek = drawRectangle(2 * p.shoulderEye, S[1] - p.footThickness)
    .translate(S[0], (S[1] + p.footThickness) / 2)
    .fuse(drawCircle(p.shoulderEye).translate(S[0], S[1]))
    .cut(drawCircle(rp).translate(S[0], S[1]));
  const foot = drawRoundedRectangle(p.footLength, p.footWidth, 6)
    .translate(p.footLength / 2, 0)
    .sketchOnPlane("XY")
    .extrude(p.footThickness);
  const bracket = foot.fuse(slab(cheek, h, h + c)).fuse(slab(cheek, -h - c, -h));

  // Stack along Y: lower arm centred; cheeks outside it at the shoulder; upper arm on its -Y
  // face at the elbow; lamp hanger on the upper arm's +Y face at the wrist.
  const upperY = [-h - t, -h];
  const parts = [
    { shape: bracket, name: "base bracket", color: "#3a3a3a" },
    { shape: slab(taperedLink(S, p.shoulderEye, E, p.elbowEye, p), -h, h), name: "lower arm", color: "#dadada" },
    { shape: slab(taperedLink(E, p.elbowEye + 0.5, W, p.wristEye, p), upperY[0], upperY[1]), name: "upper arm", color: "#dadada" },
  ];

  const boss = (centre, y0) => ({ shape: slab(ring(centre, p.bossRadius, rp), y0, y0 + bt), name: "pivot boss", color: "#999999" });
  const shoulderOut = h + c;
  parts.push(boss(S, shoulderOut), boss(S, -shoulderOut - bt));
  parts.push(boss(E, h), boss(E, upperY[0] - bt));

  parts.push({ shape: knob(p, S, shoulderOut + bt, -shoulderOut - bt), name: "friction knob", color: "#1e1e1e" });
  parts.push({ shape: knob(p, E, h + bt, upperY[0] - bt), name: "friction knob", color: "#1e1e1e" });

  // Lamp head mount: a hanger on the wrist pin and a socket collar under it for the head's stem.
  const hy = [upperY[1], upperY[1] + p.hangerThickness];
  const hanger = drawCircle(p.wristEye)
    .translate(W[0], W[1])
    .fuse(drawRectangle(2 * p.wristEye - 4, p.hangerDrop).translate(W[0], W[1] - p.hangerDrop / 2))
    .cut(drawCircle(rp).translate(W[0], W[1]));
  const socketTop = W[1] - p.hangerDrop;
  // The collar is a cup: a closed top the hanger stands on, open below for the head's stem.
  const socketCentre = [W[0], (hy[0] + hy[1]) / 2];
  const disc = (radius, z0, height) => drawCircle(radius).translate(...socketCentre).sketchOnPlane("XY", z0).extrude(height);
  const cupBottom = socketTop - p.socketHeight;
  const socket = disc(p.socketRadius, cupBottom, p.socketHeight).cut(disc(p.socketRadius - p.socketWall, cupBottom - 1, p.socketHeight - p.socketWall + 1));
  parts.push({ shape: slab(hanger, hy[0], hy[1]).fuse(socket), name: "lamp head mount", color: "#e2b23c" });
  parts.push({ shape: alongY(rp, W, upperY[0], hy[1]), name: "hinge pin", color: "#777777" });
  return parts;
};
