// First attempt. A solid plate: no triangles, holes or boss yet.
const { makeBaseBox } = replicad;

const main = () => makeBaseBox(260, 12, 130);
