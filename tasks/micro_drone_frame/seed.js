// First attempt. Only a square centre plate so far.
const { makeBaseBox } = replicad;

const main = () => makeBaseBox(56, 56, 3);
