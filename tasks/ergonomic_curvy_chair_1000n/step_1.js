// Step 1: flat seat on four straight legs with a flat back; nothing curved yet, no arms or headrest.
const { makeBox, makeCylinder } = replicad;

const defaultParams = { width: 480, depth: 460, seatHeight: 440, backHeight: 420 };

const main = (r, p) => {
  const parts = [{ shape: makeBox([-p.width / 2, -p.depth / 2, p.seatHeight], [p.width / 2, p.depth / 2, p.seatHeight + 30]), name: "seat" }];
  for (const sx of [-1, 1]) {
    for (const sy of [-1, 1]) parts.push({ shape: makeCylinder(18, p.seatHeight + 1, [sx * 200, sy * 190, 0]), name: "leg" });
  }
  parts.push({ shape: makeBox([-220, -p.depth / 2, p.seatHeight + 30], [220, -p.depth / 2 + 22, p.seatHeight + 30 + p.backHeight]), name: "backrest" });
  return parts;
};
