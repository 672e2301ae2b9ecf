import { useEffect, useMemo } from "react";
import type { ThreeEvent } from "@react-three/fiber";
import * as THREE from "three";
import type { PartMesh } from "../../model/partMesh";
import { edgeGeometry, faceGeometry } from "./meshGeometry";
import { MARK_COLORS, partColor } from "./partColors";

export interface PartDisplay {
  /** Drawn translucent: the model is out of date (last build failed) or another part is highlighted. */
  faded: boolean;
  visible: boolean;
  /** Drawn in the warning colour: a chosen note says it floats. */
  warned: boolean;
}

interface PartViewProps {
  mesh: PartMesh;
  index: number;
  display: PartDisplay;
  highlighted: boolean;
  onSelect: (name: string) => void;
}

const CLICK_SLOP_PX = 4;
const FADE_TOWARD = new THREE.Color("#f3f5f8");

/** Faded parts are washed toward the background as well as made see-through, so they read as "not current" at a glance. */
function shownColor(color: string, faded: boolean): string {
  return faded ? "#" + new THREE.Color(color).lerp(FADE_TOWARD, 0.5).getHexString() : color;
}

function PartView({ mesh, index, display, highlighted, onSelect }: PartViewProps) {
  const faces = useMemo(() => faceGeometry(mesh), [mesh]);
  const edges = useMemo(() => edgeGeometry(mesh), [mesh]);
  useEffect(() => () => faces.dispose(), [faces]);
  useEffect(() => () => edges.dispose(), [edges]);

  const color = shownColor(display.warned ? MARK_COLORS.floating : partColor(mesh.color, index), display.faded);
  const opacity = display.faded ? 0.5 : 1;
  const onClick = (event: ThreeEvent<MouseEvent>) => {
    // A drag that orbits the camera also ends in a click; only a still click selects.
    if (event.delta > CLICK_SLOP_PX) return;
    event.stopPropagation();
    onSelect(mesh.name);
  };

  return (
    <group visible={display.visible} name={mesh.name}>
      <mesh geometry={faces} onClick={onClick}>
        <meshStandardMaterial
          color={color}
          emissive={highlighted ? color : "#000000"}
          emissiveIntensity={highlighted ? 0.35 : 0}
          metalness={0.05}
          roughness={0.55}
          transparent={opacity < 1}
          opacity={opacity}
          depthWrite={opacity === 1}
          polygonOffset
          polygonOffsetFactor={1}
          polygonOffsetUnits={1}
        />
      </mesh>
      <lineSegments geometry={edges}>
        <lineBasicMaterial color="#1f2733" transparent={opacity < 1} opacity={opacity < 1 ? 0.35 : 1} />
      </lineSegments>
    </group>
  );
}

interface ModelPartsProps {
  parts: PartMesh[];
  stale: boolean;
  /** The selected parts' names; none selected when empty. */
  selected: string[];
  /** Parts drawn in the warning colour. */
  warned: string[];
  isolated: boolean;
  onSelect: (name: string) => void;
}

export function ModelParts({ parts, stale, selected, warned, isolated, onSelect }: ModelPartsProps) {
  return (
    <group>
      {parts.map((mesh, index) => {
        const isSelected = selected.includes(mesh.name);
        const display: PartDisplay = {
          visible: !isolated || selected.length === 0 || isSelected,
          faded: stale || (selected.length > 0 && !isSelected && !isolated),
          warned: warned.includes(mesh.name),
        };
        return <PartView key={`${index}:${mesh.name}`} mesh={mesh} index={index} display={display} highlighted={isSelected} onSelect={onSelect} />;
      })}
    </group>
  );
}
