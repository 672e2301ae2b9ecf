// First attempt: a bare disk of the right size, no teeth, slots or shaft opening yet.
const { makeCylinder } = replicad;

const main = () => makeCylinder(90, 10);
