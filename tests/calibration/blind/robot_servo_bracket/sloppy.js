// Sloppy: servo cradle whose ears were raised 3 mm and hover 1.4 mm clear of the wall tops and whose ribs are buried through the walls
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
      .sketchOnPlane("XY", zEar + 3).extrude(t);   // ear not lowered onto the wall
    for (const sy of [-1, 1])
      e = e.cut(makeCylinder(p.holeDia / 2, t + 2, [p.holePitchX / 2, sy * p.holePitchY / 2, zEar + 2], [0, 0, 1]));
    return side > 0 ? e : e.mirror("YZ");
  };

  const rib = (side) => {
    const tri = draw([xo - 6, zEar]).hLineTo(xo - 6 + p.ribLeg + 6).lineTo([xo - 6, zEar - p.ribLeg - 6]).close()   // rib pushed into the wall
      .sketchOnPlane("XZ").extrude(t).translate([0, t / 2, 0]);
    return side > 0 ? tri : tri.mirror("YZ");
  };

  // cable notch at the foot of the +X wall (round-topped slot)
  const nw = p.notchW / 2;
  const notch = makeBox([xi - 1, -nw, t], [xo + 1, nw, t + p.notchH - nw])
    .fuse(makeCylinder(nw, t + 2, [xi - 1, 0, t + p.notchH - nw], [1, 0, 0]));
  const wallCable = wall(1).cut(notch);

  return [
    { shape: floor, name: "cradle floor", color: "#7a8a99" },
    { shape: wallCable, name: "wall with cable notch", color: "#7a8a99" },
    { shape: wall(-1), name: "wall", color: "#7a8a99" },
    { shape: ear(1), name: "ear (cable side)", color: "#9aaabb" },
    { shape: ear(-1), name: "ear", color: "#9aaabb" },
    { shape: rib(1), name: "stiffening rib (cable side)", color: "#5a6a79" },
    { shape: rib(-1), name: "stiffening rib", color: "#5a6a79" },
  ];
};
