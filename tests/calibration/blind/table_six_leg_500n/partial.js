// Partial: six-leg table with top and long side stretchers, but the short crossbars between facing legs are missing
const { makeBox } = replicad;

const defaultParams = { length: 900, width: 600, height: 720, topT: 25, leg: 50, legInset: 30, sideZ: 110, barH: 40, barT: 28 };

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const hx = p.length / 2, hy = p.width / 2, L = p.leg, zt = p.height - p.topT;
  const parts = [{ shape: makeBox([-hx, -hy, zt], [hx, hy, p.height]), name: "tabletop" }];
  const xe = hx - p.legInset - L / 2, ye = hy - p.legInset - L / 2;
  const xs = [-xe, 0, xe];
  [-ye, ye].forEach((y, j) => {
    xs.forEach((x, i) => parts.push({ shape: makeBox([x - L / 2, y - L / 2, 0], [x + L / 2, y + L / 2, zt]), name: `leg ${j * 3 + i + 1}` }));
    for (let i = 0; i < 2; i++) {
      parts.push({ shape: makeBox([xs[i] + L / 2, y - p.barT / 2, p.sideZ - p.barH / 2], [xs[i + 1] - L / 2, y + p.barT / 2, p.sideZ + p.barH / 2]), name: `side stretcher ${j * 2 + i + 1}` });
    }
  });
  return parts;
};
