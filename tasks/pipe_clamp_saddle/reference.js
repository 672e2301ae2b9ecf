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

  // Each flange reaches a little under the saddle's foot and is trimmed by it, so it meets the strap's curved side.
  const flanges = [-1, 1].map((side) =>
    drawRoundedRectangle(p.flangeLength + 2, p.width, 6)
      .cut(drawCircle(p.boltHole / 2).translate(side * 1, 0))
      .translate(side * (ro + p.flangeLength / 2 - 1), 0)
      .sketchOnPlane("XY")
      .extrude(p.flangeThickness)
      .cut(saddle.clone()),
  );
  for (const flange of flanges) parts.push({ shape: flange, name: "side_flange", color: "#7a8187" });

  // Round ribs wrap the outside of the saddle: half tori centred on its outer surface, trimmed by the saddle
  // and the flanges so they sit on the crown and end on the flanges' tops.
  const ribSeat = [saddle, ...flanges];
  const pitch = p.width / (p.ribCount + 1);
  for (let i = 1; i <= p.ribCount; i++) {
    const y = -halfW + i * pitch;
    // Revolving about +Y swings +X down through -Z, so the half torus is turned over onto the crown.
    const rib = drawCircle(p.ribRadius)
      .translate(ro, y)
      .sketchOnPlane("XY")
      .revolve([0, 1, 0], { angle: 180 })
      .rotate(180, [0, 0, 0], [0, 1, 0]);
    parts.push({ shape: ribSeat.reduce((trimmed, seat) => trimmed.cut(seat.clone()), rib), name: "rib", color: "#a3aab0" });
  }
  return parts;
};
