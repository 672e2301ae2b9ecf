// Honest: six-leg table with a rounded 30 mm top overhanging chunky 60 mm legs; one continuous rail screwed to the inner faces of each side's legs, crossbars resting on the rails between facing legs
const { makeBox, drawRoundedRectangle } = replicad;

const defaultParams = {
  L: 900, W: 600, H: 720,
  topThickness: 30, cornerR: 30,
  legSize: 60, overhang: 45,
  railZ: 70, railH: 70, railT: 24,   // long rails: bottom height, height, thickness
  barH: 40, barW: 40,                // crossbars sit on the rails
  underRailH: 80, underRailT: 24,    // long rails under the top on the inner leg faces
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const hx = p.L / 2, hy = p.W / 2, s = p.legSize;
  const zt = p.H - p.topThickness;
  const res = [];

  const top = drawRoundedRectangle(p.L, p.W, p.cornerR).sketchOnPlane("XY", zt).extrude(p.topThickness);
  res.push({ shape: top, name: "top board", color: "#d2b48c" });

  const x0 = hx - p.overhang - s / 2, y0 = hy - p.overhang - s / 2;
  const xs = [-x0, 0, x0];
  const sides = [{ y: -y0, tag: "south" }, { y: y0, tag: "north" }];
  for (const sd of sides) {
    xs.forEach((x, i) => res.push({
      shape: makeBox([x - s / 2, sd.y - s / 2, 0], [x + s / 2, sd.y + s / 2, zt]),
      name: `${sd.tag} leg ${i + 1}`, color: "#5b3a1e",
    }));
    // one rail along the inside faces of the three legs, low down
    const inner = sd.y < 0 ? sd.y + s / 2 : sd.y - s / 2;
    const ya = sd.y < 0 ? inner : inner - p.railT;
    res.push({ shape: makeBox([-x0 - s / 2, ya, p.railZ], [x0 + s / 2, ya + p.railT, p.railZ + p.railH]), name: `${sd.tag} side stretcher`, color: "#7a5230" });
    // matching rail under the top
    res.push({ shape: makeBox([-x0 - s / 2, ya, zt - p.underRailH], [x0 + s / 2, ya + p.underRailT, zt]), name: `${sd.tag} top rail`, color: "#7a5230" });
  }
  // short crossbars between facing legs, resting on the side stretchers' top edges
  const yIn = y0 - s / 2;
  const zb = p.railZ + p.railH;
  xs.forEach((x, i) => res.push({
    shape: makeBox([x - p.barW / 2, -yIn, zb], [x + p.barW / 2, yIn, zb + p.barH]),
    name: `cross tie ${i + 1}`, color: "#7a5230",
  }));
  return res;
};
