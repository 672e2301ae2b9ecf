// Sloppy: butt hinge whose knuckles are overlong (they run into each other, no gaps) and whose pin is fatter than the bore
const { makeBox, makeCylinder, draw, drawRoundedRectangle } = replicad;

const defaultParams = {
  length: 90,        // hinge length along X (knuckle stack)
  leafWidth: 32,     // each leaf, from pin axis to outer edge (Y)
  thick: 2.5,        // leaf thickness
  knuckleOD: 9,
  pinDia: 4.4,
  gap: 0.6,          // axial gap between knuckles
  cornerR: 6,
  holeDia: 4.5,      // screw clearance
  csDia: 9,          // countersink diameter at surface (90 deg)
  capDia: 6.5,
  capLen: 1.5,
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const L = p.length, t = p.thick;
  const rk = p.knuckleOD / 2, rp = p.pinDia / 2;
  const zc = rk;                         // barrel axis height, leaves lie on z = 0
  const clear = rk + 0.5;                // leaf plate stops short of the other leaf's knuckles
  const n = 5, pitch = (L - (n - 1) * p.gap) / n + p.gap, segL = pitch + 3;   // knuckles drawn longer than their pitch

  // countersunk screw hole tool (cone from top face)
  const csDepth = (p.csDia - p.holeDia) / 2;
  const csTool = (x, y) =>
    draw([0, -1]).hLineTo(p.holeDia / 2).vLineTo(t - csDepth).lineTo([p.csDia / 2, t]).vLineTo(t + 1).hLineTo(0).close()
      .sketchOnPlane("XZ").revolve([0, 0, 1]).translate([x, y, 0]);

  const makeLeaf = (side, knuckleIdx) => {
    // plate from the clearance line out to the edge, outer corners rounded, inner corners square
    const w = p.leafWidth - clear;
    const yMid = side * (clear + w / 2);
    let plate = drawRoundedRectangle(L, w, p.cornerR).sketchOnPlane("XY").extrude(t).translate([0, yMid, 0]);
    const innerY0 = side > 0 ? clear : -clear - w / 2;
    plate = plate.fuse(makeBox([-L / 2, innerY0, 0], [L / 2, innerY0 + w / 2, t]));
    // knuckles with a web back to the plate
    for (const i of knuckleIdx) {
      const x0 = -L / 2 + i * pitch - 1.5;
      const k = makeCylinder(rk, segL, [x0, 0, zc], [1, 0, 0]);
      const webY = side > 0 ? [0, clear + 0.01] : [-clear - 0.01, 0];
      const web = makeBox([x0, webY[0], 0], [x0 + segL, webY[1], t]);
      plate = plate.fuse(k).fuse(web);
    }
    // bore for the pin
    plate = plate.cut(makeCylinder(rp, L + 2, [-L / 2 - 1, 0, zc], [1, 0, 0]));
    // three countersunk holes
    const hy = side * (clear + w * 0.55);
    for (const hx of [-L / 2 + 12, 0, L / 2 - 12]) plate = plate.cut(csTool(hx, hy));
    return plate;
  };

  const leafA = makeLeaf(-1, [0, 2, 4]);
  const leafB = makeLeaf(1, [1, 3]);

  const pin = makeCylinder(rp + 1.2, L, [-L / 2, 0, zc], [1, 0, 0])
    .fuse(makeCylinder(p.capDia / 2, p.capLen, [-L / 2 - p.capLen, 0, zc], [1, 0, 0]))
    .fuse(makeCylinder(p.capDia / 2, p.capLen, [L / 2, 0, zc], [1, 0, 0]));

  return [
    { shape: leafA, name: "leaf A (3 knuckles)", color: "#b08d57" },
    { shape: leafB, name: "leaf B (2 knuckles)", color: "#c9a46a" },
    { shape: pin, name: "hinge pin", color: "#888888" },
  ];
};
