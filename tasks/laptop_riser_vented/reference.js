const { makeBox, drawRoundedRectangle, draw } = replicad;

const defaultParams = {
  width: 300,
  depth: 230,
  thickness: 6,
  tiltDeg: 14,
  frontHeight: 30,
  railThickness: 14,
  slotRows: 4,
  slotColumns: 6,
  slotWidth: 10,
  slotLength: 36,
  stopHeight: 12,
  stopLength: 30,
  legWidth: 24,
};

const main = (r, p) => {
  const halfW = p.width / 2;
  const halfD = p.depth / 2;
  const slope = Math.tan((p.tiltDeg * Math.PI) / 180);
  // Height of the platform's underside above the desk, rising from front (-Y) to back (+Y).
  const undersideAt = (y) => p.frontHeight + (y + halfD) * slope;
  const incline = (shape) => shape.rotate(p.tiltDeg, [0, -halfD, p.frontHeight], [1, 0, 0]);
  // A support standing on the desk between y0 and y1, its top following the platform's sloping underside
  // exactly, so it carries the platform face to face; extruded along X from x0.
  const wedge = (y0, y1, x0, thickness) =>
    draw([y0, 0])
      .lineTo([y1, 0])
      .lineTo([y1, undersideAt(y1)])
      .lineTo([y0, undersideAt(y0)])
      .close()
      .sketchOnPlane("YZ", [x0, 0, 0])
      .extrude(thickness);

  let deck = drawRoundedRectangle(p.width, p.depth, 12);
  const pitchX = (p.width - 60) / p.slotColumns;
  const pitchY = (p.depth - 70) / p.slotRows;
  for (let i = 0; i < p.slotColumns; i++) {
    for (let j = 0; j < p.slotRows; j++) {
      const x = -halfW + 30 + pitchX * (i + 0.5);
      const y = -halfD + 45 + pitchY * (j + 0.5);
      deck = deck.cut(drawRoundedRectangle(p.slotWidth, p.slotLength, p.slotWidth / 2 - 0.5).translate(x, y));
    }
  }
  const platform = incline(deck.sketchOnPlane("XY", [0, 0, p.frontHeight]).extrude(p.thickness));
  const parts = [{ shape: platform, name: "tilted_platform", color: "#c9ced3" }];

  // Side rails: wedges under the platform edges, from the desk up to the inclined underside.
  for (const side of [-1, 1]) {
    const x0 = side > 0 ? halfW - p.railThickness : -halfW;
    parts.push({ shape: wedge(-halfD + 10, halfD - 10, x0, p.railThickness), name: "side_rail", color: "#9aa1a8" });
  }

  // The front stops stand on the platform's top face.
  for (const side of [-1, 1]) {
    const x = side * (halfW / 2);
    const stop = incline(makeBox([x - p.stopLength / 2, -halfD + 2, p.frontHeight + p.thickness], [x + p.stopLength / 2, -halfD + 10, p.frontHeight + p.thickness + p.stopHeight]));
    parts.push({ shape: stop, name: "front_stop", color: "#7d848b" });
  }

  const legY = halfD - 30;
  for (const side of [-1, 1]) {
    const x = side * (halfW - p.railThickness - 40);
    parts.push({ shape: wedge(legY - p.legWidth / 2, legY + p.legWidth / 2, x - p.legWidth / 2, p.legWidth), name: "rear_leg", color: "#7d848b" });
  }
  return parts;
};
