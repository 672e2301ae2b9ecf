// Partial: J hook with wall plate and half-circle bar, but the plate has no screw holes and the upturn ends square (no rounded tip)
const { makeBox, makeCylinder, draw, drawRoundedRectangle } = replicad;

// Sizing for 120 N at the tip: lever ~ 2R + t = 114 mm -> M ~ 13.7 N.m;
// section b x t = 20 x 14 -> Z = b t^2 / 6 = 653 mm3 -> ~21 MPa, far below 6061-T6 yield (~275 MPa).
const defaultParams = {
  plateThick: 8,
  plateW: 70,        // along Y
  plateZ0: 95,
  plateZ1: 180,
  barT: 14,          // bar thickness in the bending plane (X)
  barW: 20,          // bar width (Y)
  bendR: 50,         // centreline radius of the half circle
  stemTop: 172,
  tipZ: 105,         // where the straight upturn ends and the round tip starts
  screwDia: 5.5,
  csDia: 11,
  holeY: 24,
  holeZ: 150,
  edgeRound: 3,
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const t = p.barT, tp = p.plateThick;
  const Ro = p.bendR + t / 2, Ri = p.bendR - t / 2;
  const cx = tp + t / 2 + p.bendR;     // bend centre (X)
  const cz = Ro;                       // bend centre height: hook bottom sits at z = 0
  const s = Math.SQRT1_2;

  // J profile in the XZ plane (local x = X, local y = Z)
  const prof = draw([tp, p.stemTop])
    .vLineTo(cz)
    .threePointsArcTo([cx + Ro, cz], [cx, cz - Ro])
    .vLineTo(p.tipZ)
    .hLineTo(cx + Ri)
    .vLineTo(cz)
    .threePointsArcTo([cx - Ri, cz], [cx, cz - Ri])
    .vLineTo(p.stemTop)
    .close();
  let bar = prof.sketchOnPlane("XZ").extrude(p.barW).translate([0, p.barW / 2, 0]);
  // break the long edges of the bar (edges along the path lie on the +/-Y faces)
  bar = bar.fillet(p.edgeRound, (e) => e.not((f) => f.inPlane("YZ", tp)));

  // wall plate on X = 0 with two countersunk holes
  const plate = drawRoundedRectangle(p.plateW, p.plateZ1 - p.plateZ0, 8)
    .sketchOnPlane("YZ").extrude(tp)
    .translate([0, 0, (p.plateZ0 + p.plateZ1) / 2]);
  return [
    { shape: plate, name: "wall plate", color: "#c8ccd0" },
    { shape: bar, name: "J bar", color: "#aeb4ba" },
  ];
};
