const { drawRoundedRectangle, drawCircle, draw } = replicad;

const defaultParams = {
  padLength: 45,
  padWidth: 20,
  padThickness: 3,
  screwHole: 4.2,
  cableDiameter: 11,
  armThickness: 2.6,
  armHeight: 19,
  catchDepth: 2.2,
  clipWidth: 10,
  channelOffset: 8,
};

const main = (r, p) => {
  const cr = p.cableDiameter / 2;
  const cx = p.channelOffset;
  // The cradle and the arms stand on the pad's top face.
  const floor = p.padThickness;
  const cz = p.padThickness + cr + 1;
  const alongY = (drawing) => drawing.sketchOnPlane("XZ", [0, p.clipWidth / 2, 0]).extrude(p.clipWidth);

  const pad = drawRoundedRectangle(p.padLength, p.padWidth, 4)
    .cut(drawCircle(p.screwHole / 2).translate(-p.padLength / 2 + 9, 0))
    .sketchOnPlane("XY")
    .extrude(p.padThickness);

  const inner = cx - cr;
  const outer = inner - p.armThickness;
  // The cradle fills the space between the two arms up to the cable's axis, its top hollowed by the cable's
  // half-round; its walls end on the arms' inner faces, so the arms are not buried in it.
  const channel = draw([inner, floor])
    .lineTo([2 * cx - inner, floor])
    .lineTo([2 * cx - inner, cz])
    .threePointsArcTo([inner, cz], [cx, cz - cr])
    .close();

  // One arm with its catch: the sloped top face is the lead-in chamfer the cable pushes past.
  const top = floor + p.armHeight;
  const catchZ = top - 5;
  const arm = (mirror) => {
    const x = (v) => (mirror ? 2 * cx - v : v);
    return draw([x(outer), floor])
      .lineTo([x(inner), floor])
      .lineTo([x(inner), catchZ])
      .lineTo([x(inner + p.catchDepth), catchZ + 1.5])
      .lineTo([x(inner), top])
      .lineTo([x(outer + 1), top])
      .lineTo([x(outer), top - 1])
      .close();
  };

  return [
    { shape: pad, name: "base_pad", color: "#f2f2f2" },
    { shape: alongY(channel), name: "cable_channel", color: "#e0e0e0" },
    { shape: alongY(arm(false)), name: "snap_arm", color: "#d0d0d0" },
    { shape: alongY(arm(true)), name: "snap_arm", color: "#d0d0d0" },
  ];
};
