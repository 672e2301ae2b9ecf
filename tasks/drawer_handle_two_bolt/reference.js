const { drawCircle, drawRectangle } = replicad;

const defaultParams = {
  length: 160,
  holeSpacing: 128,
  height: 36,
  barThickness: 8,
  barWidth: 14,
  archRise: 7,
  postDiameter: 13,
  screwDiameter: 4,
};

// Radius of the circle through the bar ends and its crown.
const archRadius = (halfChord, rise) => (halfChord * halfChord + rise * rise) / (2 * rise);

// A round post from the drawer front up into the grip's underside, bored for the screw.
const post = (p, x, height) =>
  drawCircle(p.postDiameter / 2)
    .cut(drawCircle(p.screwDiameter / 2))
    .translate(x, 0)
    .sketchOnPlane("XY")
    .extrude(height);

const main = (r, p) => {
  const outer = archRadius(p.length / 2, p.archRise);
  const inner = outer - p.barThickness;
  const centreZ = p.height - outer;

  const grip = drawCircle(outer)
    .cut(drawCircle(inner))
    .translate(0, centreZ)
    .intersect(drawRectangle(p.length, p.height).translate(0, p.height / 2))
    .sketchOnPlane("XZ", [0, p.barWidth / 2, 0])
    .extrude(p.barWidth);

  const parts = [{ shape: grip, name: "grip_bar", color: "#c0c4c8" }];
  for (const side of [-1, 1]) {
    const x = (side * p.holeSpacing) / 2;
    // The post rises to mid-thickness of the bar above its inner edge (the highest point of the underside over
    // it) and is trimmed by the grip, so its top follows the arch's curved underside.
    const innerEdge = Math.abs(x) - p.postDiameter / 2;
    const underside = centreZ + Math.sqrt(inner * inner - innerEdge * innerEdge);
    parts.push({ shape: post(p, x, underside + p.barThickness / 2).cut(grip.clone()), name: "mounting_post", color: "#a8adb3" });
  }
  return parts;
};
