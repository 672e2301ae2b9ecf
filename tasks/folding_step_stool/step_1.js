// Step 1: top board on four straight legs; no crossing, pivot, lower step or grooves.
const { makeBox } = replicad;

const defaultParams = { width: 400, depth: 340, height: 480, leg: 36 };

const main = (r, p) => {
  const parts = [{ shape: makeBox([-p.width / 2, -p.depth / 2, p.height - 24], [p.width / 2, p.depth / 2, p.height]), name: "top_step" }];
  for (const sx of [-1, 1]) {
    for (const sy of [-1, 1]) {
      const x = sx * (p.width / 2 - 10);
      const y = sy * (p.depth / 2 - p.leg);
      parts.push({ shape: makeBox([x - 10, y - p.leg / 2, 0], [x + 10, y + p.leg / 2, p.height - 24]), name: "side_frame" });
    }
  }
  return parts;
};
