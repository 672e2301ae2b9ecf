// Honest: vented laptop riser - 15 deg tilted platform with 4 rows of rounded slots, two wedge side rails, two front stops and two rear legs
const { draw, makeBox, makeCylinder } = replicad;

const defaultParams = {
  width: 300, length: 230, thick: 6,
  tiltDeg: 15, frontZ: 35,            // underside height at the front edge
  slotL: 40, slotW: 8, slotCols: 5, slotPitchX: 50, slotRows: 4, slotPitchY: 38, slotStartY: 55,
  railT: 14, railInset: 10,
  stopW: 36, stopD: 10, stopH: 14, stopX: 110,
  legW: 22, legD: 20, legX: 60, legBackInset: 12,
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const a = p.tiltDeg * Math.PI / 180;
  const yShift = -p.length * Math.cos(a) / 2;
  // local platform frame: x across, y up the slope from the front edge, z normal; placed by tilt + shift
  const place = (s) => s.rotate(p.tiltDeg, [0, 0, 0], [1, 0, 0]).translate([0, yShift, p.frontZ]);
  const underZ = (Y) => p.frontZ + (Y - yShift) * Math.tan(a);
  const parts = [];

  // platform with rounded ventilation slots
  let plate = makeBox([-p.width / 2, 0, 0], [p.width / 2, p.length, p.thick]);
  let tool = null;
  for (let j = 0; j < p.slotRows; j++) {
    for (let i = 0; i < p.slotCols; i++) {
      const x = (i - (p.slotCols - 1) / 2) * p.slotPitchX;
      const y = p.slotStartY + j * p.slotPitchY;
      const h = p.slotL / 2 - p.slotW / 2;
      let s = makeBox([x - h, y - p.slotW / 2, -1], [x + h, y + p.slotW / 2, p.thick + 1]);
      s = s.fuse(makeCylinder(p.slotW / 2, p.thick + 2, [x - h, y, -1])).fuse(makeCylinder(p.slotW / 2, p.thick + 2, [x + h, y, -1]));
      tool = tool ? tool.fuse(s) : s;
    }
  }
  plate = plate.cut(tool);
  parts.push({ shape: place(plate), name: "platform", color: "#b0b6bb" });

  // front stops standing on the top surface at the front edge
  for (const s of [-1, 1]) {
    const st = makeBox([s * p.stopX - p.stopW / 2, 0, p.thick], [s * p.stopX + p.stopW / 2, p.stopD, p.thick + p.stopH]);
    parts.push({ shape: place(st), name: `${s < 0 ? "left" : "right"} front stop`, color: "#404448" });
  }

  // side rails: wedges from the desk to the sloping underside, flush under each side edge
  const y0 = yShift + 4, y1 = yShift + p.length * Math.cos(a) - p.railInset;
  for (const s of [-1, 1]) {
    const prof = draw([y0, 0]).lineTo([y1, 0]).lineTo([y1, underZ(y1)]).lineTo([y0, underZ(y0)]).close();
    const x0 = s > 0 ? p.width / 2 - p.railT : -p.width / 2;
    parts.push({ shape: prof.sketchOnPlane("YZ", x0).extrude(p.railT), name: `${s < 0 ? "left" : "right"} side rail`, color: "#8a9096" });
  }

  // rear legs under the raised back
  const l1 = yShift + p.length * Math.cos(a) - p.legBackInset, l0 = l1 - p.legD;
  for (const s of [-1, 1]) {
    const prof = draw([l0, 0]).lineTo([l1, 0]).lineTo([l1, underZ(l1)]).lineTo([l0, underZ(l0)]).close();
    parts.push({ shape: prof.sketchOnPlane("YZ", s * p.legX - p.legW / 2).extrude(p.legW), name: `${s < 0 ? "left" : "right"} rear leg`, color: "#8a9096" });
  }
  return parts;
};
