// First attempt. Only the seat panel so far: no legs, crossbars or backrest yet.
const { makeBaseBox } = replicad;

const main = () => makeBaseBox(460, 440, 30).translate([0, 0, 420]);
