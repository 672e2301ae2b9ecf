// First attempt. A flat strap only: no saddle curve, flanges or holes.
const { makeBaseBox } = replicad;

const main = () => makeBaseBox(156, 50, 8);
