// Honest: six-leg utility table, 50 mm square legs under a 25 mm top with aprons, low side stretchers between legs and three short crossbars
const { makeBox } = replicad;

const defaultParams = {
  length: 900, width: 600, height: 720,
  topT: 25,
  leg: 50,
  legInset: 30,        // leg outer faces from the top's edges
  apronH: 90, apronT: 22,
  sideZ: 110,          // centre of long stretchers
  crossZ: 160,         // centre of short crossbars
  barH: 40, barT: 28,
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const hx = p.length / 2, hy = p.width / 2, L = p.leg;
  const topBot = p.height - p.topT;
  const parts = [];
  const top = "#c79a62", frame = "#6d4a2b";

  parts.push({ shape: makeBox([-hx, -hy, topBot], [hx, hy, p.height]), name: "tabletop", color: top });

  // leg centres: three along each long side (X), at both ends and the middle
  const xe = hx - p.legInset - L / 2, ye = hy - p.legInset - L / 2;
  const xs = [-xe, 0, xe], ys = [-ye, ye];
  const names = [["front left leg", "front middle leg", "front right leg"], ["back left leg", "back middle leg", "back right leg"]];
  ys.forEach((y, j) => xs.forEach((x, i) => {
    parts.push({ shape: makeBox([x - L / 2, y - L / 2, 0], [x + L / 2, y + L / 2, topBot]), name: names[j][i], color: frame });
  }));

  // aprons under the top, between neighbouring legs, flush-ish with the outside faces
  const a0 = topBot - p.apronH;
  ys.forEach((y, j) => {
    const yo = y < 0 ? y - L / 2 + 4 : y + L / 2 - 4 - p.apronT;
    for (let i = 0; i < 2; i++) {
      parts.push({ shape: makeBox([xs[i] + L / 2, yo, a0], [xs[i + 1] - L / 2, yo + p.apronT, topBot]), name: `${j ? "back" : "front"} apron ${i + 1}`, color: frame });
    }
  });
  [-xe, xe].forEach((x, k) => {
    const xo = x < 0 ? x - L / 2 + 4 : x + L / 2 - 4 - p.apronT;
    parts.push({ shape: makeBox([xo, -ye + L / 2, a0], [xo + p.apronT, ye - L / 2, topBot]), name: k ? "right end apron" : "left end apron", color: frame });
  });

  // long stretchers down each side, between neighbouring legs, on the leg centre line
  const s0 = p.sideZ - p.barH / 2;
  ys.forEach((y, j) => {
    for (let i = 0; i < 2; i++) {
      parts.push({ shape: makeBox([xs[i] + L / 2, y - p.barT / 2, s0], [xs[i + 1] - L / 2, y + p.barT / 2, s0 + p.barH]), name: `${j ? "back" : "front"} long stretcher ${i + 1}`, color: frame });
    }
  });
  // short crossbars between facing legs
  const c0 = p.crossZ - p.barH / 2;
  xs.forEach((x, i) => {
    parts.push({ shape: makeBox([x - p.barT / 2, -ye + L / 2, c0], [x + p.barT / 2, ye - L / 2, c0 + p.barH]), name: `crossbar ${i + 1}`, color: frame });
  });
  return parts;
};
