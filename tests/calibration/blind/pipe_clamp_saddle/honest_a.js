// Honest: pipe saddle clamp - semicircular strap seated on two bolted flanges, rubber liner inside, three half-round ribs over the crown
// Pipe axis runs along Y at z = 0 (the flange underside / mounting face).
const { makeCylinder, makeBox, draw } = replicad;

const defaultParams = {
  pipeDiameter: 80,
  linerThickness: 2,
  strapThickness: 6,
  strapWidth: 50,      // along Y
  flangeLength: 30,    // outward from the strap, along X
  flangeThickness: 6,
  boltHole: 11,        // M10 clearance
  ribRadius: 4,        // half-round rib section
  ribSpan: 130,        // degrees of arc the ribs cover over the crown
  ribPitch: 18,        // spacing of the three ribs along Y
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const Rp = p.pipeDiameter / 2;
  const Ri = Rp + p.linerThickness;       // strap inner radius
  const Ro = Ri + p.strapThickness;       // strap outer radius
  const W = p.strapWidth;
  const tf = p.flangeThickness;

  const tube = (rOut, rIn) =>
    makeCylinder(rOut, W, [0, -W / 2, 0], [0, 1, 0]).cut(makeCylinder(rIn, W + 2, [0, -W / 2 - 1, 0], [0, 1, 0]));

  // strap: upper half of a tube, sitting on the flange tops (z >= tf)
  const strap = tube(Ro, Ri).cut(makeBox([-Ro - 1, -W / 2 - 1, -Ro - 1], [Ro + 1, W / 2 + 1, tf]));

  // liner: thin half shell on the pipe, down to the mounting face
  const liner = tube(Ri, Rp).cut(makeBox([-Ri - 1, -W / 2 - 1, -Ri - 1], [Ri + 1, W / 2 + 1, 0]));

  // flanges with a bolt hole each
  const flange = (s) => {
    const x0 = s > 0 ? Ri : -Ri - p.flangeLength - p.strapThickness;
    const x1 = s > 0 ? Ri + p.strapThickness + p.flangeLength : -Ri;
    const xc = s * (Ro + p.flangeLength / 2);
    return makeBox([x0, -W / 2, 0], [x1, W / 2, tf])
      .cut(makeCylinder(p.boltHole / 2, tf + 2, [xc, 0, -1], [0, 0, 1]));
  };

  // (revolving about +Y sweeps towards -Z, so the finished arc is turned back up over the crown)
  // half-round rib: D-shaped section on the strap's outer surface, revolved about the pipe axis (Y)
  const rib = (yc) => {
    const sec = draw([Ro, yc - p.ribRadius])
      .threePointsArcTo([Ro, yc + p.ribRadius], [Ro + p.ribRadius, yc])
      .close()
      .sketchOnPlane("XY");
    const start = (180 - p.ribSpan) / 2;
    return sec.revolve([0, 1, 0], { origin: [0, 0, 0], angle: p.ribSpan }).rotate(-(start + p.ribSpan), [0, 0, 0], [0, 1, 0]);
  };

  const parts = [
    { shape: strap, name: "saddle strap", color: "#8a8f96" },
    { shape: liner, name: "contact liner", color: "#222222" },
    { shape: flange(1), name: "right flange", color: "#8a8f96" },
    { shape: flange(-1), name: "left flange", color: "#8a8f96" },
  ];
  [-p.ribPitch, 0, p.ribPitch].forEach((y, i) => parts.push({ shape: rib(y), name: `crown rib ${i + 1}`, color: "#6f757c" }));
  return parts;
};
