// Partial: chair with seat, four legs (rear ones rising as posts) and seat aprons, but no low crossbars and no backrest panel
const { makeBox } = replicad;

const defaultParams = { width: 440, depth: 440, seatHeight: 450, seatThick: 20, leg: 40, postTop: 880, apronH: 80, apronT: 20 };

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const hx = p.width / 2, hy = p.depth / 2, L = p.leg;
  const seatBot = p.seatHeight - p.seatThick;
  const legBox = (x0, y0, top) => makeBox([x0, y0, 0], [x0 + L, y0 + L, top]);
  const rl = legBox(-hx, hy - L, p.postTop), rr = legBox(hx - L, hy - L, p.postTop);
  const seat = makeBox([-hx, -hy, seatBot], [hx, hy, p.seatHeight]).cut(rl.clone()).cut(rr.clone());
  const inset = (L - p.apronT) / 2, a0 = seatBot - p.apronH;
  return [
    { shape: legBox(-hx, -hy, seatBot), name: "front left leg" },
    { shape: legBox(hx - L, -hy, seatBot), name: "front right leg" },
    { shape: rl, name: "rear left leg" },
    { shape: rr, name: "rear right leg" },
    { shape: seat, name: "seat panel" },
    { shape: makeBox([-hx + L, -hy + inset, a0], [hx - L, -hy + inset + p.apronT, seatBot]), name: "front apron" },
    { shape: makeBox([-hx + L, hy - inset - p.apronT, a0], [hx - L, hy - inset, seatBot]), name: "rear apron" },
    { shape: makeBox([-hx + inset, -hy + L, a0], [-hx + inset + p.apronT, hy - L, seatBot]), name: "left apron" },
    { shape: makeBox([hx - inset - p.apronT, -hy + L, a0], [hx - inset, hy - L, seatBot]), name: "right apron" },
  ];
};
