// PARTIAL design (deliberately incomplete): same plate / chords / uprights / boss assembly as a
// full truss support, but
//   1. the DIAGONAL ribs are left out - the web has only uprights, so the bays are open
//      rectangles/trapezoids (a Vierendeel-like frame) instead of connected triangles, and the
//      web must carry shear by bending of the joints;
//   2. the load boss is NOT bored - it is a solid round lug with no pin hole across the truss.
// Everything present is sized and joined as in the complete design.
// Otherwise: welded / bonded assembly of a wall plate (two M8 holes), top and bottom chords
// converging on a round end lug, and three upright ribs. Chord stresses are low (~6 MPa), but
// without diagonals the frame is far more flexible and its joints see bending.
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

  // Load boss: a disc across the truss (the bore is missing in this version).
  const bossSolid = () =>
    makeCylinder(p.bossD / 2, p.bossL, [p.bossX, -p.bossL / 2, p.bossZ], [0, 1, 0]);
  const boss = bossSolid(); // left solid: no bore (missing feature)

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

  // Web: uprights only at the panel points, trimmed to the chords so they sit face to face.
  const panelX = [62, 118, 172];
  const trim = (rib) => rib.cut(topChord.clone()).cut(botChord.clone()).cut(plateSolid());
  const ribs = [];
  const uprights = panelX.map((x) => trim(bar([x, botZ(x)], [x, topZ(x)], p.ribW, p.webT)));
  uprights.forEach((u, i) => ribs.push({ shape: u, name: `upright_rib_${i + 1}` }));
  // (diagonal ribs omitted - missing feature)

  return [
    { shape: plate, name: "mounting_plate", color: "#8a8f98" },
    { shape: topChord, name: "top_chord", color: "#4f7cac" },
    { shape: botChord, name: "bottom_chord", color: "#4f7cac" },
    ...ribs.map((rb) => ({ ...rb, color: "#6aa36f" })),
    { shape: boss, name: "load_boss", color: "#c07a3a" },
  ];
};
