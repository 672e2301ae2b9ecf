// Simplified bench vice, PARTIAL: the base plate has no bolt holes and there is no handle bar
// (the spindle just ends in a plain hub). Everything else as a sound assembly.
// X runs along the spindle (jaws close along X), Y across, Z up. Base plate starts at X = 0.
const { makeBox, makeCylinder, drawRoundedRectangle } = replicad;

const defaultParams = {
  plateL: 230, plateW: 124, plateT: 12,          // plain plate: no bolt holes in this version
  jawW: 90, jawT: 35, jawH: 88,           // jaw width (Y), thickness (X), height above plate
  fixedJawX: 6,                           // fixed jaw starts here
  endBlockX: 192, endBlockT: 32, endBlockH: 56,
  movingJawX: 110,                        // current position of the moving jaw (open ~70 mm)
  slideGap: 2,                            // moving jaw rides on rails, clear of the plate
  railD: 16, railY: 30, axisZ: 42,        // rails and spindle share one horizontal plane
  spindleD: 20, spindleSocket: 15,        // spindle tip sits in a blind bore in the fixed jaw
  collarD: 32, collarT: 8, hubD: 32, hubL: 22, hubGap: 14,
};

// Cylinder along +X starting at x0, on the line (y, z).
const xCyl = (r, x0, len, y, z) => makeCylinder(r, len, [x0, y, z], [1, 0, 0]);

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const top = p.plateT;
  const jawFace = p.fixedJawX + p.jawT;               // clamping face of the fixed jaw
  const endIn = p.endBlockX, endOut = p.endBlockX + p.endBlockT;
  const railYs = [-p.railY, p.railY];

  // Base plate: rounded outline with a bolt hole near each corner, clear of the jaws.
  let outline = drawRoundedRectangle(p.plateL, p.plateW, 8).translate(p.plateL / 2, 0);
  const plate = outline.sketchOnPlane("XY").extrude(p.plateT);

  // Bores for rails and spindle, cut to the exact shaft diameter so the fits are line-on-line.
  const bores = (x0, len, withSpindle) => {
    let b = xCyl(p.railD / 2, x0, len, -p.railY, p.axisZ).fuse(xCyl(p.railD / 2, x0, len, p.railY, p.axisZ));
    if (withSpindle) b = b.fuse(xCyl(p.spindleD / 2, x0, len, 0, p.axisZ));
    return b;
  };

  // Fixed jaw: block on the plate, rails pressed in 20 mm, spindle tip in a blind socket.
  const railPress = 20;
  let fixedJaw = makeBox([p.fixedJawX, -p.jawW / 2, top], [jawFace, p.jawW / 2, top + p.jawH]);
  fixedJaw = fixedJaw.cut(bores(jawFace - railPress, railPress, false));
  fixedJaw = fixedJaw.cut(xCyl(p.spindleD / 2, jawFace - p.spindleSocket, p.spindleSocket, 0, p.axisZ));
  fixedJaw = fixedJaw.fillet(3, (e) => e.inDirection("Y").inPlane("XY", top + p.jawH));

  // End block: lower block carrying the far ends of the rails and the spindle bearing.
  let endBlock = makeBox([endIn, -p.jawW / 2, top], [endOut, p.jawW / 2, top + p.endBlockH]);
  endBlock = endBlock.cut(bores(endIn, railPress, false)).cut(xCyl(p.spindleD / 2, endIn, p.endBlockT, 0, p.axisZ));

  // Guide rails: from inside the fixed jaw to inside the end block.
  const railLen = (endIn + railPress) - (jawFace - railPress);
  const rails = railYs.map((y) => xCyl(p.railD / 2, jawFace - railPress, railLen, y, p.axisZ));

  // Moving jaw: slides on both rails, threaded (simplified as a plain bore) on the spindle.
  const mj0 = p.movingJawX, mj1 = p.movingJawX + p.jawT;
  let movingJaw = makeBox([mj0, -p.jawW / 2, top + p.slideGap], [mj1, p.jawW / 2, top + p.jawH]);
  movingJaw = movingJaw.cut(bores(mj0, p.jawT, true));
  movingJaw = movingJaw.fillet(3, (e) => e.inDirection("Y").inPlane("XY", top + p.jawH));

  // Spindle: shaft from the fixed-jaw socket through the end block, a thrust collar against the
  // outside of the end block, then a plain hub (no handle fitted).
  const sp0 = jawFace - p.spindleSocket;
  const hubX = endOut + p.collarT + p.hubGap;
  let spindle = xCyl(p.spindleD / 2, sp0, hubX - sp0, 0, p.axisZ)
    .fuse(xCyl(p.collarD / 2, endOut, p.collarT, 0, p.axisZ))
    .fuse(xCyl(p.hubD / 2, hubX, p.hubL, 0, p.axisZ));


  return [
    { shape: plate, name: "base_plate", color: "#556677" },
    { shape: fixedJaw, name: "fixed_jaw", color: "#3b6ea5" },
    { shape: movingJaw, name: "moving_jaw", color: "#4f86c6" },
    { shape: endBlock, name: "end_block", color: "#3b6ea5" },
    { shape: rails[0], name: "guide_rail_left", color: "#c0c0c0" },
    { shape: rails[1], name: "guide_rail_right", color: "#c0c0c0" },
    { shape: spindle, name: "screw_spindle", color: "#a0a0a0" },
  ];
};
