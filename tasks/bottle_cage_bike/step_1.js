// Step 1: backbone and a flat bottom plate; no arms, holes, lip or ribs.
const { makeBox } = replicad;

const defaultParams = { height: 150, bottle: 74 };

const main = (r, p) => [
  { shape: makeBox([-9, 0, 0], [9, 4, p.height]), name: "backbone" },
  { shape: makeBox([-p.bottle / 2, 0, 0], [p.bottle / 2, p.bottle, 4]), name: "bottle_stop" },
];
