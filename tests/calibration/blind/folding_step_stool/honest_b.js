// Honest: step stool facing -X, X side frames in XZ planes, four short hinge knuckles under a round-grooved top, lower step on hanger brackets between the front legs
const { draw, drawCircle, drawRoundedRectangle, makeBox, makeCylinder } = replicad;

const defaultParams = {
  footX: 175, hingeX: 140,
  barW: 36, barT: 6,
  sideY: 170,               // outer face of the side frames
  knuckleR: 9, eyeR: 14, pinR: 7,
  topL: 360, topW: 330, topT: 22, topZ: 455,
  blockT: 10,
  stepTop: 165, stepL: 115, stepT: 18,
  grooveR: 2.2, groovePitch: 22,
};

// prism in the XZ plane occupying y in [y0, y0 + t]
const inXZ = (drawing, y0, t) => drawing.sketchOnPlane("XZ").extrude(t).translate([0, y0 + t, 0]);

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const zK = p.topZ - p.blockT - p.knuckleR + 1;              // knuckle axis height
  const zP = zK * p.footX / (p.footX + p.hingeX);              // crossing height
  const parts = [];

  const bar = (xBot, xTop, y0) => {
    const L = Math.hypot(xTop - xBot, zK);
    const hw = (p.barW / 2) * L / zK;
    let b = inXZ(draw([xBot - hw, 0]).lineTo([xBot + hw, 0]).lineTo([xTop + hw, zK]).lineTo([xTop - hw, zK]).close(), y0, p.barT);
    b = b.fuse(inXZ(drawCircle(p.eyeR).translate(xTop, zK), y0, p.barT));
    b = b.cut(makeCylinder(p.knuckleR, p.barT + 2, [xTop, y0 - 1, zK], [0, 1, 0]));
    b = b.cut(makeCylinder(p.pinR, p.barT + 2, [0, y0 - 1, zP], [0, 1, 0]));
    return b;
  };

  const yO = p.sideY - p.barT, yI = p.sideY - 2 * p.barT;
  for (const s of [1, -1]) {
    const nm = s > 0 ? "starboard" : "port";
    // front bar (foot toward -X) is the outer layer, back bar the inner layer
    parts.push({ shape: bar(-p.footX, p.hingeX, s > 0 ? yO : -p.sideY), name: `${nm} front bar`, color: "#5d6d7e" });
    parts.push({ shape: bar(p.footX, -p.hingeX, s > 0 ? yI : -yO), name: `${nm} back bar`, color: "#85929e" });
  }

  // crossing bolt through both frames
  let bolt = makeCylinder(p.pinR, 2 * p.sideY, [0, -p.sideY, zP], [0, 1, 0]);
  bolt = bolt.fuse(makeCylinder(p.pinR + 5, 5, [0, p.sideY, zP], [0, 1, 0]));
  bolt = bolt.fuse(makeCylinder(p.pinR + 5, 5, [0, -p.sideY - 5, zP], [0, 1, 0]));
  parts.push({ shape: bolt, name: "cross bolt", color: "#d0d3d4" });

  // four hinge knuckles: a barrel through each bar's eye plus a block screwed under the top
  for (const s of [1, -1]) {
    for (const [x, yEnd] of [[p.hingeX, p.sideY], [-p.hingeX, yO]]) {
      const y0 = 120;
      let k = makeCylinder(p.knuckleR, yEnd - y0, [x, s > 0 ? y0 : -yEnd, zK], [0, 1, 0]);
      const b0 = s > 0 ? y0 : -150, b1 = s > 0 ? 150 : -y0;
      k = k.fuse(makeBox([x - 14, b0, p.topZ - p.blockT], [x + 14, b1, p.topZ]));
      parts.push({ shape: k, name: `hinge barrel ${x > 0 ? "back" : "front"} ${s > 0 ? "starboard" : "port"}`, color: "#aab7b8" });
    }
  }

  // top step with round-bottomed anti-slip grooves running across (along Y)
  let top = drawRoundedRectangle(p.topL, p.topW, 14).sketchOnPlane("XY", p.topZ).extrude(p.topT);
  const zt = p.topZ + p.topT;
  for (let x = -p.topL / 2 + 25; x <= p.topL / 2 - 25 + 1e-6; x += p.groovePitch)
    top = top.cut(makeCylinder(p.grooveR, p.topW - 30, [x, -p.topW / 2 + 15, zt], [0, 1, 0]));
  parts.push({ shape: top, name: "top tread", color: "#a04000" });

  // lower step between the front bars, carried by two hanger brackets
  const zs = p.stepTop - p.stepT;
  const zm = zs + 10;
  const xc = -p.footX + (p.footX + p.hingeX) * zm / zK;     // front bar centre at bracket height
  let step = makeBox([xc - p.stepL / 2, -yI, zs], [xc + p.stepL / 2, yI, p.stepTop]);
  for (let x = xc - p.stepL / 2 + 20; x <= xc + p.stepL / 2 - 20 + 1e-6; x += p.groovePitch)
    step = step.cut(makeCylinder(p.grooveR, 2 * yI - 30, [x, -yI + 15, p.stepTop], [0, 1, 0]));
  parts.push({ shape: step, name: "lower tread", color: "#a04000" });
  for (const s of [1, -1]) {
    // vertical plate against the front bar plus a lip under the tread end
    let h = makeBox([xc - 16, s > 0 ? yI : -yO, zs - 8], [xc + 16, s > 0 ? yO : -yI, zs + 30]);
    h = h.fuse(makeBox([xc - 16, s > 0 ? yI - 24 : -yI, zs - 8], [xc + 16, s > 0 ? yI : -yI + 24, zs]));
    parts.push({ shape: h, name: `${s > 0 ? "starboard" : "port"} step hanger`, color: "#85929e" });
  }
  return parts;
};
