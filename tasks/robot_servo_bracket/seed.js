// First attempt. A flat plate only: no cradle walls, ears, holes or rib.
const { makeBaseBox } = replicad;

const main = () => makeBaseBox(72, 36, 3);
