const { makeBox, drawRoundedRectangle } = replicad;

const defaultParams = {
  seatWidth: 460,
  seatDepth: 440,
  seatHeight: 450,
  seatThickness: 30,
  legSize: 36,
  backHeight: 880,
  backrestDepth: 22,
  backrestHeight: 240,
  crossbarHeight: 140,
  crossbarSize: 24,
};

const box = (x0, y0, z0, x1, y1, z1) => makeBox([x0, y0, z0], [x1, y1, z1]);

const seatPanel = (p, bottom) =>
  drawRoundedRectangle(p.seatWidth, p.seatDepth, p.legSize / 2).sketchOnPlane("XY", [0, 0, bottom]).extrude(p.seatThickness);

const main = (r, p) => {
  const hx = p.seatWidth / 2 - p.legSize / 2;
  const hy = p.seatDepth / 2 - p.legSize / 2;
  const half = p.legSize / 2;
  const seatBottom = p.seatHeight - p.seatThickness;

  // Rear legs (at +y) continue up as the back posts that carry the backrest; the front legs stop under the seat.
  const legs = [];
  for (const sx of [-1, 1]) {
    for (const sy of [-1, 1]) {
      const top = sy > 0 ? p.backHeight : seatBottom;
      legs.push({ shape: box(sx * hx - half, sy * hy - half, 0, sx * hx + half, sy * hy + half, top), backPost: sy > 0 });
    }
  }
  // The seat is notched round the back posts that pass up through its rear corners.
  const seat = legs.filter((leg) => leg.backPost).reduce((panel, post) => panel.cut(post.shape.clone()), seatPanel(p, seatBottom));
  const parts = [{ shape: seat, name: "seat", color: "#c8a06a" }];
  for (const leg of legs) parts.push({ shape: leg.shape, name: "leg", color: "#8a5a2b" });

  // Crossbars run between the legs' inner faces, on the legs' centre lines.
  const cb = p.crossbarSize / 2;
  const z0 = p.crossbarHeight - cb;
  const z1 = p.crossbarHeight + cb;
  for (const sy of [-1, 1]) {
    parts.push({ shape: box(-hx + half, sy * hy - cb, z0, hx - half, sy * hy + cb, z1), name: "crossbar", color: "#9b6a38" });
  }
  for (const sx of [-1, 1]) {
    parts.push({ shape: box(sx * hx - cb, -hy + half, z0, sx * hx + cb, hy - half, z1), name: "crossbar", color: "#9b6a38" });
  }

  // The backrest lies against the back posts' front faces.
  const backY = hy - half;
  const backrest = box(-hx, backY - p.backrestDepth, p.backHeight - p.backrestHeight, hx, backY, p.backHeight - 10);
  parts.push({ shape: backrest, name: "backrest", color: "#c8a06a" });
  return parts;
};
