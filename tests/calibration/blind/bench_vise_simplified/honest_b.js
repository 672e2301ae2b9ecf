// Simplified bench vice, variant B: the base plate, fixed jaw and end block are one cast body,
// jaws have a tapered (sloped-back) profile, the two rails run ABOVE a lower centre spindle,
// and the spindle ends in a hexagon hub carrying a sliding T-bar handle with end caps.
// Model is centred on the origin in X and Y; Z up from the underside of the base.
const { makeBox, makeCylinder, drawRectangle, drawRoundedRectangle, drawCircle, drawPolysides, draw } = replicad;

const defaultParams = {
  plateX0: -128, plateX1: 100, plateW: 96, plateT: 14,
  lugW: 36, lugSpan: 134, boltD: 12, boltY: 54,       // bolt lugs at both ends of the plate
  jawW: 96, jawBase: 40, jawTop: 26, jawTopZ: 118,    // tapered jaw section (X at foot / at top)
  fixedJawX0: -124,
  endBlockX0: 68, endBlockT: 30, endBlockH: 70,
  movingJawX0: -30,                                   // jaw opening = movingJawX0 - fixed face
  slideGap: 2, slip: 0.05,                           // radial running clearance in the moving jaw
  railD: 18, railY: 30, railZ: 62,                    // rails high, near the clamping load
  spindleD: 22, spindleZ: 36, socket: 16,
  collarD: 34, collarT: 8,
  hexAcross: 34, hexL: 22, hexGap: 6,
  barD: 12, barL: 118, capD: 20, capT: 6,
};

const xCyl = (r, x0, len, y, z) => makeCylinder(r, len, [x0, y, z], [1, 0, 0]);

// A jaw from a side profile drawn in XZ and extruded across Y. `face` is the X of the flat
// clamping face; `dir` = +1 if the jaw body lies toward +X from that face, -1 if toward -X.
const jawSolid = (p, face, dir, z0) => {
  const prof = draw([face, z0])
    .lineTo([face + dir * p.jawBase, z0])
    .lineTo([face + dir * p.jawTop, p.jawTopZ - 10])
    .lineTo([face + dir * p.jawTop, p.jawTopZ])
    .lineTo([face, p.jawTopZ])
    .close();
  // XZ plane normal is -Y: extrude then shift so the jaw is centred on Y = 0.
  return prof.sketchOnPlane("XZ").extrude(p.jawW).translate([0, p.jawW / 2, 0]);
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const top = p.plateT;
  const fixedFace = p.fixedJawX0 + p.jawBase;
  const endIn = p.endBlockX0, endOut = p.endBlockX0 + p.endBlockT;
  const railYs = [-p.railY, p.railY];

  // --- Cast body: plate with end lugs and four bolt holes, fixed jaw, end block, all one solid.
  const midX = (p.plateX0 + p.plateX1) / 2, len = p.plateX1 - p.plateX0;
  let outline = drawRectangle(len, p.plateW).translate(midX, 0);
  for (const lx of [p.plateX0 + p.lugW / 2, p.plateX1 - p.lugW / 2]) {
    let lug = drawRoundedRectangle(p.lugW, p.lugSpan, 8).translate(lx, 0);
    outline = outline.fuse(lug);
  }
  for (const lx of [p.plateX0 + p.lugW / 2, p.plateX1 - p.lugW / 2])
    for (const y of [-p.boltY, p.boltY]) outline = outline.cut(drawCircle(p.boltD / 2).translate(lx, y));
  let body = outline.sketchOnPlane("XY").extrude(p.plateT);
  body = body.fuse(jawSolid(p, fixedFace, -1, top));
  body = body.fuse(makeBox([endIn, -p.jawW / 2, top], [endOut, p.jawW / 2, top + p.endBlockH]));
  // Rail seats: blind 20 mm in the fixed jaw, right through the end block.
  const seat = 20;
  for (const y of railYs) {
    body = body.cut(xCyl(p.railD / 2, fixedFace - seat, seat, y, p.railZ));
    body = body.cut(xCyl(p.railD / 2, endIn, p.endBlockT, y, p.railZ));
  }
  // Spindle: blind pilot socket in the fixed jaw, bearing bore through the end block.
  body = body.cut(xCyl(p.spindleD / 2, fixedFace - p.socket, p.socket, 0, p.spindleZ));
  body = body.cut(xCyl(p.spindleD / 2, endIn, p.endBlockT, 0, p.spindleZ));

  // --- Guide rails: fixed-jaw seat to the outer face of the end block.
  const railLen = endOut - (fixedFace - seat);
  const rails = railYs.map((y) => xCyl(p.railD / 2, fixedFace - seat, railLen, y, p.railZ));

  // --- Moving jaw: same tapered profile facing the fixed jaw, bored for both rails and the
  // spindle nut thread (drawn as a plain bore), riding on the rails clear of the plate.
  let moving = jawSolid(p, p.movingJawX0, +1, top + p.slideGap);
  for (const y of railYs) moving = moving.cut(xCyl(p.railD / 2 + p.slip, p.movingJawX0 - 1, p.jawBase + 2, y, p.railZ));
  moving = moving.cut(xCyl(p.spindleD / 2 + p.slip, p.movingJawX0 - 1, p.jawBase + 2, 0, p.spindleZ));

  // --- Spindle: pilot in the fixed jaw, shaft through moving jaw and end block, a thrust
  // collar on the outside of the end block, then a hexagon hub with a cross hole for the bar.
  const sp0 = fixedFace - p.socket;
  const hexX0 = endOut + p.collarT + p.hexGap;
  let spindle = xCyl(p.spindleD / 2, sp0, hexX0 - sp0, 0, p.spindleZ)
    .fuse(xCyl(p.collarD / 2, endOut, p.collarT, 0, p.spindleZ));
  const hex = drawPolysides(p.hexAcross / 2 / Math.cos(Math.PI / 6), 6)
    .sketchOnPlane("YZ").extrude(p.hexL).translate([hexX0, 0, p.spindleZ]);
  spindle = spindle.fuse(hex);
  const barX = hexX0 + p.hexL / 2;
  spindle = spindle.cut(makeCylinder(p.barD / 2, 60, [barX, -30, p.spindleZ], [0, 1, 0]));

  // --- Handle bar: sliding T-bar through the hub, with end caps so it cannot fall out.
  const hy = p.barL / 2;
  const bar = makeCylinder(p.barD / 2, p.barL, [barX, -hy, p.spindleZ], [0, 1, 0])
    .fuse(makeCylinder(p.capD / 2, p.capT, [barX, hy, p.spindleZ], [0, 1, 0]))
    .fuse(makeCylinder(p.capD / 2, p.capT, [barX, -hy - p.capT, p.spindleZ], [0, 1, 0]));

  return [
    { shape: body, name: "vice_body (base plate + fixed jaw + end block)", color: "#2f5d8a" },
    { shape: moving, name: "moving_jaw", color: "#4a82bd" },
    { shape: rails[0], name: "guide_rail_1", color: "#c8c8c8" },
    { shape: rails[1], name: "guide_rail_2", color: "#c8c8c8" },
    { shape: spindle, name: "screw_spindle", color: "#9a9a9a" },
    { shape: bar, name: "handle_bar", color: "#1e1e1e" },
  ];
};
