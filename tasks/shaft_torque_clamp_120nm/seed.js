// First attempt. A plain bar from root to tip: no bolts, no boss, no bore.
const { makeBaseBox } = replicad;

const main = () => makeBaseBox(235, 60, 22);
