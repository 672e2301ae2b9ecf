// Honest B: one-piece machined mount - top-split ring with horizontal M6 pinch bolt, tapered arm, integral gusset and cross-bored boss.
const { makeBox, makeCylinder, draw } = replicad;

const defaultParams = {
  barDia: 31.8,    // handlebar, axis along Y through the origin
  wall: 5.5,
  ringW: 20,       // clamp band width (Y)
  gap: 2.5,        // split gap at the top
  earH: 22,        // ear height above the ring centre line start
  boltD: 6,        // M6 pinch bolt, along X
  armW: 16,
  rootH: 16,       // arm depth at the clamp
  tipH: 12,        // arm depth at the boss
  reach: 112,      // bar axis to boss axis
  bossR: 11,
  bossL: 24,       // boss length along Y
  holeD: 6.4,      // M6 clearance for the accessory bolt
  ribT: 8,         // gusset thickness
  ribEnd: 85,      // gusset meets arm underside here (X)
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const Ri = p.barDia / 2, Ro = Ri + p.wall;
  const w = p.ringW;
  const slab = (sk, t) => sk.sketchOnPlane("XZ", -t / 2).extrude(t); // centred on y = 0

  // band + ears on top
  const earX = p.gap / 2 + 8.75;
  const earTop = Ri + p.earH - 2;
  let body = makeCylinder(Ro, w, [0, -w / 2, 0], [0, 1, 0])
    .fuse(makeBox([-earX, -w / 2, Ri - 2], [earX, w / 2, earTop]));

  // tapered arm (XZ profile)
  const armSk = draw([10, p.rootH / 2])
    .lineTo([p.reach, p.tipH / 2])
    .lineTo([p.reach, -p.tipH / 2])
    .lineTo([10, -p.rootH / 2])
    .close();
  body = body.fuse(slab(armSk, p.armW));

  // integral gusset rib rooted in the lower ring wall
  const ribSk = draw([0, -p.tipH / 2 + 1])
    .lineTo([p.ribEnd, -p.tipH / 2 + 1])
    .lineTo([0, -Ri - p.wall / 2 - 2])
    .close();
  body = body.fuse(slab(ribSk, p.ribT));

  // cross-bored boss (axis Y) at the end of the arm
  body = body.fuse(makeCylinder(p.bossR, p.bossL, [p.reach, -p.bossL / 2, 0], [0, 1, 0]));

  // machining: bar bore, split slot, bolt holes, accessory hole
  const boltZ = Ri + p.earH / 2 + 1;
  body = body
    .cut(makeCylinder(Ri, w + 2, [0, -w / 2 - 1, 0], [0, 1, 0]))
    .cut(makeBox([-p.gap / 2, -w / 2 - 1, Ri - 3], [p.gap / 2, w / 2 + 1, earTop + 1]))
    .cut(makeCylinder(p.boltD / 2 + 0.2, earX + 1, [-earX - 1, 0, boltZ], [1, 0, 0]))  // clearance side
    .cut(makeCylinder(p.boltD / 2, earX + 1, [0, 0, boltZ], [1, 0, 0]))                // tapped side
    .cut(makeCylinder(p.holeD / 2, p.bossL + 2, [p.reach, -p.bossL / 2 - 1, 0], [0, 1, 0]));

  // pinch bolt (head on -X ear face, thread ends flush with +X ear face)
  const headR = 5, headH = 6;
  const bolt = makeCylinder(headR, headH, [-earX - headH, 0, boltZ], [1, 0, 0])
    .fuse(makeCylinder(p.boltD / 2, earX - p.gap / 2, [-earX, 0, boltZ], [1, 0, 0]))
    .fuse(makeCylinder(p.boltD / 2, earX - p.gap / 2, [p.gap / 2, 0, boltZ], [1, 0, 0]))
    .fuse(makeCylinder(p.boltD / 2, p.gap, [-p.gap / 2, 0, boltZ], [1, 0, 0]));

  return [
    { shape: body, name: "clamp, arm, gusset and boss (one piece)", color: "#a7b0ba" },
    { shape: bolt, name: "M6 pinch bolt", color: "#2b2b2b" },
  ];
};
