// First attempt. A single straight bar: one arm, no joints.
const { makeBaseBox } = replicad;

const main = () => makeBaseBox(150, 8, 18).translate([0, 0, 80]);
