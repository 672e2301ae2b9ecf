// Sloppy: saddle clamp whose liner is far too thick and buried in the strap, and whose crown ribs hover above the strap
const { makeCylinder, makeBox } = replicad;

const defaultParams = { pipeDiameter: 80, strapInner: 42, strapThickness: 6, linerThickness: 7, strapWidth: 50, flangeLength: 30, flangeThickness: 6, ribGap: 4 };

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const Rp = p.pipeDiameter / 2, Ri = p.strapInner, Ro = Ri + p.strapThickness, W = p.strapWidth, tf = p.flangeThickness;
  const tube = (a, b, w, y0) => makeCylinder(a, w, [0, y0, 0], [0, 1, 0]).cut(makeCylinder(b, w + 2, [0, y0 - 1, 0], [0, 1, 0]));
  const upper = (s, z) => s.cut(makeBox([-100, -100, -100], [100, 100, z]));
  const strap = upper(tube(Ro, Ri, W, -W / 2), tf);
  const liner = upper(tube(Rp + p.linerThickness, Rp, W, -W / 2), 0); // r 40..47: runs right through the strap
  const L = Ro + p.flangeLength;
  const flange = (s) => makeBox([s > 0 ? Ri : -L, -W / 2, 0], [s > 0 ? L : -Ri, W / 2, tf])
    .cut(makeCylinder(5.5, tf + 2, [s * (Ro + p.flangeLength / 2), 0, -1], [0, 0, 1]));
  const parts = [
    { shape: strap, name: "saddle strap" },
    { shape: liner, name: "contact liner" },
    { shape: flange(1), name: "right flange" },
    { shape: flange(-1), name: "left flange" },
  ];
  [-18, 0, 18].forEach((y, i) => {
    const rb = Ro + p.ribGap; // ribs start well off the strap surface
    parts.push({ shape: upper(tube(rb + 4, rb, 6, y - 3), 20), name: `rib ${i + 1}` });
  });
  return parts;
};
