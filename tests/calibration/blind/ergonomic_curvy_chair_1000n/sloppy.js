// SLOPPY version of the lounge chair. Deliberate faults:
//  - legs are not trimmed at the seat: they run up through the seat and poke out of its top;
//  - crossbars are not trimmed to the legs (they pass right through them);
//  - the right armrest is modelled too high and too short: it floats above its supports;
//  - the headrest is placed 50 mm above the backrest (floating) and its top exceeds 1120 mm.
// Axes: X across the chair, Y front (-) to back (+), Z up, floor at z = 0.
const { draw, drawRoundedRectangle, makeBox, makeSphere } = replicad;

const defaultParams = {
  seatWidth: 500,      // X
  seatFront: -300,     // Y of the seat front edge
  seatBack: 190,       // Y of the seat rear edge
  seatBottom: 385,     // Z underside of the seat shell
  seatThick: 65,       // seat shell thickness at the rim (35+ mm left under the dip)
  dishDepth: 25,       // how far the middle of the seat dips
  dishRadius: 1200,    // sphere radius of the dish (gives a ~240 mm radius hollow)
  legTopR: 25, legFootR: 18,
  stretcherZ: 150, stretcherR: 14,
  armTop: 665, armWidth: 62, armThick: 34,
  supportR: 16,
  backCentreY: -165,   // plan-view centre of the wrap-around backrest arc
  backInnerR: 290, backThick: 32, backHalfWidth: 238,
  backHeight: 460,     // backrest height above the seat (measured along its lean)
  lean: 13,            // degrees the backrest/headrest lean back from vertical
  headHeight: 175, headHalfWidth: 170, headThick: 58,
};

// Tapered round bar from p0 (radius r0) to p1 (radius r1): revolved trapezoid, then aimed.
function rod(p0, p1, r0, r1) {
  const d = [p1[0] - p0[0], p1[1] - p0[1], p1[2] - p0[2]];
  const L = Math.hypot(...d);
  const u = d.map((v) => v / L);
  let s = draw([0, 0]).hLine(r0).lineTo([r1, L]).hLine(-r1).close()
    .sketchOnPlane("XZ").revolve([0, 0, 1]);
  const ax = [-u[1], u[0], 0];
  const ang = (Math.acos(Math.max(-1, Math.min(1, u[2]))) * 180) / Math.PI;
  if (Math.hypot(...ax) > 1e-9) s = s.rotate(ang, [0, 0, 0], ax);
  return s.translate(p0);
}
const lerp = (a, b, t) => a.map((v, i) => v + (b[i] - v) * t);
const atZ = (a, b, z) => lerp(a, b, (z - a[2]) / (b[2] - a[2]));

// Plan-view annular sector (arc centre cy, radii ri..ro, ends at x = +-hw), extruded in Z.
function arcBand(cy, ri, ro, hw, z0, h) {
  const yi = cy + Math.sqrt(ri * ri - hw * hw);
  const yo = cy + Math.sqrt(ro * ro - hw * hw);
  return draw([-hw, yi])
    .threePointsArcTo([hw, yi], [0, cy + ri])
    .lineTo([hw, yo])
    .threePointsArcTo([-hw, yo], [0, cy + ro])
    .close()
    .sketchOnPlane("XY", z0)
    .extrude(h);
}

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const seatTop = p.seatBottom + p.seatThick;
  const seatDepth = p.seatBack - p.seatFront;
  const seatMidY = (p.seatBack + p.seatFront) / 2;

  // --- Seat: rounded slab with a spherical dish scooped out of the middle.
  let seat = drawRoundedRectangle(p.seatWidth, seatDepth, 80)
    .translate(0, seatMidY)
    .sketchOnPlane("XY", p.seatBottom)
    .extrude(p.seatThick)
    .fillet(16);
  const dishY = seatMidY + 15; // hollow sits a little back, under the sitter's pelvis
  seat = seat.cut(makeSphere(p.dishRadius).translate([0, dishY, seatTop - p.dishDepth + p.dishRadius]));

  // --- Legs: tapered round legs splayed outward (in X and Y) toward the floor.
  const legTops = [
    [-185, -215], [185, -215], [-185, 110], [185, 110],
  ];
  const legFeet = [
    [-282, -300], [282, -300], [-282, 268], [282, 268],
  ];
  const legs = [];
  const axes = [];
  for (let i = 0; i < 4; i++) {
    const top = [legTops[i][0], legTops[i][1], p.seatBottom];
    const foot = [legFeet[i][0], legFeet[i][1], 0];
    // extend both ends, then trim flat to the floor and to the seat underside
    const a = atZ(top, foot, p.seatBottom + 95); // far too long
    const b = atZ(top, foot, -30);
    let leg = rod(b, a, p.legFootR, p.legTopR);
    leg = leg.intersect(makeBox([-400, -400, 0], [400, 400, p.seatBottom + 95])); // pokes through seat
    legs.push(leg);
    axes.push([top, foot]);
  }

  // --- Crossbars: a ring of stretchers at stretcherZ, ends trimmed to the leg surfaces.
  // Front/back bars sit higher than the side bars so the joints in each leg do not clash.
  const ptAt = (i, z) => atZ(axes[i][0], axes[i][1], z);
  const zFB = p.stretcherZ + 45;
  const pairs = [[0, 1, "crossbar_front", zFB], [2, 3, "crossbar_back", zFB],
    [0, 2, "crossbar_left", p.stretcherZ], [1, 3, "crossbar_right", p.stretcherZ]];
  const bars = pairs.map(([i, j, name, z]) => {
    const a = ptAt(i, z), b = ptAt(j, z);
    const ext = (u, v) => u.map((c, k) => c + (u[k] - v[k]) * 0.15); // overshoot both ends
    let bar = rod(ext(a, b), ext(b, a), p.stretcherR, p.stretcherR);
    return { shape: bar, name };
  });

  // --- Backrest and headrest: plan-curved bands (wrap around the sitter), built upright
  // then tilted back about the rear of the seat by `lean`.
  const backRo = p.backInnerR + p.backThick;
  const pivot = [0, p.seatBack - 40, seatTop];
  let back = arcBand(p.backCentreY, p.backInnerR, backRo, p.backHalfWidth, p.seatBottom + 8, seatTop - p.seatBottom - 8 + p.backHeight)
    .fillet(10);
  // headrest: thicker cushion, thickening toward the head (inner radius smaller)
  let head = arcBand(p.backCentreY, backRo - p.headThick, backRo + 4, p.headHalfWidth, seatTop + p.backHeight + 50, p.headHeight)
    .fillet(18);
  back = back.rotate(-p.lean, pivot, [1, 0, 0]);
  head = head.rotate(-p.lean, pivot, [1, 0, 0]);
  back = back.cut(seat.clone()); // seat the backrest foot exactly on the seat surface

  // --- Armrests: side-view arched bars (YZ profile extruded in X), trimmed by the backrest.
  const armFront = p.seatFront + 15;
  const armRear = 120;
  const armX = p.seatWidth / 2 - p.armWidth / 2 + 8; // centre line of each arm
  const makeArm = (sx) => {
    const zt = p.armTop, zb = p.armTop - p.armThick;
    const prof = draw([armFront, zb + 6])
      .sagittaArcTo([armRear, zb - 4], 10) // arched underside
      .lineTo([armRear, zt - 4])
      .sagittaArcTo([armFront, zt], -12) // crowned top
      .close();
    let arm = prof.sketchOnPlane("YZ", sx * armX - p.armWidth / 2).extrude(p.armWidth).fillet(10);
    return arm.cut(back.clone());
  };
  const arms = [makeArm(-1), makeArm(1)];
  // right arm: supports were cut to the correct arm, then the arm was moved up and shortened
  const armRight = arms[1].clone().translate([0, 0, 40]).cut(makeBox([0, -60, 0], [400, 400, 2000]));

  // --- Arm supports: two slightly raked round posts per side, seat to armrest.
  const supports = [];
  for (const sx of [-1, 1]) {
    for (const [yb, yt, tag] of [[-225, -235, "front"], [-30, -20, "rear"]]) {
      const x = sx * (armX - 4);
      let post = rod([x, yb, p.seatBottom + 20], [sx * armX, yt, p.armTop - 18], p.supportR + 3, p.supportR);
      post = post.cut(seat.clone()).cut(arms[sx < 0 ? 0 : 1].clone());
      supports.push({ shape: post, name: `arm_support_${sx < 0 ? "left" : "right"}_${tag}` });
    }
  }

  const wood = "#b07a48", cushion = "#44556a", metal = "#8a8f96";
  return [
    { shape: seat, name: "seat", color: cushion },
    { shape: legs[0], name: "leg_front_left", color: wood },
    { shape: legs[1], name: "leg_front_right", color: wood },
    { shape: legs[2], name: "leg_back_left", color: wood },
    { shape: legs[3], name: "leg_back_right", color: wood },
    ...bars.map((b) => ({ ...b, color: wood })),
    { shape: arms[0], name: "armrest_left", color: wood },
    { shape: armRight, name: "armrest_right", color: wood },
    ...supports.map((s) => ({ ...s, color: metal })),
    { shape: back, name: "backrest", color: cushion },
    { shape: head, name: "headrest", color: cushion },
  ];
};
