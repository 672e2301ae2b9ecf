import { useMemo } from "react";
import * as THREE from "three";

/** A ground grid on the XY plane (Z is up) and the three axes, sized to the model. */
export function SceneHelpers({ bounds }: { bounds: THREE.Box3 | null }) {
  const extent = bounds && !bounds.isEmpty() ? Math.max(...bounds.getSize(new THREE.Vector3()).toArray()) : 100;
  const cell = niceStep(extent / 5);
  // A grid a little wider than the model: it stays in front of the camera, where every
  // rasteriser draws it whole (software GL drops lines that cross the near plane).
  const divisions = 2 * Math.ceil((1.5 * extent) / cell);
  const grid = useMemo(() => {
    const helper = new THREE.GridHelper(cell * divisions, divisions, "#b9c1cc", "#d7dce3");
    helper.rotation.x = Math.PI / 2;
    (helper.material as THREE.Material).depthWrite = false;
    return helper;
  }, [cell, divisions]);
  const axisLength = Math.max(cell * 2, extent * 0.7);
  const axes = useMemo(() => new THREE.AxesHelper(axisLength), [axisLength]);
  return (
    <>
      <primitive object={grid} />
      <primitive object={axes} />
    </>
  );
}

/** 1, 2 or 5 times a power of ten: grid cells that read as round millimetres. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(Math.max(raw, 1e-6)));
  const scaled = raw / power;
  return (scaled < 1.5 ? 1 : scaled < 3.5 ? 2 : scaled < 7.5 ? 5 : 10) * power;
}
