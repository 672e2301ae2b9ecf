// First attempt: only the top plate, no wheel, fork or holes yet.
const { makeBaseBox } = replicad;

const main = () => makeBaseBox(90, 80, 8);
