const { drawCircle, drawRectangle, drawRoundedRectangle } = replicad;

const defaultParams = {
  pipeDiameter: 80,
  wall: 8,
  width: 50,
  flangeLength: 30,
  flangeThickness: 8,
  boltHole: 9,
  ribRadius: 4,
  ribCount: 2,
  linerThickness: 2,
};

// Upper half of a ring in the X-Z plane (the pipe runs along Y), as a 2D drawing.
const halfRing = (inner, outer) => drawCircle(outer).cut(drawCircle(inner)).cut(drawRectangle(4 * outer, 2 * outer).translate(0, -outer));

const main = (r, p) => {
  const ri = p.pipeDiameter / 2;
  const ro = ri + p.wall;
  const halfW = p.width / 2;
  const along = (drawing, width) => drawing.sketchOnPlane("XZ", [0, width / 2, 0]).extrude(width);

  const saddle = along(halfRing(ri, ro), p.width);
  const liner = along(halfRing(ri - p.linerThickness, ri), p.width - 4);
  const parts = [
    { shape: saddle, name: "saddle", color: "#8f969c" },
    { shape: liner, name: "pipe_contact_liner", color: "#2b2b2b" },
  ];

  for (const side of [-1, 1]) {
    const cx = side * (ro + p.flangeLength / 2 - 1);
    const flange = drawRoundedRectangle(p.flangeLength + 2, p.width, 6)
      .cut(drawCircle(p.boltHole / 2).translate(side * 1, 0))
      .translate(cx, 0)
      .sketchOnPlane("XY")
      .extrude(p.flangeThickness);
    parts.push({ shape: flange, name: "side_flange", color: "#7a8187" });
  }

  return parts;
};
