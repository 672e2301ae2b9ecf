// Axial-flux stator core, second construction: parallel-sided teeth (straight bars, so a
// pre-wound bobbin coil slides straight on) each with a slightly wider pole shoe on top that
// holds the coil down, standing on a plain back-iron ring. One fused solid; Z is the motor axis.
const { draw, drawCircle } = replicad;

const defaultParams = {
  slots: 12,
  outerDiameter: 180,
  boreDiameter: 50,
  yokeThickness: 8,
  toothHeight: 22,
  toothWidth: 14,
  toothInnerRadius: 40,
  toothOuterRadius: 88,
  shoeOverhang: 2,
  shoeThickness: 3,
};

// One tooth lying along +X: its cross-section across the tooth is a T (bar plus pole shoe),
// drawn in the Y-Z plane and extruded radially from the inner to the outer radius.
const tooth = (p) => {
  const w = p.toothWidth / 2;
  const s = w + p.shoeOverhang;
  const z0 = p.yokeThickness;
  const top = z0 + p.toothHeight;
  const shoeZ = top - p.shoeThickness;
  return draw([-w, z0])
    .lineTo([w, z0])
    .lineTo([w, shoeZ])
    .lineTo([s, shoeZ])
    .lineTo([s, top])
    .lineTo([-s, top])
    .lineTo([-s, shoeZ])
    .lineTo([-w, shoeZ])
    .close()
    .sketchOnPlane("YZ", p.toothInnerRadius)
    .extrude(p.toothOuterRadius - p.toothInnerRadius);
};

const backIron = (p) =>
  drawCircle(p.outerDiameter / 2)
    .cut(drawCircle(p.boreDiameter / 2))
    .sketchOnPlane("XY")
    .extrude(p.yokeThickness);

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const master = tooth(p);
  let core = backIron(p);
  // Copies of one tooth turned about the axis keep the twelve exactly alike.
  for (let i = 0; i < p.slots; i++) core = core.fuse(master.clone().rotate((360 * i) / p.slots, [0, 0, 0], [0, 0, 1]));
  return [{ shape: core, name: "stator core", color: "#7f8690" }];
};
