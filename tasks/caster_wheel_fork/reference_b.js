// Swivel caster, second construction: a trailing fork whose side plates slope back so the axle
// sits behind the swivel axis (the offset that makes a caster self-align), a turned wheel with
// a crowned tyre, thin web and wide hub that bears on the fork legs, a bolt-style axle with a
// head, a stem with a thrust collar, and a rounded four-hole top plate. Z up, wheel rolls about Y.
const { draw, drawCircle, drawRoundedRectangle, makeBox, makeCylinder } = replicad;

const defaultParams = {
  wheelDiameter: 72,
  tyreWidth: 22,
  rimRadius: 26,
  webThickness: 8,
  hubRadius: 10,
  hubWidth: 26,
  axleDiameter: 8,
  trail: 8,
  wheelClearance: 3,
  legThickness: 4,
  legTopWidth: 30,
  bossRadius: 10,
  bridgeThickness: 6,
  stemDiameter: 18,
  collarDiameter: 30,
  collarHeight: 4,
  stemHeight: 40,
  plateLength: 90,
  plateWidth: 80,
  plateThickness: 8,
  plateCorner: 10,
  holeDiameter: 8,
  holeInset: 11,
};

// Revolve a (radius, axial) half-profile about the Y axis through (x, z).
const turnedAboutY = (drawing, x, z) =>
  drawing.sketchOnPlane("XY").revolve([0, 1, 0]).translate([x, 0, z]);

// Wheel half-section: hub, web and a tyre with a round crown, bored for the axle.
const wheel = (p, x, z) => {
  const R = p.wheelDiameter / 2;
  const tw = p.tyreWidth / 2;
  const ww = p.webThickness / 2;
  const hw = p.hubWidth / 2;
  const rb = p.axleDiameter / 2;
  const shoulder = R - tw * 0.6;
  const section = draw([rb, -hw])
    .lineTo([p.hubRadius, -hw])
    .lineTo([p.hubRadius, -ww])
    .lineTo([p.rimRadius, -ww])
    .lineTo([p.rimRadius, -tw])
    .lineTo([shoulder, -tw])
    .threePointsArcTo([shoulder, tw], [R, 0])
    .lineTo([p.rimRadius, tw])
    .lineTo([p.rimRadius, ww])
    .lineTo([p.hubRadius, ww])
    .lineTo([p.hubRadius, hw])
    .lineTo([rb, hw])
    .close();
  // The drawing's second coordinate is the Y (axial) direction once sketched on XY.
  return turnedAboutY(section, x, z);
};

// Fork: a bridge plate under the stem and two side plates that run down and back to round
// bosses at the axle; each side plate is one 2D outline, bored for the axle.
const fork = (p, axleX, axleZ, bridgeZ) => {
  const legY = p.hubWidth / 2;
  const outer = legY + p.legThickness;
  const half = p.legTopWidth / 2;
  const side = draw([-half, bridgeZ])
    .lineTo([half, bridgeZ])
    .lineTo([axleX + p.bossRadius, axleZ])
    .lineTo([axleX - p.bossRadius, axleZ])
    .close()
    .fuse(drawCircle(p.bossRadius).translate(axleX, axleZ))
    .cut(drawCircle(p.axleDiameter / 2).translate(axleX, axleZ));
  let body = makeBox([-half, -outer, bridgeZ], [half, outer, bridgeZ + p.bridgeThickness]);
  for (const y of [outer, -legY]) body = body.fuse(side.sketchOnPlane("XZ", [0, y, 0]).extrude(p.legThickness));
  return body;
};

// Axle bolt: a shank through both legs and the hub, with a head outside one leg.
const axle = (p, x, z) => {
  const outer = p.hubWidth / 2 + p.legThickness;
  const head = p.axleDiameter * 0.4;
  return makeCylinder(p.axleDiameter / 2, 2 * outer + head, [x, -outer - head, z], [0, 1, 0]).fuse(
    makeCylinder(p.axleDiameter * 0.8, head, [x, outer, z], [0, 1, 0]),
  );
};

// Stem: a thrust collar resting on the bridge and a plain kingpin up into the plate.
const stem = (p, z0) =>
  makeCylinder(p.collarDiameter / 2, p.collarHeight, [0, 0, z0]).fuse(
    makeCylinder(p.stemDiameter / 2, p.stemHeight - p.collarHeight, [0, 0, z0 + p.collarHeight]),
  );

const plate = (p, z0) => {
  let outline = drawRoundedRectangle(p.plateLength, p.plateWidth, p.plateCorner);
  const hx = p.plateLength / 2 - p.holeInset;
  const hy = p.plateWidth / 2 - p.holeInset;
  for (const [x, y] of [[-hx, -hy], [hx, -hy], [hx, hy], [-hx, hy]]) outline = outline.cut(drawCircle(p.holeDiameter / 2).translate(x, y));
  return outline.sketchOnPlane("XY", z0).extrude(p.plateThickness);
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const axleZ = p.wheelDiameter / 2;
  const axleX = p.trail;
  const bridgeZ = p.wheelDiameter + p.wheelClearance;
  const stemZ = bridgeZ + p.bridgeThickness;
  const plateZ = stemZ + p.stemHeight;
  return [
    { shape: wheel(p, axleX, axleZ), name: "wheel", color: "#2f2f2f" },
    { shape: axle(p, axleX, axleZ), name: "axle", color: "#b5b5b5" },
    { shape: fork(p, axleX, axleZ, bridgeZ), name: "fork", color: "#3f6fa8" },
    { shape: stem(p, stemZ), name: "swivel stem", color: "#b5b5b5" },
    { shape: plate(p, plateZ), name: "mounting plate", color: "#3f6fa8" },
  ];
};
