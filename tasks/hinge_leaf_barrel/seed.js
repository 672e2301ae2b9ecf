// First attempt. One flat plate for both leaves: no barrel, pin or holes.
const { makeBaseBox } = replicad;

const main = () => makeBaseBox(100, 70, 3);
