// Step 1: the U cradle only; no ears, holes, notch or ribs.
const { makeBox } = replicad;

const defaultParams = { inner: 42, wall: 3, height: 48, depth: 36 };

const main = (r, p) => {
  const half = p.inner / 2;
  const floor = makeBox([-half - p.wall, -p.depth / 2, 0], [half + p.wall, p.depth / 2, p.wall]);
  const left = makeBox([-half - p.wall, -p.depth / 2, 0], [-half, p.depth / 2, p.height]);
  const right = makeBox([half, -p.depth / 2, 0], [half + p.wall, p.depth / 2, p.height]);
  return [{ shape: floor.fuse(left).fuse(right), name: "u_cradle" }];
};
