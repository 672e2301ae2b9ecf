// Step 1: a flat raised deck on two block rails; no tilt, vents, stops or legs.
const { makeBox } = replicad;

const defaultParams = { width: 300, depth: 230, deckHeight: 60 };

const main = (r, p) => [
  { shape: makeBox([-p.width / 2, -p.depth / 2, p.deckHeight], [p.width / 2, p.depth / 2, p.deckHeight + 6]), name: "tilted_platform" },
  { shape: makeBox([-p.width / 2, -105, 0], [-p.width / 2 + 14, 105, p.deckHeight]), name: "side_rail" },
  { shape: makeBox([p.width / 2 - 14, -105, 0], [p.width / 2, 105, p.deckHeight]), name: "side_rail" },
];
