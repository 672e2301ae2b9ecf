// Honest: rolled-leaf butt hinge lying flat - each leaf is a plate+curl profile extruded along X with the partner's knuckle zones milled away; domed pin along X
const { makeBox, makeCylinder, makeSphere, draw, drawCircle, drawRectangle, drawRoundedRectangle } = replicad;

const defaultParams = {
  length: 84,
  width: 30,          // each leaf, pin axis to outer edge
  sheet: 3,
  curlOD: 10,
  pinDia: 5,
  gap: 0.8,
  outerKnuckle: 17,   // length of the two end knuckles; the other three share the rest
  corner: 5,
  screwDia: 4.2,
  headDia: 8.4,
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const L = p.length, W = p.width, t = p.sheet;
  const rk = p.curlOD / 2, rp = p.pinDia / 2, zc = rk;

  // knuckle split along X: [end, mid, centre, mid, end]
  const midL = (L - 2 * p.outerKnuckle - 4 * p.gap) / 3;
  const lens = [p.outerKnuckle, midL, midL, midL, p.outerKnuckle];
  const spans = [];
  let x = -L / 2;
  for (const l of lens) { spans.push([x, x + l]); x += l + p.gap; }

  // outline with rounded outer corners only (a 2W-wide rounded rectangle cut in half by the axis)
  const outline = drawRoundedRectangle(L, 2 * W, p.corner).sketchOnPlane("XY", -1).extrude(2 * rk + 2);

  const cs = (hx, hy) =>
    draw([0, -1]).hLineTo(p.screwDia / 2).vLineTo(t - (p.headDia - p.screwDia) / 2)
      .lineTo([p.headDia / 2, t]).vLineTo(t + 1).hLineTo(0).close()
      .sketchOnPlane("XZ").revolve([0, 0, 1]).translate([hx, hy, 0]);

  const rolledLeaf = (side, ownIdx, holes) => {
    // profile in YZ: strip from the axis to the edge + curl round the pin
    const strip = drawRectangle(W, t).translate(side * W / 2, t / 2);
    const prof = strip.fuse(drawCircle(rk).translate(0, zc)).cut(drawCircle(rp).translate(0, zc));
    let leaf = prof.sketchOnPlane("YZ").extrude(L).translate([-L / 2, 0, 0]);
    // mill away the partner's knuckle zones (with running clearance)
    spans.forEach(([a, b], i) => {
      if (ownIdx.includes(i)) return;
      leaf = leaf.cut(makeBox([a - p.gap, -rk - p.gap, -1], [b + p.gap, rk + p.gap, 2 * rk + 1]));
    });
    leaf = leaf.intersect(outline.clone());
    for (const [hx, hy] of holes) leaf = leaf.cut(cs(hx, side * hy));
    return leaf;
  };

  const holes = [[-L / 2 + 10, 20], [0, 16], [L / 2 - 10, 20]];
  const leaf3 = rolledLeaf(1, [0, 2, 4], holes);
  const leaf2 = rolledLeaf(-1, [1, 3], holes);

  // pin with domed ends that sit against the end knuckles
  const dome = (x0, dir) => makeSphere(rp + 0.8).translate([x0, 0, zc])
    .intersect(makeBox([x0, -5, zc - 5], [x0 + dir * 5, 5, zc + 5]));
  const pin = makeCylinder(rp, L, [-L / 2, 0, zc], [1, 0, 0])
    .fuse(dome(-L / 2, -1)).fuse(dome(L / 2, 1));

  return [
    { shape: leaf3, name: "frame leaf", color: "#a7a9ac" },
    { shape: leaf2, name: "door leaf", color: "#8d9096" },
    { shape: pin, name: "pin", color: "#55585c" },
  ];
};
