// Partial: saddle strap, liner and flanges are there, but the flanges have no bolt holes and the crown ribs are missing
const { makeCylinder, makeBox } = replicad;

const defaultParams = { pipeDiameter: 80, linerThickness: 2, strapThickness: 6, strapWidth: 50, flangeLength: 30, flangeThickness: 6 };

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const Rp = p.pipeDiameter / 2, Ri = Rp + p.linerThickness, Ro = Ri + p.strapThickness, W = p.strapWidth, tf = p.flangeThickness;
  const tube = (a, b) => makeCylinder(a, W, [0, -W / 2, 0], [0, 1, 0]).cut(makeCylinder(b, W + 2, [0, -W / 2 - 1, 0], [0, 1, 0]));
  const strap = tube(Ro, Ri).cut(makeBox([-Ro - 1, -W / 2 - 1, -Ro - 1], [Ro + 1, W / 2 + 1, tf]));
  const liner = tube(Ri, Rp).cut(makeBox([-Ri - 1, -W / 2 - 1, -Ri - 1], [Ri + 1, W / 2 + 1, 0]));
  const L = Ro + p.flangeLength;
  return [
    { shape: strap, name: "saddle strap", color: "#8a8f96" },
    { shape: liner, name: "contact liner", color: "#222222" },
    { shape: makeBox([Ri, -W / 2, 0], [L, W / 2, tf]), name: "right flange" },
    { shape: makeBox([-L, -W / 2, 0], [-Ri, W / 2, tf]), name: "left flange" },
  ];
};
