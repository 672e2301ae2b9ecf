// First attempt. A plain block where the clamp and arm should be.
const { makeBaseBox } = replicad;

const main = () => makeBaseBox(160, 30, 60);
