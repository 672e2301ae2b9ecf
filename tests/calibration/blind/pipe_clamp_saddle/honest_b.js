// Honest: one-piece pressed saddle (arch + flanges from one extruded profile, two rounded edge ribs fused on) over a separate rubber liner
// Pipe axis runs along Y at z = 0, level with the flange underside.
const { draw, makeCylinder, makeBox } = replicad;

const defaultParams = {
  pipeDiameter: 80,
  liner: 2,
  wall: 5,
  width: 64,          // along Y
  halfSpan: 76,       // flange tip distance from the pipe axis (X)
  flangeThickness: 5,
  boltHole: 11,
  boltOffset: 62,     // bolt hole centre distance from the axis
  endRadius: 12,      // rounded flange tips
  ribWidth: 7,
  ribHeight: 3.5,
  ribSpan: 150,
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const Rp = p.pipeDiameter / 2;
  const Ri = Rp + p.liner;
  const Ro = Ri + p.wall;
  const t = p.flangeThickness;
  const L = p.halfSpan;
  const W = p.width;
  const xo = Math.sqrt(Ro * Ro - t * t);

  // cross-section of the saddle in XZ: flange, arch, flange
  const profile = draw([-L, 0])
    .lineTo([-Ri, 0])
    .threePointsArcTo([Ri, 0], [0, Ri])
    .lineTo([L, 0])
    .lineTo([L, t])
    .lineTo([xo, t])
    .threePointsArcTo([-xo, t], [0, Ro])
    .lineTo([-L, t])
    .close();
  let saddle = profile.sketchOnPlane("XZ", -W / 2).extrude(W);  // XZ normal is -Y: plane at y = +W/2, extruded to -W/2

  // rounded flange tips and bolt holes
  saddle = saddle.fillet(p.endRadius, (e) => e.inDirection("Z"));
  for (const s of [-1, 1]) saddle = saddle.cut(makeCylinder(p.boltHole / 2, t + 2, [s * p.boltOffset, 0, -1], [0, 0, 1]));

  // two stiffening ribs with a rounded top, wrapped over the crown near each edge
  const start = (180 - p.ribSpan) / 2;
  for (const s of [-1, 1]) {
    const yc = s * (W / 2 - p.ribWidth / 2 - 2);
    const hw = p.ribWidth / 2;
    const sec = draw([Ro - 0.5, yc - hw])
      .lineTo([Ro + p.ribHeight - hw / 2, yc - hw])
      .threePointsArcTo([Ro + p.ribHeight - hw / 2, yc + hw], [Ro + p.ribHeight, yc])
      .lineTo([Ro - 0.5, yc + hw])
      .close()
      .sketchOnPlane("XY");
    const rib = sec.revolve([0, 1, 0], { origin: [0, 0, 0], angle: p.ribSpan }).rotate(-(start + p.ribSpan), [0, 0, 0], [0, 1, 0]);
    saddle = saddle.fuse(rib);
  }

  // rubber liner lining the arch, down to the mounting face
  const liner = makeCylinder(Ri, W, [0, -W / 2, 0], [0, 1, 0])
    .cut(makeCylinder(Rp, W + 2, [0, -W / 2 - 1, 0], [0, 1, 0]))
    .cut(makeBox([-Ri - 1, -W / 2 - 1, -Ri - 1], [Ri + 1, W / 2 + 1, 0]));

  return [
    { shape: saddle, name: "saddle with flanges and ribs", color: "#9aa0a6" },
    { shape: liner, name: "rubber liner", color: "#1e1e1e" },
  ];
};
