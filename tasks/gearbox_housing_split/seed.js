// First attempt. A solid box: no bores, flanges, seam or drain.
const { makeBaseBox } = replicad;

const main = () => makeBaseBox(200, 120, 150);
