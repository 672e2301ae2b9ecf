// Step 1: a square arch and two flat flanges; no round saddle, holes, ribs or liner.
const { makeBox } = replicad;

const defaultParams = { pipe: 80, wall: 8, width: 50 };

const main = (r, p) => {
  const half = p.pipe / 2;
  const arch = makeBox([-half - p.wall, -p.width / 2, 0], [half + p.wall, p.width / 2, half + p.wall]).cut(
    makeBox([-half, -p.width / 2 - 1, -1], [half, p.width / 2 + 1, half]),
  );
  return [
    { shape: arch, name: "saddle" },
    { shape: makeBox([-78, -p.width / 2, 0], [-half - p.wall + 1, p.width / 2, 8]), name: "side_flange" },
    { shape: makeBox([half + p.wall - 1, -p.width / 2, 0], [78, p.width / 2, 8]), name: "side_flange" },
  ];
};
