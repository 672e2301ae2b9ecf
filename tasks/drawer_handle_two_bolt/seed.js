// First attempt. A straight bar only: no posts, no screw holes, no arch.
const { makeBaseBox } = replicad;

const main = () => makeBaseBox(160, 14, 8).translate([0, 0, 28]);
