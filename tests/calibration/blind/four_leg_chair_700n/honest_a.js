// Honest: square-timber chair, rear legs run up as back posts, seat notched round them, aprons, low stretchers on three sides, backrest panel between posts
const { makeBox } = replicad;

const defaultParams = {
  width: 440,        // X, outside of legs
  depth: 440,        // Y, outside of legs
  seatHeight: 450,   // top of seat above floor
  seatThick: 20,
  leg: 40,           // square leg section
  postTop: 880,      // top of rear posts
  apronH: 80,
  apronT: 20,
  stretcherH: 30,
  stretcherT: 24,
  stretcherZ: 130,   // centre height of low crossbars
  backBottom: 640,
  backTop: 850,
  backThick: 18,
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const hx = p.width / 2, hy = p.depth / 2, L = p.leg;
  const seatBot = p.seatHeight - p.seatThick;
  const parts = [];
  const wood = "#b07a45", dark = "#8a5a30";

  // legs: front (y = -hy) stop under the seat, rear (y = +hy) carry on as back posts
  const legBox = (sx, sy, top) => {
    const x0 = sx < 0 ? -hx : hx - L;
    const y0 = sy < 0 ? -hy : hy - L;
    return makeBox([x0, y0, 0], [x0 + L, y0 + L, top]);
  };
  parts.push({ shape: legBox(-1, -1, seatBot), name: "front left leg", color: dark });
  parts.push({ shape: legBox(1, -1, seatBot), name: "front right leg", color: dark });
  parts.push({ shape: legBox(-1, 1, p.postTop), name: "rear left leg / back post", color: dark });
  parts.push({ shape: legBox(1, 1, p.postTop), name: "rear right leg / back post", color: dark });

  // seat panel, notched round the rear posts
  let seat = makeBox([-hx, -hy, seatBot], [hx, hy, p.seatHeight]);
  seat = seat.cut(legBox(-1, 1, p.postTop)).cut(legBox(1, 1, p.postTop));
  parts.push({ shape: seat, name: "seat panel", color: wood });

  // aprons (seat rails) just under the seat, between legs, set in flush with the outside faces
  const aZ0 = seatBot - p.apronH;
  const inset = (L - p.apronT) / 2;
  parts.push({ shape: makeBox([-hx + L, -hy + inset, aZ0], [hx - L, -hy + inset + p.apronT, seatBot]), name: "front apron", color: wood });
  parts.push({ shape: makeBox([-hx + L, hy - inset - p.apronT, aZ0], [hx - L, hy - inset, seatBot]), name: "rear apron", color: wood });
  parts.push({ shape: makeBox([-hx + inset, -hy + L, aZ0], [-hx + inset + p.apronT, hy - L, seatBot]), name: "left apron", color: wood });
  parts.push({ shape: makeBox([hx - inset - p.apronT, -hy + L, aZ0], [hx - inset, hy - L, seatBot]), name: "right apron", color: wood });

  // low crossbars (stretchers): both sides plus front, centred in the leg section
  const sz0 = p.stretcherZ - p.stretcherH / 2, sz1 = p.stretcherZ + p.stretcherH / 2;
  const sIn = (L - p.stretcherT) / 2;
  parts.push({ shape: makeBox([-hx + sIn, -hy + L, sz0], [-hx + sIn + p.stretcherT, hy - L, sz1]), name: "left crossbar", color: wood });
  parts.push({ shape: makeBox([hx - sIn - p.stretcherT, -hy + L, sz0], [hx - sIn, hy - L, sz1]), name: "right crossbar", color: wood });
  parts.push({ shape: makeBox([-hx + L, -hy + sIn, sz0 + 40], [hx - L, -hy + sIn + p.stretcherT, sz1 + 40]), name: "front crossbar", color: wood });
  parts.push({ shape: makeBox([-hx + L, hy - sIn - p.stretcherT, sz0 + 40], [hx - L, hy - sIn, sz1 + 40]), name: "rear crossbar", color: wood });

  // backrest panel between the posts
  const bIn = (L - p.backThick) / 2;
  parts.push({ shape: makeBox([-hx + L, hy - bIn - p.backThick, p.backBottom], [hx - L, hy - bIn, p.backTop]), name: "backrest panel", color: wood });

  return parts;
};
