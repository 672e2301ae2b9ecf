// Sloppy: six-leg table whose top floats 30 mm above the legs, and whose stretchers are rammed straight through the legs
const { makeBox } = replicad;

const defaultParams = { length: 900, width: 600, height: 720, topT: 25, leg: 50, legInset: 30 };

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const hx = p.length / 2, hy = p.width / 2, L = p.leg, zt = p.height - p.topT;
  const parts = [{ shape: makeBox([-hx, -hy, zt], [hx, hy, p.height]), name: "tabletop" }];
  const xe = hx - p.legInset - L / 2, ye = hy - p.legInset - L / 2;
  const xs = [-xe, 0, xe];
  [-ye, ye].forEach((y, j) => {
    xs.forEach((x, i) => parts.push({ shape: makeBox([x - L / 2, y - L / 2, 0], [x + L / 2, y + L / 2, zt - 30]), name: `leg ${j * 3 + i + 1}` }));
    // one long stretcher straight through all three legs, wider than the legs
    parts.push({ shape: makeBox([-hx + 10, y - 35, 90], [hx - 10, y + 35, 150]), name: `long stretcher ${j + 1}` });
  });
  xs.forEach((x, i) => parts.push({ shape: makeBox([x - 30, -hy + 10, 100], [x + 30, hy - 10, 160]), name: `crossbar ${i + 1}` }));
  return parts;
};
