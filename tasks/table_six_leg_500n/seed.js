// First attempt. Only the tabletop so far: no legs or stretchers yet.
const { makeBaseBox } = replicad;

const main = () => makeBaseBox(900, 600, 28).translate([0, 0, 692]);
