// First attempt. Only the base plate so far.
const { makeBaseBox } = replicad;

const main = () => makeBaseBox(110, 120, 8);
