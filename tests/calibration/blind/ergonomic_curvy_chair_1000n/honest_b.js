// Ergonomic lounge chair as ONE fused, watertight solid (think moulded shell on a
// laminated side-frame base). Different construction from a kit of separate parts:
//  - seat: side-profile (YZ) extrusion whose top is a concave arc, trimmed to a rounded plan;
//  - backrest + headrest: smooth lofts through plan-view arcs, so they wrap around the
//    sitter and lean back progressively (with a lumbar bulge at mid height);
//  - legs: two flat laminated side frames (front leg + rear leg + side stretcher in one
//    outline), tilted outward so the feet splay; round front/back crossbars between them;
//  - arms: flat frames (armrest + two supports in one outline) standing on the seat.
// Axes: X across, Y front (-) to back (+), Z up, floor at z = 0.
const { draw, drawRoundedRectangle, makeBox } = replicad;

const defaultParams = {
  seatHalfW: 250, seatFront: -300, seatBack: 185,
  seatBottom: 388, seatRim: 455, seatDip: 26,
  frameThick: 38,      // X thickness of the laminated leg frames
  legW: 46,            // in-plane width of legs
  frameX: 212,         // X of the leg-frame mid-planes at seat level
  splay: 9,            // degrees the leg frames lean out at the floor
  crossR: 15,
  armThick: 30, armWidth: 54, armTop: 668,
  backCy: -170, backRi: 292, backT: 34,
  lean: 0.24,          // backward offset per mm of height (about 13.5 deg)
};

// A straight bar with round ends between two 2D points (a stadium).
function bar2(a, b, w) {
  const dx = b[0] - a[0], dy = b[1] - a[1];
  const L = Math.hypot(dx, dy);
  return drawRoundedRectangle(L + w, w, w / 2 - 0.01)
    .rotate((Math.atan2(dy, dx) * 180) / Math.PI)
    .translate((a[0] + b[0]) / 2, (a[1] + b[1]) / 2);
}
// Plan-view arc band (wrap-around section) with centre cy, radii ri..ro, ends at x = +-hw.
function band(cy, ri, ro, hw, dy) {
  const yi = cy + Math.sqrt(ri * ri - hw * hw) + dy;
  const yo = cy + Math.sqrt(ro * ro - hw * hw) + dy;
  return draw([-hw, yi]).threePointsArcTo([hw, yi], [0, cy + ri + dy]).lineTo([hw, yo])
    .threePointsArcTo([-hw, yo], [0, cy + ro + dy]).close();
}
// Round bar between two 3D points.
function rod(p0, p1, rad) {
  const d = [p1[0] - p0[0], p1[1] - p0[1], p1[2] - p0[2]];
  const L = Math.hypot(...d);
  const u = d.map((v) => v / L);
  let s = draw([0, 0]).hLine(rad).vLine(L).hLine(-rad).close().sketchOnPlane("XZ").revolve([0, 0, 1]);
  const ax = [-u[1], u[0], 0];
  const ang = (Math.acos(u[2]) * 180) / Math.PI;
  if (Math.hypot(...ax) > 1e-9) s = s.rotate(ang, [0, 0, 0], ax);
  return s.translate(p0);
}

const main = (r, params) => {
  const p = { ...defaultParams, ...params };

  // --- Seat: concave-topped side profile, extruded across X, trimmed to a rounded plan.
  const prof = draw([p.seatFront + 30, p.seatBottom])
    .lineTo([p.seatBack, p.seatBottom])
    .lineTo([p.seatBack, p.seatRim])
    .sagittaArcTo([p.seatFront, p.seatRim - 8], p.seatDip) // dips toward the middle
    .lineTo([p.seatFront, p.seatBottom + 30])
    .close();
  let seat = prof.sketchOnPlane("YZ", -p.seatHalfW).extrude(2 * p.seatHalfW);
  const plan = drawRoundedRectangle(2 * p.seatHalfW, p.seatBack - p.seatFront, 80)
    .translate(0, (p.seatBack + p.seatFront) / 2)
    .sketchOnPlane("XY", p.seatBottom - 1).extrude(200);
  seat = seat.intersect(plan).fillet(12);

  // --- Backrest: loft through three wrap-around sections; wider at the lumbar, leaning back.
  const z0 = p.seatRim - 30, z1 = 660, z2 = 905;
  const off = (z) => (z - p.seatRim) * p.lean;
  const ro = p.backRi + p.backT;
  const back = band(p.backCy, p.backRi, ro, 232, off(z0)).sketchOnPlane("XY", z0)
    .loftWith([
      band(p.backCy, p.backRi - 12, ro - 6, 248, off(z1)).sketchOnPlane("XY", z1), // lumbar bulge
      band(p.backCy, p.backRi, ro, 228, off(z2)).sketchOnPlane("XY", z2),
    ]);
  // --- Headrest: thicker, narrower cushion lofted on top, continuing the lean.
  const z3 = 1000, z4 = 1090;
  // its root section starts buried inside the backrest so the two fuse cleanly
  const head = band(p.backCy, p.backRi + 6, ro - 6, 170, off(z2 - 30)).sketchOnPlane("XY", z2 - 30)
    .loftWith([
      band(p.backCy, p.backRi - 40, ro, 175, off(z3)).sketchOnPlane("XY", z3),
      band(p.backCy, p.backRi - 20, ro - 4, 150, off(z4)).sketchOnPlane("XY", z4),
    ]);

  // --- Leg frames: front leg, rear leg and side stretcher as one flat outline (YZ), then
  // tilted about the Y axis at seat level so the feet splay outward. Feet trimmed flat.
  const top = p.seatBottom + 20;
  const frontLeg = [[-210, top], [-282, -40]], rearLeg = [[105, top], [248, -40]];
  const legYAt = (leg, z) => leg[0][0] + ((z - leg[0][1]) / (leg[1][1] - leg[0][1])) * (leg[1][0] - leg[0][0]);
  const legFrame = (sx) => {
    const outline = bar2(frontLeg[0], frontLeg[1], p.legW)
      .fuse(bar2(rearLeg[0], rearLeg[1], p.legW))
      .fuse(bar2([-250, 170], [200, 170], 36)); // side stretcher
    const xIn = sx * p.frameX - p.frameThick / 2;
    let f = outline.sketchOnPlane("YZ", xIn).extrude(p.frameThick);
    f = f.rotate(-sx * p.splay, [sx * p.frameX, 0, p.seatBottom], [0, 1, 0]);
    return f;
  };
  let legs = legFrame(-1).fuse(legFrame(1));
  // front and back crossbars between the frames (ends buried in the frames)
  const zc = 215;
  const xAt = (z) => p.frameX + (p.seatBottom - z) * Math.tan((p.splay * Math.PI) / 180);
  const yF = legYAt(frontLeg, zc), yR = legYAt(rearLeg, zc);
  legs = legs.fuse(rod([-xAt(zc), yF, zc], [xAt(zc), yF, zc], p.crossR))
             .fuse(rod([-xAt(zc), yR, zc], [xAt(zc), yR, zc], p.crossR));
  legs = legs.intersect(makeBox([-400, -400, 0], [400, 400, p.seatBottom + 25]));

  // --- Arm frames: armrest with two supports in one flowing outline, standing on the seat.
  const armFrame = (sx) => {
    const zt = p.armTop - p.armThick / 2;
    const outline = bar2([-285, zt - 4], [80, zt], p.armThick) // rear end buried in the backrest
      .fuse(bar2([-232, p.seatRim - 30], [-248, zt], 34))  // front support, raked forward
      .fuse(bar2([-10, p.seatRim - 30], [-5, zt], 30));    // rear support
    return outline.sketchOnPlane("YZ", sx * 222 - p.armWidth / 2).extrude(p.armWidth);
  };

  let chair = seat.fuse(legs).fuse(back).fuse(head).fuse(armFrame(-1)).fuse(armFrame(1));
  return [{ shape: chair, name: "chair", color: "#7a5a3c" }];
};
