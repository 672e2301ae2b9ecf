// Partial: servo cradle with floor, two walls and two drilled ears, but no cable notch and no stiffening ribs
const { makeBox, makeCylinder, draw } = replicad;

const defaultParams = {
  servoL: 41,        // servo body length (X)
  servoW: 21,        // servo body width (Y)
  clear: 0.5,        // clearance each end
  sheet: 1.6,
  width: 26,         // bracket width along Y
  seatH: 27,         // flange underside height above the floor
  earLen: 13,        // ear projection beyond the wall
  holePitchX: 49.5,  // servo flange hole spacing, length
  holePitchY: 10,    // servo flange hole spacing, width
  holeDia: 2.6,
  earCorner: 3,
  notchW: 8,
  notchH: 9,
  ribLeg: 8,
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const t = p.sheet, hw = p.width / 2;
  const xi = p.servoL / 2 + p.clear;     // inner face of a wall
  const xo = xi + t;                     // outer face
  const zTop = t + p.seatH;              // top of the ears = flange seat
  const zEar = zTop - t;

  const floor = makeBox([-xo, -hw, 0], [xo, hw, t]);

  const wall = (side) => makeBox([side > 0 ? xi : -xo, -hw, t], [side > 0 ? xo : -xi, hw, zTop]);

  const ear = (side) => {
    const x1 = xo + p.earLen;
    let e = draw([xo, -hw]).hLineTo(x1).customCorner(p.earCorner)
      .vLineTo(hw).customCorner(p.earCorner).hLineTo(xo).close()
      .sketchOnPlane("XY", zEar).extrude(t);
    for (const sy of [-1, 1])
      e = e.cut(makeCylinder(p.holeDia / 2, t + 2, [p.holePitchX / 2, sy * p.holePitchY / 2, zEar - 1], [0, 0, 1]));
    return side > 0 ? e : e.mirror("YZ");
  };

  return [
    { shape: floor, name: "cradle floor", color: "#7a8a99" },
    { shape: wall(1), name: "wall (+X)", color: "#7a8a99" },
    { shape: wall(-1), name: "wall", color: "#7a8a99" },
    { shape: ear(1), name: "ear (+X)", color: "#9aaabb" },
    { shape: ear(-1), name: "ear", color: "#9aaabb" },
  ];
};
