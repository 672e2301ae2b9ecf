// Four-legged timber chair, second construction: the rear legs are cut from a board as one
// profile that rises straight to the seat and then rakes back as the back posts; two tilted
// back slats span between the posts; the legs are braced low by an H-stretcher (two side
// rails and a centre rail) instead of a ring of four; the seat is notched round the rear legs.
const { makeBox, draw, drawRoundedRectangle, drawRectangle } = replicad;

const defaultParams = {
  seatWidth: 440,
  seatDepth: 420,
  seatHeight: 450,
  seatThickness: 28,
  legSize: 38,
  backHeight: 880,
  rakeDeg: 6,
  stretcherHeight: 150,
  stretcherWidth: 24,
  stretcherDepth: 32,
  slatThickness: 18,
  lowerSlatZ: 600,
  lowerSlatHeight: 110,
  upperSlatZ: 745,
  upperSlatHeight: 125,
};

const box = (x0, y0, z0, x1, y1, z1) => makeBox([x0, y0, z0], [x1, y1, z1]);
const tanDeg = (deg) => Math.tan((deg * Math.PI) / 180);

// Seat panel with rounded front corners, notched at the rear corners to pass the rear legs.
const seatPanel = (p) => {
  const s = p.legSize;
  const notch = (sx) => drawRectangle(s, s).translate(sx * (p.seatWidth - s) / 2, (p.seatDepth - s) / 2);
  return drawRoundedRectangle(p.seatWidth, p.seatDepth, 20)
    .cut(notch(-1))
    .cut(notch(1))
    .sketchOnPlane("XY", p.seatHeight - p.seatThickness)
    .extrude(p.seatThickness);
};

// Rear leg + back post from one board: its side profile (Y-Z) is vertical to the seat top, then
// leans back by the rake angle; extruded across X by the leg size.
const rearLeg = (p, x0) => {
  const y0 = p.seatDepth / 2 - p.legSize;
  const y1 = p.seatDepth / 2;
  const lean = (p.backHeight - p.seatHeight) * tanDeg(p.rakeDeg);
  return draw([y0, 0])
    .lineTo([y1, 0])
    .lineTo([y1, p.seatHeight])
    .lineTo([y1 + lean, p.backHeight])
    .lineTo([y0 + lean, p.backHeight])
    .lineTo([y0, p.seatHeight])
    .close()
    .sketchOnPlane("YZ", x0)
    .extrude(p.legSize);
};

// A back slat between the posts, leaning with them and centred in their thickness.
const backSlat = (p, z0, height) => {
  const inner = p.seatWidth / 2 - p.legSize;
  const t = p.slatThickness / 2;
  const yAtSeat = p.seatDepth / 2 - p.legSize / 2;
  return box(-inner, -t, 0, inner, t, height)
    .rotate(-p.rakeDeg, [0, 0, 0], [1, 0, 0])
    .translate([0, yAtSeat + (z0 - p.seatHeight) * tanDeg(p.rakeDeg), z0]);
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const s = p.legSize;
  const hw = p.seatWidth / 2;
  const hd = p.seatDepth / 2;
  const seatBottom = p.seatHeight - p.seatThickness;
  const parts = [{ shape: seatPanel(p), name: "seat", color: "#c9a06b" }];

  // Front legs stop under the seat; rear legs run on up as the back posts.
  for (const sx of [-1, 1]) {
    const x0 = sx > 0 ? hw - s : -hw;
    parts.push({ shape: box(x0, -hd, 0, x0 + s, -hd + s, seatBottom), name: "leg", color: "#8a5a2b" });
    parts.push({ shape: rearLeg(p, x0), name: "leg", color: "#8a5a2b" });
  }

  // H-stretcher: a side rail between each front and rear leg, and a centre rail between them.
  const z0 = p.stretcherHeight - p.stretcherDepth / 2;
  const z1 = z0 + p.stretcherDepth;
  const w = p.stretcherWidth / 2;
  for (const sx of [-1, 1]) {
    const xc = sx * (hw - s / 2);
    parts.push({ shape: box(xc - w, -hd + s, z0, xc + w, hd - s, z1), name: "crossbar", color: "#9b6a38" });
  }
  parts.push({ shape: box(-hw + s / 2 + w, -w, z0, hw - s / 2 - w, w, z1), name: "crossbar", color: "#9b6a38" });

  parts.push({ shape: backSlat(p, p.lowerSlatZ, p.lowerSlatHeight), name: "backrest", color: "#c9a06b" });
  parts.push({ shape: backSlat(p, p.upperSlatZ, p.upperSlatHeight), name: "backrest", color: "#c9a06b" });
  return parts;
};
