// Step 1: pad and a solid block for the channel; no hole, channel or arms.
const { makeBox } = replicad;

const defaultParams = { padLength: 45, padWidth: 20 };

const main = (r, p) => [
  { shape: makeBox([-p.padLength / 2, -p.padWidth / 2, 0], [p.padLength / 2, p.padWidth / 2, 3]), name: "base_pad" },
  { shape: makeBox([0, -5, 2], [16, 5, 20]), name: "cable_channel" },
];
