// Sloppy: X-frame stool whose top board floats 30 mm above the hinges and whose lower step runs straight through the legs
const { draw, drawCircle, drawRoundedRectangle, makeBox, makeCylinder } = replicad;

const defaultParams = {
  footY: 150,        // half spread of the feet (front/back)
  hingeY: 130,       // hinge barrel position under the top board (front/back)
  barW: 30,          // flat bar width
  barT: 8,           // flat bar thickness
  frameX: 186,       // outer face of the side frames
  barrelR: 8,
  eyeR: 13,
  rodR: 6,
  boardW: 400, boardD: 320, boardT: 20,  
  boardZ: 452,       // underside of top board
  leafT: 6,
  stepTop: 130, stepD: 110, stepT: 18,
  grooveW: 4, grooveDepth: 2, groovePitch: 20,
};

function leg(p, yBot, yTop, xIn) {
  // flat bar in the YZ plane, from a foot at (yBot, 0) to a hinge eye at (yTop, barrelZ)
  const zT = p.boardZ - p.leafT - p.barrelR + 1;
  const dy = yTop - yBot;
  const L = Math.hypot(dy, zT);
  const hw = (p.barW / 2) * L / zT;
  let bar = draw([yBot - hw, 0]).lineTo([yBot + hw, 0]).lineTo([yTop + hw, zT]).lineTo([yTop - hw, zT]).close()
    .sketchOnPlane("YZ", xIn).extrude(p.barT);
  const eye = drawCircle(p.eyeR).translate(yTop, zT).sketchOnPlane("YZ", xIn).extrude(p.barT);
  bar = bar.fuse(eye);
  const zP = zT * p.footY / (p.footY + p.hingeY);
  bar = bar.cut(makeCylinder(p.barrelR, p.barT + 2, [xIn - 1, yTop, zT], [1, 0, 0]));
  bar = bar.cut(makeCylinder(p.rodR, p.barT + 2, [xIn - 1, 0, zP], [1, 0, 0]));
  return bar;
}

function grooved(board, p, x0, x1, y0, y1, zTop) {
  let b = board;
  for (let y = y0; y <= y1 + 1e-6; y += p.groovePitch) {
    b = b.cut(makeBox([x0, y - p.grooveW / 2, zTop - p.grooveDepth], [x1, y + p.grooveW / 2, zTop + 1]));
  }
  return b;
}

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const zT = p.boardZ - p.leafT - p.barrelR + 1;      // barrel axis height
  const zP = zT * p.footY / (p.footY + p.hingeY);     // pivot height where the legs cross
  const xOut = p.frameX, xMid = p.frameX - p.barT, xIn = p.frameX - 2 * p.barT;
  const parts = [];

  // side frames: front leg (foot at -Y) on the inner layer, rear leg (foot at +Y) on the outer layer
  for (const s of [1, -1]) {
    const side = s > 0 ? "right" : "left";
    const xa = s > 0 ? xIn : -xMid;      // inner bar start x
    const xb = s > 0 ? xMid : -xOut;     // outer bar start x
    parts.push({ shape: leg(p, -p.footY, p.hingeY, xa), name: `${side} front leg`, color: "#8a8f96" });
    parts.push({ shape: leg(p, p.footY, -p.hingeY, xb), name: `${side} rear leg`, color: "#6f747b" });
  }

  // pivot rod with heads
  let rod = makeCylinder(p.rodR, 2 * xOut, [-xOut, 0, zP], [1, 0, 0]);
  rod = rod.fuse(makeCylinder(p.rodR + 4, 4, [xOut, 0, zP], [1, 0, 0]));
  rod = rod.fuse(makeCylinder(p.rodR + 4, 4, [-xOut - 4, 0, zP], [1, 0, 0]));
  parts.push({ shape: rod, name: "pivot rod", color: "#c0c4c8" });

  // hinge barrels with leaves screwed under the top board
  for (const [y, nm] of [[p.hingeY, "rear hinge barrel"], [-p.hingeY, "front hinge barrel"]]) {
    const reach = y > 0 ? xMid : xOut;   // rear barrel carries the inner (front) legs, front barrel the outer legs
    let h = makeCylinder(p.barrelR, 2 * reach, [-reach, y, zT], [1, 0, 0]);
    h = h.fuse(makeBox([-(xIn - 2), y - 20, p.boardZ - p.leafT], [xIn - 2, y + 20, p.boardZ]));
    parts.push({ shape: h, name: nm, color: "#b8bcc0" });
  }

  // top step board with anti-slip grooves
  let top = drawRoundedRectangle(p.boardW, p.boardD, 10).sketchOnPlane("XY", p.boardZ + 30).extrude(p.boardT);
  top = grooved(top, p, -p.boardW / 2 + 15, p.boardW / 2 - 15, -p.boardD / 2 + 20, p.boardD / 2 - 20, p.boardZ + 30 + p.boardT);
  parts.push({ shape: top, name: "top step", color: "#c8a26b" });

  // lower step hanging between the front legs, on cleats fixed to the legs
  const zc = p.stepTop - p.stepT / 2;
  const yc = -p.footY + (p.footY + p.hingeY) * zc / zT;
  const sx = xOut + 10;
  let step = makeBox([-sx, yc - p.stepD / 2, p.stepTop - p.stepT], [sx, yc + p.stepD / 2, p.stepTop]);
  step = grooved(step, p, -sx + 12, sx - 12, yc - p.stepD / 2 + 15, yc + p.stepD / 2 - 15, p.stepTop);
  parts.push({ shape: step, name: "lower step", color: "#c8a26b" });
  const yk = -p.footY + (p.footY + p.hingeY) * (p.stepTop - p.stepT - 10) / zT;
  for (const s of [1, -1]) {
    const x0 = s > 0 ? sx - 30 : -sx, x1 = s > 0 ? sx : -sx + 30;
    parts.push({ shape: makeBox([x0, yk - 14, p.stepTop - p.stepT - 20], [x1, yk + 14, p.stepTop - p.stepT]),
      name: `${s > 0 ? "right" : "left"} step cleat`, color: "#8a8f96" });
  }
  return parts;
};
