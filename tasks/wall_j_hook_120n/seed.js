// First attempt. Only a flat wall plate so far: no hook arm, no holes.
const { makeBaseBox } = replicad;

const main = () => makeBaseBox(8, 60, 130);
