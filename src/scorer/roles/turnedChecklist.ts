import type { Axis, ChecklistItem, Region } from "../../tasks/checklist";

const SWAP: Record<Axis, Axis> = { x: "y", y: "x", z: "z" };

function swapKeys<T>(map: Partial<Record<Axis, T>> | undefined): Partial<Record<Axis, T>> | undefined {
  if (!map) return map;
  return Object.fromEntries(Object.entries(map).map(([axis, value]) => [SWAP[axis as Axis], value])) as Partial<Record<Axis, T>>;
}

/**
 * The checklist for the model turned a quarter about Z: X and Y exchanged in every size,
 * position, shape and direction. A prompt that fixes only the envelope leaves which horizontal
 * side a stool's frames face open, as the envelope check already does.
 */
export function turnedChecklist(items: ChecklistItem[]): ChecklistItem[] {
  return items.map((item): ChecklistItem => {
    switch (item.kind) {
      case "part":
        return {
          ...item,
          min_size: swapKeys(item.min_size),
          center_in: swapKeys(item.center_in) as Region | undefined,
          ...(item.shape && item.shape.kind !== "open" ? { shape: { ...item.shape, ...(item.shape.axes ? { axes: item.shape.axes.map((a) => SWAP[a]) } : {}) } } : {}),
        };
      case "through_holes":
        return item.axis ? { ...item, axis: SWAP[item.axis] } : item;
      case "rotational_symmetry":
        return { ...item, axis: SWAP[item.axis] };
      case "repeated_members":
        return { ...item, probe: { ...item.probe, axis: SWAP[item.probe.axis] } };
      case "keeps_clear":
        return { ...item, region: swapKeys(item.region) as Required<Region> };
      case "recesses":
        return { ...item, face: { ...item.face, axis: SWAP[item.face.axis] } };
      case "upturn":
        return { ...item, outward: SWAP[item.outward] };
      case "fits_envelope":
      case "openings":
      case "foot_notch":
        return item;
    }
  });
}
