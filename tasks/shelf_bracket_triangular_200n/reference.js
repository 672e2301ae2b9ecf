const { drawRoundedRectangle, drawCircle, draw } = replicad;

const defaultParams = {
  armLength: 220,
  height: 180,
  width: 50,
  plateThickness: 8,
  armThickness: 10,
  ribThickness: 8,
  ribWidth: 30,
  holeDiameter: 6,
  holeInset: 40,
};

const plateWithHoles = (w, h, radius, holes, d) => {
  let outline = drawRoundedRectangle(w, h, radius);
  for (const [u, v] of holes) outline = outline.cut(drawCircle(d / 2).translate(u, v));
  return outline;
};

// The diagonal strut leaves the plate low and meets the arm near its tip: the third side of the triangle. Its
// ends lie on the plate's face and the arm's underside.
const diagonalRib = (p, armBottom) => {
  const t = p.plateThickness;
  const reach = p.armLength - 20;
  return draw([t, 10])
    .lineTo([t, 10 + p.ribWidth])
    .lineTo([reach - p.ribWidth * 1.3, armBottom])
    .lineTo([reach, armBottom])
    .close()
    .sketchOnPlane("XZ", [0, p.ribThickness / 2, 0])
    .extrude(p.ribThickness);
};

const main = (r, p) => {
  const t = p.plateThickness;
  const armBottom = p.height - p.armThickness;

  const plate = plateWithHoles(p.width, p.height, 6, [[0, p.holeInset - p.height / 2], [0, armBottom / 2 - p.holeInset / 2]], p.holeDiameter)
    .translate(0, p.height / 2)
    .sketchOnPlane("YZ")
    .extrude(t);

  // The arm butts against the plate's face and runs out to armLength; its shelf-screw holes are placed from the tip.
  const armCentre = (t + p.armLength) / 2;
  const arm = plateWithHoles(p.armLength - t, p.width, 6, [[p.armLength - 25 - armCentre, 0], [p.armLength - 95 - armCentre, 0]], p.holeDiameter)
    .translate(armCentre, 0)
    .sketchOnPlane("XY", [0, 0, armBottom])
    .extrude(p.armThickness);

  const rib = diagonalRib(p, armBottom);

  return [
    { shape: plate, name: "wall_plate", color: "#6f7780" },
    { shape: arm, name: "support_arm", color: "#858d96" },
    { shape: rib, name: "diagonal_rib", color: "#5d646c" },
  ];
};
