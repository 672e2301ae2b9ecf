// Lightweight planar truss support, 250 N at the free end, built as a welded / bonded
// assembly of separate members (aluminium 6061-T6 assumed, yield ~240 MPa).
//
// Layout (truss in the XZ plane, centred on Y = 0):
//   - mounting plate at X = 0..8, full 80 x 130 face against the wall, two M8 clearance holes
//     placed high (tension side): the bottom of the plate bears on the wall and the bolts
//     take the overturning moment as tension.
//   - top chord and bottom chord run from the plate and converge on a round load boss at the
//     right end; the boss is bored along Y (across the truss) for a 10 mm load pin.
//   - three upright ribs and three diagonal ribs split the web into connected triangles.
//   Members are trimmed to each other so they meet face to face at the joints.
//
// Hand check (P = 250 N, lever ~236 mm, depth between chord axes at root 110 mm):
//   root moment M = 250 * 236 = 59 N.m; chord force ~ M / 110 = 540 N
//   chord 8 x 12 = 96 mm2 -> 5.6 MPa  (SF >> 2, even in PLA at 40 MPa: SF ~7)
//   bottom chord buckling, 56 mm panel: Pcr = pi^2 E I / L^2 = 9.87*70e3*512/56^2 ~ 113 kN
//   web ribs carry ~ shear 250 N / sin(angle) < 450 N -> 6 x 12 rib: 6 MPa, Pcr > 5 kN
//   bolts (2 x M8) at 100 mm above the plate's bearing edge: 590 N total tension
//   pin 10 mm in a 20 mm long boss: bearing 1.25 MPa.   Overall SF well above 2.
const { makeBox, makeCylinder, draw } = replicad;

const defaultParams = {
  plateT: 8,          // plate thickness along X
  plateW: 80,         // plate width along Y
  plateH: 130,        // plate height along Z
  boltD: 9,           // M8 clearance
  boltY: 26,          // bolt offset from the truss plane
  boltZ: 100,         // bolt height (tension side)
  webT: 12,           // truss thickness along Y
  chordW: 8,          // chord depth in the truss plane
  ribW: 6,            // rib width in the truss plane
  topRootZ: 120,      // top chord axis at the plate
  botRootZ: 10,       // bottom chord axis at the plate
  bossX: 244,         // load boss centre
  bossZ: 65,
  bossD: 32,
  boreD: 10.5,        // for a 10 mm pin
  bossL: 20,          // boss length along Y (wider than the web for pin bearing)
};

// A straight member of width w between two points of the truss plane (x, z), thickness t in Y.
const bar = (a, b, w, t) => {
  const dx = b[0] - a[0], dz = b[1] - a[1];
  const L = Math.hypot(dx, dz);
  const nx = (-dz / L) * (w / 2), nz = (dx / L) * (w / 2);
  return draw([a[0] + nx, a[1] + nz])
    .lineTo([b[0] + nx, b[1] + nz])
    .lineTo([b[0] - nx, b[1] - nz])
    .lineTo([a[0] - nx, a[1] - nz])
    .close()
    .sketchOnPlane("XZ", -t / 2)
    .extrude(t);
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const x0 = p.plateT; // face of the plate the truss stands on

  // Chord axes: straight lines from the plate to the boss centre.
  const topZ = (x) => p.topRootZ + ((p.bossZ - p.topRootZ) * (x - x0)) / (p.bossX - x0);
  const botZ = (x) => p.botRootZ + ((p.bossZ - p.botRootZ) * (x - x0)) / (p.bossX - x0);

  // Mounting plate with two bolt holes through X.
  let plate = makeBox([0, -p.plateW / 2, 0], [p.plateT, p.plateW / 2, p.plateH]);
  for (const y of [-p.boltY, p.boltY]) {
    plate = plate.cut(makeCylinder(p.boltD / 2, p.plateT + 2, [-1, y, p.boltZ], [1, 0, 0]));
  }

  // Load boss: a disc across the truss with a through bore along Y.
  const bossSolid = () =>
    makeCylinder(p.bossD / 2, p.bossL, [p.bossX, -p.bossL / 2, p.bossZ], [0, 1, 0]);
  const boss = bossSolid().cut(
    makeCylinder(p.boreD / 2, p.bossL + 2, [p.bossX, -p.bossL / 2 - 1, p.bossZ], [0, 1, 0])
  );

  // Chords: start square on the plate face, run into the boss centre, then trimmed to the
  // boss outline so they meet its round face. Where they converge just before the boss the
  // bottom chord is trimmed to the top chord.
  const plateSolid = () => makeBox([-20, -p.plateW / 2, 0], [p.plateT, p.plateW / 2, p.plateH]);
  const topChord = bar([x0 - 10, topZ(x0 - 10)], [p.bossX, p.bossZ], p.chordW, p.webT)
    .cut(bossSolid())
    .cut(plateSolid());
  const botChord = bar([x0 - 10, botZ(x0 - 10)], [p.bossX, p.bossZ], p.chordW, p.webT)
    .cut(bossSolid())
    .cut(plateSolid())
    .cut(topChord.clone());

  // Web: uprights at the panel points, tension diagonals rising toward the wall (Pratt
  // arrangement for a cantilever carrying a downward tip load). Every rib runs chord axis to
  // chord axis and is trimmed to the chords (and plate) so it sits face to face on them.
  const panelX = [62, 118, 172];
  const trim = (rib) => rib.cut(topChord.clone()).cut(botChord.clone()).cut(plateSolid());
  const ribs = [];
  const uprights = panelX.map((x) => trim(bar([x, botZ(x)], [x, topZ(x)], p.ribW, p.webT)));
  uprights.forEach((u, i) => ribs.push({ shape: u, name: `upright_rib_${i + 1}` }));
  // Diagonals are also trimmed to the uprights so the nodes meet face to face.
  const trimDiag = (rib) => uprights.reduce((acc, u) => acc.cut(u.clone()), trim(rib));
  const diagEnds = [
    [[panelX[0], botZ(panelX[0])], [x0, topZ(x0)]],                // first bay: into the plate / top chord corner
    [[panelX[1], botZ(panelX[1])], [panelX[0], topZ(panelX[0])]],
    [[panelX[2], botZ(panelX[2])], [panelX[1], topZ(panelX[1])]],
  ];
  diagEnds.forEach(([a, b], i) => {
    ribs.push({ shape: trimDiag(bar(a, b, p.ribW, p.webT)), name: `diagonal_rib_${i + 1}` });
  });

  return [
    { shape: plate, name: "mounting_plate", color: "#8a8f98" },
    { shape: topChord, name: "top_chord", color: "#4f7cac" },
    { shape: botChord, name: "bottom_chord", color: "#4f7cac" },
    ...ribs.map((rb) => ({ ...rb, color: "#6aa36f" })),
    { shape: boss, name: "load_boss", color: "#c07a3a" },
  ];
};
