// Sloppy: chair whose backrest panel floats in front of the posts without touching them, and whose front legs run straight up through the seat
const { makeBox } = replicad;

const defaultParams = { width: 440, depth: 440, seatHeight: 450, seatThick: 20, leg: 40, postTop: 880 };

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const hx = p.width / 2, hy = p.depth / 2, L = p.leg;
  const seatBot = p.seatHeight - p.seatThick;
  const legBox = (x0, y0, top) => makeBox([x0, y0, 0], [x0 + L, y0 + L, top]);
  return [
    { shape: legBox(-hx, -hy, p.seatHeight + 60), name: "front left leg" },
    { shape: legBox(hx - L, -hy, p.seatHeight + 60), name: "front right leg" },
    { shape: legBox(-hx, hy - L, p.postTop), name: "rear left leg" },
    { shape: legBox(hx - L, hy - L, p.postTop), name: "rear right leg" },
    { shape: makeBox([-hx, -hy, seatBot], [hx, hy - L, p.seatHeight]), name: "seat panel" },
    { shape: makeBox([-hx + 5, -hy + L, 120], [-hx + 35, hy - L, 150]), name: "left crossbar" },
    { shape: makeBox([hx - 35, -hy + L, 120], [hx - 5, hy - L, 150]), name: "right crossbar" },
    { shape: makeBox([-hx + L, -hy + 8, 160], [hx - L, -hy + 32, 190]), name: "front crossbar" },
    // backrest sits 60 mm in front of the posts and between them: touches nothing
    { shape: makeBox([-hx + L + 10, hy - L - 80, 650], [hx - L - 10, hy - L - 60, 850]), name: "backrest panel" },
  ];
};
