// Honest: laptop riser with a 12 deg deck pierced by rows of lengthwise stadium slots, thin windowed side flanges, hook-lip front stops on the front edge and round rear posts
const { draw, drawRoundedRectangle, makeBox, makeCylinder } = replicad;

const defaultParams = {
  deckW: 310, deckL: 228, deckT: 5, tilt: 12, noseZ: 28,
  slotLen: 50, slotW: 9, slotCols: 8, slotPitch: 30, slotRows: 3, slotRowStart: 62, slotRowPitch: 62,
  flangeT: 5, windowMargin: 18,
  lipW: 40, lipT: 8, lipRise: 12, lipX: 100,
  postR: 10, postX: 85, postFromBack: 22,
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const a = p.tilt * Math.PI / 180;
  const run = p.deckL * Math.cos(a);
  const y0 = -run / 2;
  const toWorld = (s) => s.rotate(p.tilt, [0, 0, 0], [1, 0, 0]).translate([0, y0, p.noseZ]);
  const under = (Y) => p.noseZ + (Y - y0) * Math.tan(a);
  const parts = [];

  // deck with lengthwise rounded vent slots
  let deck = drawRoundedRectangle(p.deckW, p.deckL, 8).sketchOnPlane("XY").extrude(p.deckT).translate([0, p.deckL / 2, 0]);
  let slots = null;
  for (let j = 0; j < p.slotRows; j++) {
    const y = p.slotRowStart + j * p.slotRowPitch;
    for (let i = 0; i < p.slotCols; i++) {
      const x = (i - (p.slotCols - 1) / 2) * p.slotPitch;
      const s = drawRoundedRectangle(p.slotW, p.slotLen, p.slotW / 2 - 0.05).sketchOnPlane("XY", -1).extrude(p.deckT + 2).translate([x, y, 0]);
      slots = slots ? slots.fuse(s) : s;
    }
  }
  deck = deck.cut(slots);
  parts.push({ shape: toWorld(deck), name: "tilted deck", color: "#d5d8dc" });

  // hook lips on the front end face, rising above the deck
  for (const s of [-1, 1]) {
    const lip = makeBox([s * p.lipX - p.lipW / 2, -p.lipT, 0], [s * p.lipX + p.lipW / 2, 0, p.deckT + p.lipRise]);
    parts.push({ shape: toWorld(lip), name: `front lip ${s < 0 ? "L" : "R"}`, color: "#1c2833" });
  }

  // thin side flanges from desk to underside, with a lightening window
  const f0 = y0 + 10, f1 = y0 + run - 10;
  for (const s of [-1, 1]) {
    const outline = draw([f0, 0]).lineTo([f1, 0]).lineTo([f1, under(f1)]).lineTo([f0, under(f0)]).close();
    const m = p.windowMargin;
    const win = draw([f0 + m + 10, m]).lineTo([f1 - m, m]).lineTo([f1 - m, under(f1 - m) - m]).lineTo([f0 + m + 10, under(f0 + m + 10) - m]).close();
    const x0 = s > 0 ? p.deckW / 2 - 12 - p.flangeT : -p.deckW / 2 + 12;
    const fl = outline.sketchOnPlane("YZ", x0).extrude(p.flangeT).cut(win.sketchOnPlane("YZ", x0 - 1).extrude(p.flangeT + 2));
    parts.push({ shape: fl, name: `${s < 0 ? "L" : "R"} side flange`, color: "#7f8c8d" });
  }

  // round rear posts trimmed to the deck underside
  const above = toWorld(makeBox([-400, -100, 0], [400, 500, 300]));
  const py = y0 + run - p.postFromBack;
  for (const s of [-1, 1]) {
    const post = makeCylinder(p.postR, under(py) + p.postR + 5, [s * p.postX, py, 0]).cut(above);
    parts.push({ shape: post, name: `rear post ${s < 0 ? "L" : "R"}`, color: "#7f8c8d" });
  }
  return parts;
};
