// Parallel two-finger gripper, pointing along +X, closing along Y.
// Construction A: separate flange, palm (with forked pivot bosses and pins), four equal
// linkage bars lying in the mid-plane between the fork lugs, two fingers with forked
// knuckles, and a grip pad bonded to each fingertip's inner face.
const { makeBox, makeCylinder, drawRoundedRectangle, drawCircle, drawRectangle } = replicad;

const defaultParams = {
  flangeT: 10, flangeW: 90, flangeH: 60, boltD: 6.6, boltY: 35, boltZ: 20,
  palmLen: 40, palmHalfW: 40, halfT: 12,     // palm / finger half thickness in Z
  midHalf: 4,                                // bar layer is z = -midHalf..midHalf
  pivotX: 58, pivotY1: 12, pivotY2: 32,      // palm pivot centres (upper finger)
  barLen: 40, barAngle: 25, eyeR: 7, barW: 10, pinR: 3,
  fingerEnd: 150, fingerInnerDrop: 4, fingerBeamW: 12,
  padT: 4, padLen: 28, padHalfH: 10,
};

// Stadium-shaped bar with a pin hole at each end, in the mid layer, from point a at angle.
const makeBar = (p, a, angleDeg) => {
  let s = drawRoundedRectangle(p.barLen + 2 * p.eyeR, 2 * p.eyeR, p.eyeR - 0.01);
  s = s.cut(drawCircle(p.pinR).translate(-p.barLen / 2, 0));
  s = s.cut(drawCircle(p.pinR).translate(p.barLen / 2, 0));
  const t = (angleDeg * Math.PI) / 180;
  s = s.rotate(angleDeg).translate(a[0] + (p.barLen / 2) * Math.cos(t), a[1] + (p.barLen / 2) * Math.sin(t));
  return s.sketchOnPlane("XY", -p.midHalf).extrude(2 * p.midHalf);
};

// Forked lug pair (top and bottom plates) around two pivot points, with a pin through the gap.
// xBack..xFront sets how far the plates reach to fuse into their carrier body.
const makeFork = (p, c1, c2, xBack, xFront) => {
  const yLo = Math.min(c1[1], c2[1]) - p.eyeR, yHi = Math.max(c1[1], c2[1]) + p.eyeR;
  const w = xFront - xBack, h = yHi - yLo;
  const plate = drawRoundedRectangle(w, h, 3).translate(xBack + w / 2, yLo + h / 2);
  const gap = p.halfT - p.midHalf;
  let fork = plate.sketchOnPlane("XY", p.midHalf).extrude(gap)
    .fuse(plate.sketchOnPlane("XY", -p.halfT).extrude(gap));
  for (const c of [c1, c2])
    fork = fork.fuse(makeCylinder(p.pinR, 2 * p.midHalf, [c[0], c[1], -p.midHalf], [0, 0, 1]));
  return fork;
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const t = (p.barAngle * Math.PI) / 180;
  const dx = p.barLen * Math.cos(t), dy = p.barLen * Math.sin(t);

  // Mounting flange: plate in the YZ plane at the back, four bolt holes along X.
  let flange = makeBox([0, -p.flangeW / 2, -p.flangeH / 2], [p.flangeT, p.flangeW / 2, p.flangeH / 2]);
  for (const sy of [-1, 1]) for (const sz of [-1, 1])
    flange = flange.cut(makeCylinder(p.boltD / 2, p.flangeT + 2, [-1, sy * p.boltY, sz * p.boltZ], [1, 0, 0]));

  // Palm block in front of the flange, carrying a forked pivot boss pair per finger.
  const palmX1 = p.flangeT + p.palmLen;
  let palm = makeBox([p.flangeT, -p.palmHalfW, -p.halfT], [palmX1, p.palmHalfW, p.halfT]);

  const parts = [{ shape: flange, name: "mounting_flange", color: "#666a70" }];
  const bars = [], fingers = [], pads = [];
  for (const s of [1, -1]) {
    const side = s > 0 ? "left" : "right";
    const P1 = [p.pivotX, s * p.pivotY1], P2 = [p.pivotX, s * p.pivotY2];
    const F1 = [P1[0] + dx, P1[1] + s * dy], F2 = [P2[0] + dx, P2[1] + s * dy];
    palm = palm.fuse(makeFork(p, P1, P2, palmX1 - 5, p.pivotX + p.eyeR));

    // Two equal, parallel bars: the parallelogram keeps the finger's orientation fixed.
    bars.push({ shape: makeBar(p, P1, s * p.barAngle), name: `link_${side}_inner`, color: "#c0c4c8" });
    bars.push({ shape: makeBar(p, P2, s * p.barAngle), name: `link_${side}_outer`, color: "#c0c4c8" });

    // Finger: forked knuckle on the two finger pivots, then a solid beam forward to the tip.
    const beamX0 = F1[0] + p.eyeR + 2;            // clear of the bar eyes
    const yIn = F1[1] - s * p.fingerInnerDrop;     // inner (gripping) face
    const yOut = yIn + s * p.fingerBeamW;
    let finger = makeFork(p, F1, F2, F1[0] - p.eyeR, beamX0 + 8);
    finger = finger.fuse(makeBox([beamX0, Math.min(yIn, yOut), -p.halfT], [p.fingerEnd, Math.max(yIn, yOut), p.halfT]));
    fingers.push({ shape: finger, name: `finger_${side}`, color: "#3a6ea5" });

    // Grip pad on the fingertip's inner face, with grooves across it for traction.
    const padY0 = Math.min(yIn, yIn - s * p.padT), padY1 = Math.max(yIn, yIn - s * p.padT);
    let pad = makeBox([p.fingerEnd - p.padLen, padY0, -p.padHalfH], [p.fingerEnd, padY1, p.padHalfH]);
    const grooveY = s > 0 ? padY0 - 1 : padY1 - 1.5;
    for (let gx = p.fingerEnd - p.padLen + 4; gx < p.fingerEnd - 2; gx += 5)
      pad = pad.cut(makeBox([gx, grooveY, -p.padHalfH - 1], [gx + 1.5, grooveY + 2.5, p.padHalfH + 1]));
    pads.push({ shape: pad, name: `grip_pad_${side}`, color: "#222222" });
  }
  parts.push({ shape: palm, name: "palm_block", color: "#8a8f96" });
  return [...parts, ...bars, ...fingers, ...pads];
};
