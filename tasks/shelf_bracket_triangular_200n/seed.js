// First attempt. Only the wall plate so far: no arm, no rib, no holes.
const { makeBaseBox } = replicad;

const main = () => makeBaseBox(8, 50, 180);
