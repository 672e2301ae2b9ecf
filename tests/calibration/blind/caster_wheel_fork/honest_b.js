// Honest: caster with axle along X - fork bent from one strip (U with bend radii), rounded-tyre wheel, bolt axle, kingpin stem and square four-hole plate
const { makeBox, makeCylinder, draw, drawRoundedRectangle, drawPolysides } = replicad;

const defaultParams = {
  wheelDia: 76,
  tyreWidth: 30,
  hubLen: 34,
  axleDia: 8,
  sheet: 3,          // fork strip thickness
  stripWidth: 30,    // fork strip width (along Y)
  bendR: 4,          // inside bend radius of the fork
  clearance: 5,      // tyre to fork crown
  stemDia: 16,
  stemLen: 32,
  plate: 76,         // square plate side
  plateThick: 6,
  boltDia: 8,
  boltInset: 9,
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const R = p.wheelDia / 2;
  const axleZ = R;
  const ra = p.axleDia / 2;
  const xi = p.hubLen / 2, xo = xi + p.sheet;
  const crownIn = p.wheelDia + p.clearance, crownOut = crownIn + p.sheet;
  const legBottom = axleZ - 14;

  // Wheel revolved about X: local x = axial position, local y = radius
  const tw = p.tyreWidth / 2;
  const wheelProf = draw([-xi, ra])
    .vLineTo(R * 0.4).hLineTo(-tw + 3).vLineTo(R - 8)
    .hLineTo(-tw).vLineTo(R - 6)
    .threePointsArcTo([tw, R - 6], [0, R])
    .vLineTo(R - 8).hLineTo(tw - 3).vLineTo(R * 0.4).hLineTo(xi).vLineTo(ra).close();
  const wheel = wheelProf.sketchOnPlane("XY").revolve([1, 0, 0]).translate([0, 0, axleZ]);

  // Axle bolt along X with hex head and hex nut bearing on the fork legs
  const axle = makeCylinder(ra, 2 * xo, [-xo, 0, axleZ], [1, 0, 0]);
  const hex = drawPolysides(7, 6).sketchOnPlane("YZ").extrude(4);   // YZ extrudes toward +X
  const head = hex.clone().translate([-xo - 4, 0, axleZ]);
  const nut = hex.translate([xo, 0, axleZ]);
  const axleBolt = axle.fuse(head).fuse(nut);

  // Fork: one bent strip, profile in XZ, extruded along Y
  const ro = p.bendR + p.sheet, ri = p.bendR;
  const c = Math.SQRT1_2;
  const forkProf = draw([-xo, legBottom])
    .vLineTo(crownOut - ro)
    .threePointsArcTo([-xo + ro, crownOut], [-xo + ro - ro * c, crownOut - ro + ro * c])
    .hLineTo(xo - ro)
    .threePointsArcTo([xo, crownOut - ro], [xo - ro + ro * c, crownOut - ro + ro * c])
    .vLineTo(legBottom).hLineTo(xi)
    .vLineTo(crownIn - ri)
    .threePointsArcTo([xi - ri, crownIn], [xi - ri + ri * c, crownIn - ri + ri * c])
    .hLineTo(-xi + ri)
    .threePointsArcTo([-xi, crownIn - ri], [-xi + ri - ri * c, crownIn - ri + ri * c])
    .close();
  let fork = forkProf.sketchOnPlane("XZ").extrude(p.stripWidth).translate([0, p.stripWidth / 2, 0]);
  fork = fork.cut(makeCylinder(ra, 2 * xo + 2, [-xo - 1, 0, axleZ], [1, 0, 0]));

  // Kingpin stem with a thrust washer on the crown
  const stem = makeCylinder(p.stemDia / 2, p.stemLen, [0, 0, crownOut], [0, 0, 1])
    .fuse(makeCylinder(p.stemDia / 2 + 5, 2.5, [0, 0, crownOut], [0, 0, 1]));

  // Square mounting plate, four corner holes
  const pz = crownOut + p.stemLen;
  let plate = drawRoundedRectangle(p.plate, p.plate, 8).sketchOnPlane("XY", pz).extrude(p.plateThick);
  const h = p.plate / 2 - p.boltInset;
  for (const [sx, sy] of [[1, 1], [1, -1], [-1, 1], [-1, -1]])
    plate = plate.cut(makeCylinder(p.boltDia / 2, p.plateThick + 2, [sx * h, sy * h, pz - 1], [0, 0, 1]));

  return [
    { shape: wheel, name: "caster wheel", color: "#222222" },
    { shape: axleBolt, name: "axle bolt", color: "#c0c0c0" },
    { shape: fork, name: "bent fork", color: "#d08a2a" },
    { shape: stem, name: "kingpin stem", color: "#a0a0a0" },
    { shape: plate, name: "mounting plate", color: "#d08a2a" },
  ];
};
