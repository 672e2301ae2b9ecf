// Planar truss bracket as a gap-jointed N-truss: constant-width chord bands run from the wall plate
// into the load boss (their ends cut to its circle), upright posts and diagonals are separate bars
// whose ends are cut to the chords' inner edges; each diagonal keeps a small weld gap from the posts.
const { draw, drawCircle, drawRoundedRectangle } = replicad;

const defaultParams = {
  height: 130,
  plateThickness: 10,
  plateWidth: 76,
  holeDiameter: 9,
  holeSpread: 50, // Y distance between the two wall bolts, either side of the truss plane
  depth: 12, // truss members' thickness along Y
  chord: 12, // chord band width, square to the chord
  edge: 5, // chord's outer edge inset from the plate's top and bottom
  post: 9, // upright width along X
  diagonal: 8, // diagonal width, square to its axis
  gap: 3, // weld gap between a diagonal's end and the neighbouring post along the chord
  posts: 5,
  firstPost: 40, // X of the first post
  lastPost: 184, // X of the last post, ahead of the boss
  bayShrink: 0.9, // each bay this fraction of the one before
  bossX: 236,
  bossDiameter: 44,
  bossBore: 16,
  bossLength: 36,
};

const lineZ = (a, b) => (x) => a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0]);

// Outer and inner edges of both chords as functions z(x).
const chordLines = (p) => {
  const zc = p.height / 2;
  const rb = p.bossDiameter / 2;
  const t = p.plateThickness;
  const topOuter = lineZ([t, p.height - p.edge], [p.bossX, zc + rb]);
  const botOuter = lineZ([t, p.edge], [p.bossX, zc - rb]);
  const slope = (zc + rb - (p.height - p.edge)) / (p.bossX - t);
  const inset = p.chord * Math.hypot(1, slope); // vertical offset that gives a square width `chord`
  return {
    topOuter,
    botOuter,
    topInner: (x) => topOuter(x) - inset,
    botInner: (x) => botOuter(x) + inset,
  };
};

// A member between two height lines: its ends lie on them, x from a0..a1 on `lo` and b0..b1 on `hi`.
const between = (lo, hi, a0, a1, b0, b1) =>
  draw([a0, lo(a0)])
    .lineTo([a1, lo(a1)])
    .lineTo([b1, hi(b1)])
    .lineTo([b0, hi(b0)])
    .close();

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const t = p.plateThickness;
  const zc = p.height / 2;
  const rb = p.bossDiameter / 2;
  const L = chordLines(p);
  const inPlane = (drawing) => drawing.sketchOnPlane("XZ", [0, p.depth / 2, 0]).extrude(p.depth);
  const bossCircle = () => drawCircle(rb).translate(p.bossX, zc);

  let plateOutline = drawRoundedRectangle(p.plateWidth, p.height, 8).translate(0, zc);
  for (const s of [-1, 1]) plateOutline = plateOutline.cut(drawCircle(p.holeDiameter / 2).translate((s * p.holeSpread) / 2, zc));
  const parts = [{ shape: plateOutline.sketchOnPlane("YZ").extrude(t), name: "mounting plate", color: "#7b838c" }];

  // Chords run into the boss and are trimmed to its circle, so they meet it face to face.
  const chordEnd = p.bossX;
  parts.push({ shape: inPlane(between(L.topInner, L.topOuter, t, chordEnd, t, chordEnd).cut(bossCircle())), name: "top chord", color: "#9aa2ab" });
  parts.push({ shape: inPlane(between(L.botOuter, L.botInner, t, chordEnd, t, chordEnd).cut(bossCircle())), name: "bottom chord", color: "#9aa2ab" });

  // Posts from firstPost to lastPost, bays shrinking geometrically (closer where the truss is deep
  // and shear-loaded web members are longest), then a diagonal across each bay from the top of one
  // post down to the foot of the next; for a downward tip load these diagonals are in tension. The
  // last diagonal runs from the last post down into the corner in front of the boss.
  const k = p.bayShrink;
  const first = (p.lastPost - p.firstPost) * (1 - k) / (1 - k ** (p.posts - 1));
  const xs = [p.firstPost];
  for (let i = 1; i < p.posts; i++) xs.push(xs[i - 1] + first * k ** (i - 1));
  const w = p.post / 2;
  for (const x of xs) parts.push({ shape: inPlane(between(L.botInner, L.topInner, x - w, x + w, x - w, x + w)), name: "rib", color: "#b0b8c0" });
  const stations = [t, ...xs, p.bossX - rb];
  for (let i = 0; i + 1 < stations.length; i++) {
    const [xa, xb] = [stations[i], stations[i + 1]];
    const top0 = xa + (i > 0 ? w : 0) + p.gap;
    const bot1 = xb - (i + 1 < stations.length - 1 ? w : 0) - p.gap;
    // Horizontal width of the diagonal's ends that gives it the square width `diagonal`.
    const run = bot1 - top0;
    const rise = L.topInner(top0) - L.botInner(bot1);
    const e = (p.diagonal * Math.hypot(run, rise)) / rise;
    parts.push({ shape: inPlane(between(L.botInner, L.topInner, bot1 - e, bot1, top0, top0 + e)), name: "rib", color: "#b0b8c0" });
  }

  const boss = bossCircle()
    .cut(drawCircle(p.bossBore / 2).translate(p.bossX, zc))
    .sketchOnPlane("XZ", [0, p.bossLength / 2, 0])
    .extrude(p.bossLength);
  parts.push({ shape: boss, name: "load boss", color: "#7b838c" });
  return parts;
};
