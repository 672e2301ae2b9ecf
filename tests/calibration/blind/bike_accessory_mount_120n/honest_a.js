// Honest A: separate-part mount - rear-split ring clamp with vertical M5 pinch bolt, arm seated on a flat pad, separate gusset web and vertical boss.
const { makeBox, makeCylinder, draw } = replicad;

const defaultParams = {
  barDia: 31.8,     // handlebar diameter (bar runs along Y)
  wall: 6,          // ring wall thickness
  clampWidth: 24,   // clamp width along the bar
  slot: 3,          // split gap between the ears
  earLen: 16,       // how far the ears stand off behind the ring
  earThk: 8,        // thickness of each ear (Z)
  boltD: 5,         // M5 pinch bolt
  armW: 20,         // arm width (Y)
  armH: 12,         // arm depth (Z)
  reach: 120,       // bar axis to accessory boss axis (X)
  bossR: 10,
  bossH: 20,
  bossHole: 5.5,    // M5 clearance for the accessory screw
  gussetT: 6,
  gussetDepth: 26,  // gusset depth below the arm root
  gussetLen: 95,    // where the gusset meets the arm underside
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const Ri = p.barDia / 2;
  const Ro = Ri + p.wall;
  const w = p.clampWidth;
  const padX = Ro + 2;              // flat mounting face for the arm
  const hA = p.armH / 2;

  // ---- split ring clamp with two ears at the back (-X) ----
  const ringDisk = () => makeCylinder(Ro, w, [0, -w / 2, 0], [0, 1, 0]);
  const pad = () => makeBox([Ri - 2, -w / 2, -hA], [padX, w / 2, hA]);
  const earX0 = -(Ro + p.earLen);
  const earZ = p.slot / 2 + p.earThk;
  let clamp = ringDisk()
    .fuse(pad())
    .fuse(makeBox([earX0, -w / 2, -earZ], [-Ri + 2, w / 2, earZ]));
  clamp = clamp
    .cut(makeCylinder(Ri, w + 2, [0, -w / 2 - 1, 0], [0, 1, 0]))
    .cut(makeBox([earX0 - 1, -w / 2 - 1, -p.slot / 2], [-Ri + 3, w / 2 + 1, p.slot / 2]));
  const boltX = -(Ro + p.earLen / 2) + 1.5;
  // clearance hole in the upper ear, tapped (modelled at nominal) in the lower ear
  clamp = clamp
    .cut(makeCylinder(p.boltD / 2 + 0.25, p.earThk + 2, [boltX, 0, p.slot / 2 - 1], [0, 0, 1]))
    .cut(makeCylinder(p.boltD / 2, p.earThk + 2, [boltX, 0, -earZ - 1], [0, 0, 1]));

  // ---- pinch bolt: socket head on top of the upper ear, threads in the lower ear ----
  const headR = 4.25, headH = 5;
  const bolt = makeCylinder(headR, headH, [boltX, 0, earZ], [0, 0, 1])
    .fuse(makeCylinder(p.boltD / 2, 2 * earZ, [boltX, 0, -earZ], [0, 0, 1]))
    .cut(makeCylinder(2, 3, [boltX, 0, earZ + headH - 3], [0, 0, 1])); // hex socket (simplified)

  // ---- arm: from the clamp pad out to the boss, end shaped to seat on the boss ----
  const bx = p.reach;
  const bossSolid = () => makeCylinder(p.bossR, p.bossH, [bx, 0, -p.bossH / 2], [0, 0, 1]);
  const arm = makeBox([padX, -p.armW / 2, -hA], [bx, p.armW / 2, hA]).cut(bossSolid());

  // ---- accessory boss with through hole (vertical) ----
  const boss = bossSolid().cut(
    makeCylinder(p.bossHole / 2, p.bossH + 2, [bx, 0, -p.bossH / 2 - 1], [0, 0, 1])
  );

  // ---- gusset web under the arm, wrapped onto the ring ----
  const gT = p.gussetT;
  let gusset = draw([5, -hA])
    .lineTo([p.gussetLen, -hA])
    .lineTo([5, -hA - p.gussetDepth])
    .close()
    .sketchOnPlane("XZ", -gT / 2)
    .extrude(gT);
  gusset = gusset.cut(ringDisk()).cut(pad());

  return [
    { shape: clamp, name: "split ring clamp", color: "#9aa3ad" },
    { shape: bolt, name: "pinch bolt M5", color: "#333333" },
    { shape: arm, name: "arm", color: "#b8c0c8" },
    { shape: gusset, name: "gusset", color: "#8d96a0" },
    { shape: boss, name: "accessory boss", color: "#c9d0d6" },
  ];
};
