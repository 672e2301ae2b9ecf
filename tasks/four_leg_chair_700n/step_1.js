// Step 1: seat on four legs; no crossbars or backrest yet.
const { makeBox } = replicad;

const defaultParams = { width: 460, depth: 440, seatHeight: 450, leg: 36 };

const main = (r, p) => {
  const parts = [{ shape: makeBox([-p.width / 2, -p.depth / 2, p.seatHeight - 30], [p.width / 2, p.depth / 2, p.seatHeight]), name: "seat" }];
  for (const sx of [-1, 1]) {
    for (const sy of [-1, 1]) {
      const x = sx * (p.width / 2 - p.leg / 2);
      const y = sy * (p.depth / 2 - p.leg / 2);
      parts.push({ shape: makeBox([x - p.leg / 2, y - p.leg / 2, 0], [x + p.leg / 2, y + p.leg / 2, p.seatHeight - 30]), name: "leg" });
    }
  }
  return parts;
};
