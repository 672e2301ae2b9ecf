// First attempt. Only the palm block so far.
const { makeBaseBox } = replicad;

const main = () => makeBaseBox(60, 64, 40);
