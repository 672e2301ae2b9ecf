// First attempt. Only the flat backbone strip so far.
const { makeBaseBox } = replicad;

const main = () => makeBaseBox(18, 4, 150);
