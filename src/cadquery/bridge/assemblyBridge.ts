import type { AnyShape } from "replicad";

type Triple = [number, number, number];

/**
 * What CadQuery's Assembly makes: its objects placed by their composed Locations. It places copies
 * (replicad's moves consume the shape they move), because an assembly's objects stay the program's
 * values after it placed them.
 */
export function assemblyMaking() {
  return {
    /** A copy of `shape` turned `angle` degrees about the axis through the origin, then moved. */
    assemblyPlaced: (shape: AnyShape, angle: number, ax: number, ay: number, az: number, tx: number, ty: number, tz: number) => {
      const turned = angle === 0 ? shape.clone() : shape.clone().rotate(angle, [0, 0, 0], [ax, ay, az] as Triple);
      return tx === 0 && ty === 0 && tz === 0 ? turned : turned.translate([tx, ty, tz]);
    },
  };
}
