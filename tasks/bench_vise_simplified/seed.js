// First attempt. Only the base plate so far: no jaws, spindle or rails.
const { makeBaseBox } = replicad;

const main = () => makeBaseBox(240, 140, 14);
