// SLOPPY version of the truss support (deliberately badly made):
//   - the load boss is placed past the chord ends: it floats free with a ~12 mm gap, and it
//     pokes out of the 260 mm envelope (to X ~ 278);
//   - the uprights are plain full-height boxes rammed straight through both chords and
//     sticking out above and below them (no trimming, no joint design);
//   - the chords are pushed 6 mm into the mounting plate;
//   - one diagonal is drawn short and hangs in the middle of its bay, touching nothing.
const { makeBox, makeCylinder, draw } = replicad;

const defaultParams = {
  plateT: 8, plateW: 80, plateH: 130, boltD: 9, boltY: 26, boltZ: 100,
  webT: 12, chordW: 8, ribW: 6,
  topRootZ: 120, botRootZ: 10,
  chordEndX: 240, chordEndZ: 65,
  bossX: 262, bossZ: 65, bossD: 32, boreD: 10.5, bossL: 20,
};

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
  let plate = makeBox([0, -p.plateW / 2, 0], [p.plateT, p.plateW / 2, p.plateH]);
  for (const y of [-p.boltY, p.boltY]) {
    plate = plate.cut(makeCylinder(p.boltD / 2, p.plateT + 2, [-1, y, p.boltZ], [1, 0, 0]));
  }

  // chords started at X = 2, i.e. 6 mm inside the plate, and stopped short of the boss
  const topChord = bar([2, p.topRootZ], [p.chordEndX - 24, p.chordEndZ + 4], p.chordW, p.webT);
  const botChord = bar([2, p.botRootZ], [p.chordEndX - 24, p.chordEndZ - 4], p.chordW, p.webT);

  // boss floats beyond the chord ends and out of the envelope
  const boss = makeCylinder(p.bossD / 2, p.bossL, [p.bossX, -p.bossL / 2, p.bossZ], [0, 1, 0]).cut(
    makeCylinder(p.boreD / 2, p.bossL + 2, [p.bossX, -p.bossL / 2 - 1, p.bossZ], [0, 1, 0])
  );

  // uprights: crude boxes through everything
  const ups = [62, 118, 172].map((x, i) => ({
    shape: makeBox([x - 3, -p.webT / 2, 15 + i * 15], [x + 3, p.webT / 2, 115 - i * 15]),
    name: `upright_rib_${i + 1}`,
  }));
  // diagonals: two roughly placed, one floating in the middle of its bay
  const diags = [
    bar([62, 30], [8, 118], p.ribW, p.webT),
    bar([100, 55], [80, 85], p.ribW, p.webT),   // floating, touches nothing
    bar([172, 55], [118, 95], p.ribW, p.webT),
  ].map((s, i) => ({ shape: s, name: `diagonal_rib_${i + 1}` }));

  return [
    { shape: plate, name: "mounting_plate", color: "#8a8f98" },
    { shape: topChord, name: "top_chord", color: "#4f7cac" },
    { shape: botChord, name: "bottom_chord", color: "#4f7cac" },
    ...ups.map((u) => ({ ...u, color: "#6aa36f" })),
    ...diags.map((d) => ({ ...d, color: "#6aa36f" })),
    { shape: boss, name: "load_boss", color: "#c07a3a" },
  ];
};
