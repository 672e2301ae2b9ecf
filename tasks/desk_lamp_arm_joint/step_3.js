const { makeCylinder, drawCircle, drawRectangle, drawRoundedRectangle } = replicad;

const defaultParams = {
  lowerLength: 155,
  lowerAngleDeg: 54,
  upperLength: 118,
  upperAngleDeg: -20,
  armWidth: 18,
  armThickness: 8,
  endRadius: 13,
  pinDiameter: 8,
  slotLength: 50,
  slotWidth: 6,
  bossRadius: 15,
  bossThickness: 4,
  knobDiameter: 24,
  knobThickness: 10,
  headRadius: 20,
  headDrop: 35,
};

const pointFrom = (start, length, deg) => [start[0] + length * Math.cos((deg * Math.PI) / 180), start[1] + length * Math.sin((deg * Math.PI) / 180)];

// A flat link between two pivots: rounded ends, a pin hole at each end and a cable slot along the middle.
const link = (a, b, p) => {
  const dx = b[0] - a[0];
  const dz = b[1] - a[1];
  const length = Math.hypot(dx, dz);
  const angle = (Math.atan2(dz, dx) * 180) / Math.PI;
  return drawRectangle(length, p.armWidth)
    .fuse(drawCircle(p.endRadius).translate(-length / 2, 0))
    .fuse(drawCircle(p.endRadius).translate(length / 2, 0))
    .cut(drawCircle(p.pinDiameter / 2).translate(-length / 2, 0))
    .cut(drawCircle(p.pinDiameter / 2).translate(length / 2, 0))
    .cut(drawRoundedRectangle(p.slotLength, p.slotWidth, p.slotWidth / 2 - 0.1))
    .rotate(angle, [0, 0])
    .translate((a[0] + b[0]) / 2, (a[1] + b[1]) / 2);
};

// Extrude an X-Z drawing between two Y values.
const slab = (drawing, y0, y1) => drawing.sketchOnPlane("XZ", [0, y1, 0]).extrude(y1 - y0);
const ring = (centre, outer, inner) => drawCircle(outer).cut(drawCircle(inner)).translate(centre[0], centre[1]);
const alongY = (radius, centre, y0, y1) => makeCylinder(radius, y1 - y0, [centre[0], y0, centre[1]], [0, 1, 0]);

const main = (r, p) => {
  const t = p.armThickness;
  const bt = p.bossThickness;
  const rp = p.pinDiameter / 2;
  const base = [p.endRadius + 12, p.endRadius + 12];
  const elbow = pointFrom(base, p.lowerLength, p.lowerAngleDeg);
  const wrist = pointFrom(elbow, p.upperLength, p.upperAngleDeg);

  // Base bracket: a foot plate and an upright lug carrying the shoulder pivot on the inner face of the lower arm.
  const lug = drawRectangle(2 * p.endRadius, base[1])
    .translate(base[0], base[1] / 2)
    .fuse(drawCircle(p.endRadius).translate(base[0], base[1]))
    .cut(drawCircle(rp).translate(base[0], base[1]));
  const foot = drawRoundedRectangle(4 * p.endRadius, 8, 2).translate(base[0], 4);
  const bracket = slab(lug.fuse(foot), -t, 0);

  const parts = [
    { shape: bracket, name: "base_bracket", color: "#3c3c3c" },
    { shape: slab(link(base, elbow, p), 0, t), name: "lower_arm", color: "#d8d8d8" },
    { shape: slab(link(elbow, wrist, p), -t, 0), name: "upper_arm", color: "#d8d8d8" },
    { shape: slab(ring(base, p.bossRadius, rp), t, t + bt), name: "pivot_boss", color: "#9a9a9a" },
    { shape: slab(ring(elbow, p.bossRadius, rp), t, t + bt), name: "pivot_boss", color: "#9a9a9a" },
    { shape: slab(ring(elbow, p.bossRadius, rp), -t - bt, -t), name: "pivot_boss", color: "#9a9a9a" },
  ];

  // Lamp head mount: a hanger plate on the wrist pin, ending in a socket cup for the shade.
  const cupTop = wrist[1] - p.headDrop;
  const hanger = drawRectangle(2 * p.endRadius - 6, p.headDrop + 2)
    .translate(wrist[0], wrist[1] - p.headDrop / 2)
    .fuse(drawCircle(p.endRadius).translate(wrist[0], wrist[1]))
    .cut(drawCircle(rp).translate(wrist[0], wrist[1]));
  const mountY = t / 2;
  const cup = makeCylinder(p.headRadius, 22, [wrist[0], mountY / 2, cupTop - 22], [0, 0, 1]).cut(
    makeCylinder(p.headRadius - 4, 16, [wrist[0], mountY / 2, cupTop - 23], [0, 0, 1]),
  );
  parts.push({ shape: slab(hanger, 0, mountY).fuse(cup), name: "lamp_head_mount", color: "#e0b040" });
  parts.push({ shape: alongY(rp, wrist, -t - 2, mountY + 2), name: "hinge_pin", color: "#707070" });
  return parts;
};
