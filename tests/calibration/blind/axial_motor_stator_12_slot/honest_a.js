// Honest: one-piece axial-flux stator core - flat back-iron ring with shaft bore and 12 sector teeth separated by parallel-sided slots
const { makeCylinder, makeBox } = replicad;

const defaultParams = {
  outerDiameter: 176,   // back-iron and tooth outer diameter
  boreDiameter: 52,     // central opening for the shaft / hub
  toothInnerDiameter: 70, // teeth start a little outside the bore
  yokeThickness: 10,    // back-iron ring thickness (Z)
  toothHeight: 20,      // tooth height above the yoke
  slotWidth: 10,        // constant width of each winding slot
  slots: 12,
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const Ro = p.outerDiameter / 2;
  const Rb = p.boreDiameter / 2;
  const Rt = p.toothInnerDiameter / 2;

  // back-iron ring
  let core = makeCylinder(Ro, p.yokeThickness, [0, 0, 0], [0, 0, 1])
    .cut(makeCylinder(Rb, p.yokeThickness + 2, [0, 0, -1], [0, 0, 1]));

  // tooth layer: an annulus that will be split into teeth by the slots
  let teeth = makeCylinder(Ro, p.toothHeight, [0, 0, p.yokeThickness], [0, 0, 1])
    .cut(makeCylinder(Rt, p.toothHeight + 2, [0, 0, p.yokeThickness - 1], [0, 0, 1]));

  // parallel-sided slots, centred between teeth
  for (let i = 0; i < p.slots; i++) {
    const ang = (360 / p.slots) * (i + 0.5);
    const slot = makeBox(
      [0, -p.slotWidth / 2, p.yokeThickness],
      [Ro + 5, p.slotWidth / 2, p.yokeThickness + p.toothHeight + 1]
    ).rotate(ang, [0, 0, 0], [0, 0, 1]);
    teeth = teeth.cut(slot);
  }

  core = core.fuse(teeth);
  return [{ shape: core, name: "stator core", color: "#7a7f88" }];
};
