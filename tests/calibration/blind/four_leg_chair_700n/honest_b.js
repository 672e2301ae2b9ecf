// Honest: chair with an overhanging rounded seat board, H-pattern stretchers, and a back board screwed to the front faces of the raised rear legs
const { makeBox, drawRoundedRectangle } = replicad;

const defaultParams = {
  legSpanX: 400,     // outside of legs, X
  legSpanY: 400,     // outside of legs, Y
  leg: 45,
  overhang: 20,      // seat overhang at front and sides
  seatTop: 460,
  seatT: 25,
  postTop: 890,
  railH: 70,
  railT: 22,
  sideStretcherZ: 160,
  midStretcherZ: 160,
  stretcherH: 34,
  stretcherT: 25,
  backLow: 620,
  backHigh: 860,
  backT: 16,
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const hx = p.legSpanX / 2, hy = p.legSpanY / 2, L = p.leg;
  const seatBot = p.seatTop - p.seatT;
  const oak = "#c8975a", brown = "#7b4f2a";
  const out = [];

  const leg = (x0, y0, top) => makeBox([x0, y0, 0], [x0 + L, y0 + L, top]);
  const fl = leg(-hx, -hy, seatBot), fr = leg(hx - L, -hy, seatBot);
  const bl = leg(-hx, hy - L, p.postTop), br = leg(hx - L, hy - L, p.postTop);
  out.push({ shape: fl, name: "leg FL", color: brown });
  out.push({ shape: fr, name: "leg FR", color: brown });
  out.push({ shape: bl, name: "back leg L (rises to post)", color: brown });
  out.push({ shape: br, name: "back leg R (rises to post)", color: brown });

  // seat board: overhangs front and sides, flush at the back, rounded corners, notched for the posts
  const sw = p.legSpanX + 2 * p.overhang, sd = p.legSpanY + p.overhang;
  let seat = drawRoundedRectangle(sw, sd, 15)
    .sketchOnPlane("XY", seatBot)
    .extrude(p.seatT)
    .translate([0, hy - sd / 2, 0]);
  seat = seat.cut(bl.clone()).cut(br.clone());
  out.push({ shape: seat, name: "seat", color: oak });

  // seat rails, flush with the outside faces of the legs
  const rz = seatBot - p.railH;
  out.push({ shape: makeBox([-hx + L, -hy, rz], [hx - L, -hy + p.railT, seatBot]), name: "front seat rail", color: oak });
  out.push({ shape: makeBox([-hx + L, hy - p.railT, rz], [hx - L, hy, seatBot]), name: "back seat rail", color: oak });
  out.push({ shape: makeBox([-hx, -hy + L, rz], [-hx + p.railT, hy - L, seatBot]), name: "side seat rail L", color: oak });
  out.push({ shape: makeBox([hx - p.railT, -hy + L, rz], [hx, hy - L, seatBot]), name: "side seat rail R", color: oak });

  // H stretchers: one down each side, one across the middle between them
  const c = (L - p.stretcherT) / 2;
  const z0 = p.sideStretcherZ - p.stretcherH / 2, z1 = z0 + p.stretcherH;
  out.push({ shape: makeBox([-hx + c, -hy + L, z0], [-hx + c + p.stretcherT, hy - L, z1]), name: "side stretcher L", color: oak });
  out.push({ shape: makeBox([hx - c - p.stretcherT, -hy + L, z0], [hx - c, hy - L, z1]), name: "side stretcher R", color: oak });
  const m0 = p.midStretcherZ - p.stretcherH / 2;
  out.push({
    shape: makeBox([-hx + c + p.stretcherT, -p.stretcherT / 2, m0], [hx - c - p.stretcherT, p.stretcherT / 2, m0 + p.stretcherH]),
    name: "middle stretcher", color: oak,
  });

  // back board screwed to the front faces of the posts, spanning across both
  out.push({ shape: makeBox([-hx, hy - L - p.backT, p.backLow], [hx, hy - L, p.backHigh]), name: "back board", color: oak });

  return out;
};
