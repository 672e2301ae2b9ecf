import { useEffect, useMemo } from "react";
import * as THREE from "three";
import type { NonSolidMesh } from "../../model/nonSolidMesh";
import { faceGeometry, segmentGeometry } from "./meshGeometry";
import { partColor } from "./partColors";

interface NonSolidViewProps {
  mesh: NonSolidMesh;
  color: string;
  faded: boolean;
}

/**
 * One drawing, sketch, face, wire, edge or shell. Outlines and lines are drawn in the item's own
 * colour (they have no surface to carry it); surfaces are double-sided, since an open face or
 * shell is seen from both sides and has no inside, with their borders in the edge colour.
 */
function NonSolidView({ mesh, color, faded }: NonSolidViewProps) {
  const surface = useMemo(() => (mesh.indices.length > 0 ? faceGeometry(mesh) : null), [mesh]);
  const lines = useMemo(() => segmentGeometry(mesh.lines), [mesh]);
  useEffect(() => () => surface?.dispose(), [surface]);
  useEffect(() => () => lines.dispose(), [lines]);
  const opacity = faded ? 0.4 : 1;

  return (
    <group name={mesh.name} userData={{ kind: mesh.kind }}>
      {surface && (
        <mesh geometry={surface}>
          <meshStandardMaterial
            color={color}
            side={THREE.DoubleSide}
            metalness={0.05}
            roughness={0.6}
            transparent
            opacity={faded ? 0.3 : 0.75}
            depthWrite={false}
            polygonOffset
            polygonOffsetFactor={1}
            polygonOffsetUnits={1}
          />
        </mesh>
      )}
      <lineSegments geometry={lines}>
        <lineBasicMaterial color={surface ? "#1f2733" : color} transparent={faded} opacity={opacity} />
      </lineSegments>
    </group>
  );
}

interface NonSolidItemsProps {
  items: NonSolidMesh[];
  /** How many parts come before them, so their default colours follow the parts' in the list. */
  firstIndex: number;
  faded: boolean;
}

export function NonSolidItems({ items, firstIndex, faded }: NonSolidItemsProps) {
  return (
    <group name="non-solids">
      {items.map((mesh, i) => (
        <NonSolidView key={`${i}:${mesh.name}`} mesh={mesh} color={partColor(mesh.color, firstIndex + i)} faded={faded} />
      ))}
    </group>
  );
}
