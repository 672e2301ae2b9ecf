// First attempt. A flat seat slab only: no legs, back, arms or headrest.
const { makeBaseBox } = replicad;

const main = () => makeBaseBox(480, 460, 30).translate([0, 0, 440]);
