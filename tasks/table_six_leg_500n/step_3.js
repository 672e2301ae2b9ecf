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

  const parts = [{ shape: tabletop, name: "tabletop", color: "#b08050" }];
  const legs = legPositions(p);
  for (const [x, y] of legs) {
    const leg = makeBox([x - p.legSize / 2, y - p.legSize / 2, 0], [x + p.legSize / 2, y + p.legSize / 2, legTop]);
    parts.push({ shape: leg, name: "leg", color: "#7a5230" });
  }

  return parts;
};
