// Six-leg utility table: a plain slab top on six stout square legs, tied near the floor by
// stretcher rails framed between the legs (two bays a side) and crossbars set a rail-height
// higher, so the joints at each leg land at different heights and never cut into one another.
const { makeBox } = replicad;

const defaultParams = {
  length: 900,
  width: 600,
  height: 720,
  topThickness: 32,
  legSize: 60,
  legInset: 30, // from the top's edge to the leg's outer face
  railThick: 28, // rail width across its face
  railDepth: 50, // rail height
  sideRailZ: 90, // underside of the long side rails
  crossRailZ: 150, // underside of the crossbars, above the side rails
};

// Leg centres: three along each long side (X), two rows across (Y).
const legCentres = (p) => {
  const x = p.length / 2 - p.legInset - p.legSize / 2;
  const y = p.width / 2 - p.legInset - p.legSize / 2;
  return [-x, 0, x].flatMap((lx) => [-y, y].map((ly) => [lx, ly]));
};

// A rail framed between two leg faces: it spans [a, b] along one axis, is centred on `across` in the
// other, and sits between z0 and z0 + railDepth. Its end faces lie on the legs' faces.
const rail = (p, along, a, b, across, z0) => {
  const h = p.railThick / 2;
  const lo = along === "x" ? [a, across - h, z0] : [across - h, a, z0];
  const hi = along === "x" ? [b, across + h, z0 + p.railDepth] : [across + h, b, z0 + p.railDepth];
  return makeBox(lo, hi);
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const legTop = p.height - p.topThickness;
  const s = p.legSize / 2;
  const parts = [
    {
      shape: makeBox([-p.length / 2, -p.width / 2, legTop], [p.length / 2, p.width / 2, p.height]),
      name: "tabletop",
      color: "#b08050",
    },
  ];
  const legs = legCentres(p);
  for (const [x, y] of legs) {
    parts.push({ shape: makeBox([x - s, y - s, 0], [x + s, y + s, legTop]), name: "leg", color: "#7a5230" });
  }

  // Long rails: one per bay along each side, from one leg's face to the next.
  const xs = [...new Set(legs.map(([x]) => x))].sort((a, b) => a - b);
  const ys = [...new Set(legs.map(([, y]) => y))].sort((a, b) => a - b);
  for (const y of ys) {
    for (let i = 0; i + 1 < xs.length; i++) {
      parts.push({ shape: rail(p, "x", xs[i] + s, xs[i + 1] - s, y, p.sideRailZ), name: "stretcher", color: "#8c6239" });
    }
  }
  // Crossbars between facing legs, higher than the side rails.
  for (const x of xs) {
    parts.push({ shape: rail(p, "y", ys[0] + s, ys[1] - s, x, p.crossRailZ), name: "crossbar", color: "#8c6239" });
  }
  return parts;
};
