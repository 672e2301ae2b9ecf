// Step 1: centre plate and four flat arms; no bosses, holes, channels or guards.
const { makeBox } = replicad;

const defaultParams = { plate: 56, armLength: 100, armWidth: 12 };

const main = (r, p) => {
  const parts = [{ shape: makeBox([-p.plate / 2, -p.plate / 2, 0], [p.plate / 2, p.plate / 2, 3]), name: "central_plate" }];
  for (const angle of [45, 135, 225, 315]) {
    const arm = makeBox([0, -p.armWidth / 2, 0], [p.armLength, p.armWidth / 2, 5]).rotate(angle, [0, 0, 0], [0, 0, 1]);
    parts.push({ shape: arm, name: "arm" });
  }
  return parts;
};
