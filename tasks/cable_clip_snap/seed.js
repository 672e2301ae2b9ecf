// First attempt. Only the base pad so far.
const { makeBaseBox } = replicad;

const main = () => makeBaseBox(45, 20, 3);
