const { makeBox, drawRoundedRectangle } = replicad;

const defaultParams = {
  length: 900,
  width: 600,
  height: 720,
  topThickness: 28,
  cornerRadius: 30,
  legSize: 50,
  legInset: 40,
  stretcherHeight: 150,
  stretcherSize: 30,
};

// A square bar between two points that differ along one axis only.
const bar = (from, to, size) => {
  const lo = from.map((v, i) => Math.min(v, to[i]) - (v === to[i] ? size / 2 : 0));
  const hi = from.map((v, i) => Math.max(v, to[i]) + (v === to[i] ? size / 2 : 0));
  return makeBox(lo, hi);
};

const legPositions = (p) => {
  const x = p.length / 2 - p.legInset - p.legSize / 2;
  const y = p.width / 2 - p.legInset - p.legSize / 2;
  const positions = [];
  for (const px of [-x, 0, x]) for (const py of [-y, y]) positions.push([px, py]);
  return positions;
};

const main = (r, p) => {
  const legTop = p.height - p.topThickness;
  const tabletop = drawRoundedRectangle(p.length, p.width, p.cornerRadius)
    .sketchOnPlane("XY", [0, 0, legTop])
    .extrude(p.topThickness);

  const legs = legPositions(p);
  const half = p.legSize / 2;
  const z = p.stretcherHeight;
  const xEnd = legs[legs.length - 1][0];
  const yEnd = legs[1][1];
  // The long stretchers run between the end legs' inner faces and pass through a mortise in each middle leg.
  const stretchers = [-yEnd, yEnd].map((y) => bar([-xEnd + half, y, z], [xEnd - half, y, z], p.stretcherSize));

  const parts = [{ shape: tabletop, name: "tabletop", color: "#b08050" }];
  for (const [x, y] of legs) {
    const leg = makeBox([x - half, y - half, 0], [x + half, y + half, legTop]);
    const mortised = Math.abs(x) < xEnd ? leg.cut(stretchers[y > 0 ? 1 : 0].clone()) : leg;
    parts.push({ shape: mortised, name: "leg", color: "#7a5230" });
  }
  for (const stretcher of stretchers) parts.push({ shape: stretcher, name: "stretcher", color: "#8c6239" });
  // The crossbars run between the inner faces of each facing pair of legs.
  for (const x of [-xEnd, 0, xEnd]) {
    parts.push({ shape: bar([x, -yEnd + half, z], [x, yEnd - half, z], p.stretcherSize), name: "crossbar", color: "#8c6239" });
  }
  return parts;
};
