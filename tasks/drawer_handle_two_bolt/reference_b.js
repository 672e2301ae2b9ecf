// Drawer pull, second construction: an eyebrow-shaped grip whose top is one long arc and whose
// underside has flat landings where it sits on two turned posts (revolved profile with a foot
// flange). The grip overhangs the posts at both ends, as most cabinet bow pulls do.
const { draw, drawCircle } = replicad;

const defaultParams = {
  length: 158,
  holeSpacing: 128,
  height: 38,
  gripWidth: 14,
  postHeight: 26,
  landingLength: 20,
  endThickness: 7,
  undersideRise: 4,
  profileFillet: 2,
  postDiameter: 12,
  footDiameter: 16,
  footHeight: 2.5,
  screwDiameter: 4,
};

// The grip's side profile (X-Z): flat landings over the posts, a shallow arch between them on the
// underside, and one smooth arc on top from end to end; corners are rounded in the sketch.
const gripProfile = (p) => {
  const half = p.length / 2;
  const post = p.holeSpacing / 2;
  const inner = post - p.landingLength / 2;
  const outer = post + p.landingLength / 2;
  const z = p.postHeight;
  const endTop = z + p.endThickness;
  return draw([-half, z + 2])
    .lineTo([-outer, z])
    .lineTo([-inner, z])
    .threePointsArcTo([inner, z], [0, z + p.undersideRise])
    .lineTo([outer, z])
    .lineTo([half, z + 2])
    .lineTo([half, endTop])
    .threePointsArcTo([-half, endTop], [0, p.height])
    .close()
    .fillet(p.profileFillet);
};

const gripBar = (p) => gripProfile(p).sketchOnPlane("XZ", [0, p.gripWidth / 2, 0]).extrude(p.gripWidth);

// A turned post: a short foot flange on the drawer face, then a plain shank up to the landing,
// bored right through for the machine screw that comes in from inside the drawer.
const mountingPost = (p, x) => {
  const rs = p.screwDiameter / 2;
  const profile = draw([rs, 0])
    .lineTo([p.footDiameter / 2, 0])
    .lineTo([p.footDiameter / 2, p.footHeight / 2])
    .lineTo([p.postDiameter / 2, p.footHeight])
    .lineTo([p.postDiameter / 2, p.postHeight])
    .lineTo([rs, p.postHeight])
    .close();
  return profile.sketchOnPlane("XZ").revolve([0, 0, 1]).translate([x, 0, 0]);
};

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  const parts = [{ shape: gripBar(p), name: "grip bar", color: "#b8bcc2" }];
  for (const side of [-1, 1]) {
    parts.push({ shape: mountingPost(p, (side * p.holeSpacing) / 2), name: "mounting post", color: "#9ca2a9" });
  }
  return parts;
};
