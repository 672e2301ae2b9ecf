const { drawRoundedRectangle, drawRectangle, drawCircle } = replicad;

const defaultParams = {
  length: 260,
  height: 130,
  plateThickness: 10,
  plateWidth: 70,
  holeDiameter: 9,
  holeSpacing: 50,
  memberDepth: 12,
  chordWidth: 14,
  ribWidth: 10,
  bays: 3,
  bossDiameter: 44,
  bossHole: 16,
  bossLength: 40,
};

// A flat bar in the X-Z plane from one node to another, long enough to fill the joints; each member is then
// trimmed by what it butts against, so members meet at their edges instead of overlapping in the joints.
const strut = (a, b, width) => {
  const dx = b[0] - a[0];
  const dz = b[1] - a[1];
  const length = Math.hypot(dx, dz) + width;
  return drawRectangle(length, width)
    .rotate((Math.atan2(dz, dx) * 180) / Math.PI, [0, 0])
    .translate((a[0] + b[0]) / 2, (a[1] + b[1]) / 2);
};

const lerp = (a, b, f) => [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f];

const main = (r, p) => {
  const t = p.memberDepth;
  const inPlane = (drawing) => drawing.sketchOnPlane("XZ", [0, t / 2, 0]).extrude(t);

  const midZ = p.height / 2;
  const rb = p.bossDiameter / 2;
  const boss = [p.length - rb, midZ];
  const topRoot = [p.plateThickness, p.height - p.chordWidth / 2 - 4];
  const bottomRoot = [p.plateThickness, p.chordWidth / 2 + 4];

  // Chords stop inside the boss wall so the load bore stays clear.
  const chordEnd = (root) => lerp(boss, root, ((p.bossHole / 2 + rb) / 2 + p.chordWidth / 2) / Math.hypot(boss[0] - root[0], boss[1] - root[1]));

  let plateOutline = drawRoundedRectangle(p.plateWidth, p.height, 8).translate(0, midZ);
  for (const s of [-1, 1]) plateOutline = plateOutline.cut(drawCircle(p.holeDiameter / 2).translate(0, midZ + (s * p.holeSpacing) / 2));
  const plate = plateOutline.sketchOnPlane("YZ").extrude(p.plateThickness);

  // Outlines in the truss plane of the plate's edge and the boss: the chords end on them (the chords still
  // stop short of the bore), and where the chords converge the bottom one ends on the top one.
  const plateSide = drawRectangle(p.plateThickness, p.height).translate(p.plateThickness / 2, midZ);
  const bossDisc = drawCircle(rb).translate(boss[0], boss[1]);
  const topChord = strut(topRoot, chordEnd(topRoot), p.chordWidth).cut(plateSide).cut(bossDisc);
  const bottomChord = strut(bottomRoot, chordEnd(bottomRoot), p.chordWidth).cut(plateSide).cut(bossDisc).cut(topChord);
  const frame = plateSide.fuse(bossDisc).fuse(topChord).fuse(bottomChord);

  const parts = [
    { shape: plate, name: "mounting_plate", color: "#7b838c" },
    { shape: inPlane(topChord), name: "top_chord", color: "#9aa2ab" },
    { shape: inPlane(bottomChord), name: "bottom_chord", color: "#9aa2ab" },
  ];

  // Warren web: each bay is a diagonal from the top node down to the next bottom node, then a post back up.
  const webNodes = [];
  for (let i = 0; i < p.bays; i++) webNodes.push(lerp(topRoot, boss, i / (p.bays + 0.5)), lerp(bottomRoot, boss, (i + 0.5) / (p.bays + 0.5)));
  webNodes.push(lerp(topRoot, boss, p.bays / (p.bays + 0.5)));
  // Each rib ends on the chords and the plate, and at a shared node on the rib before it.
  let previous = null;
  for (let k = 1; k < webNodes.length; k++) {
    const rib = strut(webNodes[k - 1], webNodes[k], p.ribWidth);
    const trimmed = previous ? rib.cut(frame).cut(previous) : rib.cut(frame);
    parts.push({ shape: inPlane(trimmed), name: "rib", color: "#b0b8c0" });
    previous = rib;
  }

  const loadBoss = drawCircle(rb)
    .cut(drawCircle(p.bossHole / 2))
    .translate(boss[0], boss[1])
    .sketchOnPlane("XZ", [0, p.bossLength / 2, 0])
    .extrude(p.bossLength);
  parts.push({ shape: loadBoss, name: "load_boss", color: "#7b838c" });
  return parts;
};
