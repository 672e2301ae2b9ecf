// Step 1: the top on six plain legs; no stretchers yet.
const { makeBox } = replicad;

const defaultParams = { length: 900, width: 600, height: 720, top: 28, leg: 50 };

const main = (r, p) => {
  const parts = [{ shape: makeBox([-p.length / 2, -p.width / 2, p.height - p.top], [p.length / 2, p.width / 2, p.height]), name: "tabletop" }];
  for (const x of [-400, 0, 400]) {
    for (const y of [-250, 250]) {
      parts.push({ shape: makeBox([x - p.leg / 2, y - p.leg / 2, 0], [x + p.leg / 2, y + p.leg / 2, p.height - p.top]), name: "leg" });
    }
  }
  return parts;
};
