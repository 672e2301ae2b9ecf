// First attempt. Only a flat top board so far.
const { makeBaseBox } = replicad;

const main = () => makeBaseBox(400, 340, 24).translate([0, 0, 456]);
