// Honest: 6061 J hook - wall plate with two countersunk screw holes, rectangular-section bar dropping from it into a half-circle bend and up to a rounded tip
// (plate and bar are modelled as two touching bodies; in practice milled from one billet)
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
    .threePointsArcTo([cx + Ri, p.tipZ], [cx + p.bendR, p.tipZ + t / 2])
    .vLineTo(cz)
    .threePointsArcTo([cx - Ri, cz], [cx, cz - Ri])
    .vLineTo(p.stemTop)
    .close();
  let bar = prof.sketchOnPlane("XZ").extrude(p.barW).translate([0, p.barW / 2, 0]);
  // break the long edges of the bar (edges along the path lie on the +/-Y faces)
  bar = bar.fillet(p.edgeRound, (e) => e.not((f) => f.inPlane("YZ", tp)));

  // wall plate on X = 0 with two countersunk holes
  let plate = drawRoundedRectangle(p.plateW, p.plateZ1 - p.plateZ0, 8)
    .sketchOnPlane("YZ").extrude(tp)
    .translate([0, 0, (p.plateZ0 + p.plateZ1) / 2]);
  const cs = draw([0, -1]).hLineTo(p.screwDia / 2).vLineTo(tp - (p.csDia - p.screwDia) / 2)
    .lineTo([p.csDia / 2, tp]).vLineTo(tp + 1).hLineTo(0).close()
    .sketchOnPlane("XY").revolve([0, 1, 0]);          // axis along local y -> becomes X after rotation below
  for (const hy of [-p.holeY, p.holeY]) {
    const tool = cs.clone().rotate(-90, [0, 0, 0], [0, 0, 1]).translate([0, hy, p.holeZ]);
    plate = plate.cut(tool);
  }

  return [
    { shape: plate, name: "wall plate", color: "#c8ccd0" },
    { shape: bar, name: "J bar with rounded tip", color: "#aeb4ba" },
  ];
};
