// Ergonomic lounge chair, second construction: a bucket seat made as the intersection of two
// dished side profiles (it dips both side to side and front to back, with a lower front edge),
// flat underneath so four splayed round legs seat on it face to face; an H-stretcher whose rails
// are trimmed to the legs' curves; armrests on posts trimmed to the seat's top; and a gently
// wrapped, reclined backrest that rises from the seat, then a neck block and a thicker headrest
// pad stacked on it. Every joint is a shared face, so the whole chair is one connected body.
// Back is +Y, front -Y.
const { draw, drawCircle, drawRectangle, drawRoundedRectangle, makeBox, makeCylinder } = replicad;

const defaultParams = {
  seatWidth: 500,
  seatDepth: 480,
  seatBottom: 390,
  sideEdgeZ: 455,
  sideDipZ: 428,
  rearEdgeZ: 460,
  frontEdgeZ: 440,
  midDipZ: 425,
  legRadius: 20,
  legTopX: 200,
  legTopY: 190,
  legSplay: 50,
  stretcherZ: 170,
  stretcherRadius: 14,
  backRadius: 900,
  backThickness: 24,
  backWidth: 440,
  backBase: 400,
  backHeight: 480,
  reclineDeg: 8,
  neckHeight: 40,
  neckWidth: 80,
  headWidth: 260,
  headHeight: 130,
  headPad: 14,
  armX: 240,
  armWidth: 50,
  armLength: 400,
  armZ: 640,
  armThickness: 28,
  postRadius: 12,
  postInset: 2,
};

// A round bar from a to b (3D points), optionally run `extra` past both ends.
const rod = (a, b, radius, extra = 0) => {
  const d = [0, 1, 2].map((i) => b[i] - a[i]);
  const length = Math.hypot(...d);
  const u = d.map((v) => v / length);
  return makeCylinder(radius, length + 2 * extra, a.map((v, i) => v - u[i] * extra), u);
};

// A flat-bottomed profile whose top is one arc from edge to edge through a lower middle point.
const dishedProfile = (span, bottom, leftZ, rightZ, midZ) =>
  draw([-span / 2, bottom])
    .lineTo([span / 2, bottom])
    .lineTo([span / 2, rightZ])
    .threePointsArcTo([-span / 2, leftZ], [0, midZ])
    .close()
    .fillet(10);

const seat = (p) => {
  const across = dishedProfile(p.seatWidth, p.seatBottom, p.sideEdgeZ, p.sideEdgeZ, p.sideDipZ)
    .sketchOnPlane("XZ", [0, p.seatDepth / 2, 0])
    .extrude(p.seatDepth);
  const along = dishedProfile(p.seatDepth, p.seatBottom, p.frontEdgeZ, p.rearEdgeZ, p.midDipZ)
    .sketchOnPlane("YZ", -p.seatWidth / 2)
    .extrude(p.seatWidth);
  return across.intersect(along);
};

// A band of a vertical cylinder (axis at (0, centreY)), between two radii and clipped to a width,
// standing from z0 for height h: the wrap of the backrest and headrest.
const wrapBand = (rIn, rOut, centreY, width, z0, h) =>
  drawCircle(rOut)
    .cut(drawCircle(rIn))
    .translate(0, centreY)
    .intersect(drawRectangle(width, rOut).translate(0, centreY + rOut / 2))
    .sketchOnPlane("XY", z0)
    .extrude(h);

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const seatShape = seat(p);
  const parts = [{ shape: seatShape, name: "seat", color: "#b8764a" }];

  // Legs: straight round legs splayed out toward the floor, trimmed flat at the floor and at the
  // seat's flat underside.
  const trim = makeBox([-2000, -2000, 0], [2000, 2000, p.seatBottom]);
  const legs = {};
  const axisAt = (top, foot, z) => top.map((v, i) => v + ((foot[i] - v) * (p.seatBottom - z)) / p.seatBottom);
  for (const sx of [-1, 1]) {
    for (const sy of [-1, 1]) {
      const top = [sx * p.legTopX, sy * p.legTopY, p.seatBottom];
      const foot = [sx * (p.legTopX + p.legSplay), sy * (p.legTopY + p.legSplay), 0];
      const leg = rod(foot, top, p.legRadius, 2 * p.legRadius).intersect(trim);
      legs[`${sx}${sy}`] = { shape: leg, top, foot };
      parts.push({ shape: leg, name: "leg", color: "#6a4326" });
    }
  }

  // H-stretcher: a side rail between each front and rear leg, trimmed to the legs' surfaces, and a
  // centre rail between the side rails, trimmed to theirs.
  const z = p.stretcherZ;
  const sides = [-1, 1].map((sx) => {
    const f = legs[`${sx}-1`];
    const b = legs[`${sx}1`];
    const a = axisAt(f.top, f.foot, z);
    const c = axisAt(b.top, b.foot, z);
    const rail = rod(a, c, p.stretcherRadius).cut(f.shape).cut(b.shape);
    parts.push({ shape: rail, name: "crossbar", color: "#7a5030" });
    return { rail, mid: [(a[0] + c[0]) / 2, 0, z] };
  });
  const centre = rod(sides[0].mid, sides[1].mid, p.stretcherRadius * 0.85).cut(sides[0].rail).cut(sides[1].rail);
  parts.push({ shape: centre, name: "crossbar", color: "#7a5030" });

  // Backrest, neck and headrest are built upright, stacked face to face, then reclined together
  // about the seat's rear; the backrest's foot is then trimmed to the seat's top surface.
  const outerY = p.seatDepth / 2 - 5;
  const rOut = p.backRadius + p.backThickness;
  const centreY = outerY - rOut;
  const recline = (shape) => shape.rotate(-p.reclineDeg, [0, outerY, p.midDipZ], [1, 0, 0]);
  const backTop = p.backBase + p.backHeight;
  const backrest = recline(wrapBand(p.backRadius, rOut, centreY, p.backWidth, p.backBase, p.backHeight)).cut(seatShape);
  parts.push({ shape: backrest, name: "backrest", color: "#b8764a" });
  const neckY0 = centreY + p.backRadius + 3;
  const neck = makeBox([-p.neckWidth / 2, neckY0, backTop], [p.neckWidth / 2, outerY - 1, backTop + p.neckHeight]);
  parts.push({ shape: recline(neck), name: "headrest neck", color: "#6a4326" });
  const head = wrapBand(p.backRadius, rOut + p.headPad, centreY, p.headWidth, backTop + p.neckHeight, p.headHeight);
  parts.push({ shape: recline(head), name: "headrest", color: "#cf8c5e" });

  // Armrests: rounded bars outboard of the backrest, each on a front and a rear post whose feet
  // are trimmed to the seat's dished top.
  const postX = p.seatWidth / 2 - p.postRadius - p.postInset;
  for (const sx of [-1, 1]) {
    const arm = drawRoundedRectangle(p.armWidth, p.armLength, p.armWidth / 2 - 5)
      .translate(sx * p.armX, 0)
      .sketchOnPlane("XY", p.armZ)
      .extrude(p.armThickness);
    parts.push({ shape: arm, name: "armrest", color: "#cf8c5e" });
    for (const y of [-p.armLength / 2 + 50, p.armLength / 2 - 80]) {
      const post = makeCylinder(p.postRadius, p.armZ - p.seatBottom - 10, [sx * postX, y, p.seatBottom + 10]).cut(seatShape);
      parts.push({ shape: post, name: "arm support", color: "#6a4326" });
    }
  }
  return parts;
};
