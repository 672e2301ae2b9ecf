// Vented laptop riser: a deck drawn on its own sloping plane and pierced by staggered rows of
// stadium slots; the supports are side profiles (Y-Z) run across the width: arched runner rails
// under its edges, two lips on the front of the top face, two round rear legs trimmed to the slope.
const { draw, drawRoundedRectangle, makeCylinder, Plane } = replicad;

const defaultParams = {
  width: 310,
  depth: 236,
  deckThickness: 6, // square to the deck
  frontRise: 22, // deck underside above the desk at the front edge
  tiltDeg: 12,
  railThickness: 16,
  railInset: 6, // rails stop short of the deck's front and back edges
  archHeight: 12, // clearance arch under each rail, between its feet
  archLength: 130,
  slotLength: 40,
  slotWidth: 9,
  slotRows: 6,
  slotsPerRow: 5,
  slotPitch: 31,
  slotMargin: 44, // keeps the slot field clear of the rails and the legs
  lipLength: 44,
  lipDepth: 10,
  lipHeight: 12,
  legDiameter: 26,
  legSetback: 28, // leg centre ahead of the back edge
  legInboard: 60, // leg centre inboard of the deck's side edge
};

const geometry = (p) => {
  const slope = Math.tan((p.tiltDeg * Math.PI) / 180);
  const y0 = -p.depth / 2;
  const under = (y) => p.frontRise + (y - y0) * slope; // deck underside height at y
  const top = (y) => under(y) + p.deckThickness / Math.cos((p.tiltDeg * Math.PI) / 180);
  return { y0, y1: p.depth / 2, under, top };
};

// A Y-Z profile between two height lines, lo(y) and hi(y), from ya to yb, run across X from x0 to x1.
const between = (ya, yb, lo, hi, x0, x1) =>
  draw([ya, lo(ya)])
    .lineTo([yb, lo(yb)])
    .lineTo([yb, hi(yb)])
    .lineTo([ya, hi(ya)])
    .close()
    .sketchOnPlane("YZ", [x0, 0, 0])
    .extrude(x1 - x0);

// The deck: its outline, with staggered rows of stadium slots, drawn on the sloping plane of its
// underside (local Y runs up the slope) and thickened square to that plane.
const deck = (p, g) => {
  const a = (p.tiltDeg * Math.PI) / 180;
  const run = p.depth / Math.cos(a); // length up the slope whose plan length is the depth
  const plane = new Plane([0, g.y0, p.frontRise], [1, 0, 0], [0, -Math.sin(a), Math.cos(a)]);
  let outline = drawRoundedRectangle(p.width, run, 4).translate(0, run / 2);
  const usable = p.width - 2 * p.slotMargin;
  const pitchX = usable / p.slotsPerRow;
  for (let j = 0; j < p.slotRows; j++) {
    const v = run / 2 + (j - (p.slotRows - 1) / 2) * p.slotPitch; // the field is centred on the deck
    const shift = j % 2 ? pitchX / 2 : 0; // brick pattern: every other row shifted half a pitch
    const count = j % 2 ? p.slotsPerRow - 1 : p.slotsPerRow;
    for (let i = 0; i < count; i++) {
      const x = -usable / 2 + pitchX * (i + 0.5) + shift;
      outline = outline.cut(drawRoundedRectangle(p.slotLength, p.slotWidth, p.slotWidth / 2 - 0.01).translate(x, v));
    }
  }
  return outline.sketchOnPlane(plane).extrude(p.deckThickness);
};

// Runner rail: from the desk up to the deck's underside, with an arch cut from below between its feet.
const runnerRail = (p, g, side) => {
  const ya = g.y0 + p.railInset;
  const yb = g.y1 - p.railInset;
  const arch = drawRoundedRectangle(p.archLength, 2 * p.archHeight, p.archHeight - 0.01).translate((ya + yb) / 2, 0);
  const profile = draw([ya, 0])
    .lineTo([yb, 0])
    .lineTo([yb, g.under(yb)])
    .lineTo([ya, g.under(ya)])
    .close()
    .cut(arch);
  const x0 = side > 0 ? p.width / 2 - p.railThickness : -p.width / 2;
  return profile.sketchOnPlane("YZ", [x0, 0, 0]).extrude(p.railThickness);
};

// Round rear leg, its top trimmed to the deck's sloping underside so it bears over its whole face.
const rearLeg = (p, g, side) => {
  const x = side * (p.width / 2 - p.legInboard);
  const y = g.y1 - p.legSetback;
  const r = p.legDiameter / 2;
  const post = makeCylinder(r, g.under(y + r) + 1, [x, y, 0], [0, 0, 1]);
  const underDeck = between(y - r - 1, y + r + 1, () => -1, g.under, x - r - 1, x + r + 1);
  return post.intersect(underDeck);
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const g = geometry(p);
  const parts = [{ shape: deck(p, g), name: "tilted platform", color: "#c9ced3" }];
  for (const side of [-1, 1]) parts.push({ shape: runnerRail(p, g, side), name: "side rail", color: "#9aa1a8" });
  // Lips stand on the top face at the front edge, their front flush with the deck's front end.
  for (const side of [-1, 1]) {
    const xc = side * (p.width / 4);
    const lip = between(g.y0, g.y0 + p.lipDepth, g.top, (y) => g.top(y) + p.lipHeight, xc - p.lipLength / 2, xc + p.lipLength / 2);
    parts.push({ shape: lip, name: "front stop", color: "#7d848b" });
  }
  for (const side of [-1, 1]) parts.push({ shape: rearLeg(p, g, side), name: "rear leg", color: "#7d848b" });
  return parts;
};
