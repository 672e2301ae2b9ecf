// Step 1: a straight bar on two square posts; no arch, no screw holes.
const { makeBox } = replicad;

const defaultParams = { length: 160, spacing: 128, height: 36, bar: 8 };

const main = (r, p) => {
  const parts = [{ shape: makeBox([-p.length / 2, -7, p.height - p.bar], [p.length / 2, 7, p.height]), name: "grip_bar" }];
  for (const s of [-1, 1]) {
    const x = (s * p.spacing) / 2;
    parts.push({ shape: makeBox([x - 6, -6, 0], [x + 6, 6, p.height - p.bar]), name: "mounting_post" });
  }
  return parts;
};
