import { useEffect, useMemo } from "react";
import * as THREE from "three";
import type { BoxMm, HoleTarget, Target } from "../../scorer/types";
import { MARK_COLORS } from "./partColors";

// Marks sit inside material (an overlap is inside both parts, a hole's axis inside its part), so
// they are drawn over the model, after it, whatever is in front.
const ON_TOP = 10;

/** A box as a translucent solid (`fill`) and its edges, or the edges alone. */
function BoxMark({ box, color, fill }: { box: BoxMm; color: string; fill: boolean }) {
  const [min, max] = box;
  const [sx, sy, sz] = [0, 1, 2].map((k) => Math.max(max[k] - min[k], 1e-3));
  const centre = [0, 1, 2].map((k) => (min[k] + max[k]) / 2) as [number, number, number];
  const solid = useMemo(() => new THREE.BoxGeometry(sx, sy, sz), [sx, sy, sz]);
  const edges = useMemo(() => new THREE.EdgesGeometry(solid), [solid]);
  useEffect(() => () => solid.dispose(), [solid]);
  useEffect(() => () => edges.dispose(), [edges]);
  return (
    <group position={centre}>
      {fill && (
        <mesh geometry={solid} renderOrder={ON_TOP}>
          <meshBasicMaterial color={color} transparent opacity={0.45} depthTest={false} depthWrite={false} />
        </mesh>
      )}
      <lineSegments geometry={edges} renderOrder={ON_TOP + 1}>
        <lineBasicMaterial color={color} depthTest={false} />
      </lineSegments>
    </group>
  );
}

const UP = new THREE.Vector3(0, 1, 0);

/**
 * A counted hole: its bore as a see-through tube along the length of its walls, and its axis
 * running on past both ends, so that a hole through a thin plate still reads as a line.
 */
function HoleMark({ hole }: { hole: HoleTarget }) {
  const { radius_mm: radius, length_mm: length } = hole;
  const direction = useMemo(() => new THREE.Vector3(...hole.direction).normalize(), [hole]);
  const turn = useMemo(() => new THREE.Quaternion().setFromUnitVectors(UP, direction), [direction]);
  const reach = length / 2 + Math.max(length / 2, 3 * radius);
  const bore = useMemo(() => new THREE.CylinderGeometry(radius, radius, Math.max(length, 1e-3), 32, 1, true), [radius, length]);
  const axis = useMemo(() => new THREE.BufferGeometry().setAttribute("position", new THREE.Float32BufferAttribute([0, -reach, 0, 0, reach, 0], 3)), [reach]);
  useEffect(() => () => bore.dispose(), [bore]);
  useEffect(() => () => axis.dispose(), [axis]);
  return (
    <group position={hole.centre} quaternion={turn}>
      <mesh geometry={bore} renderOrder={ON_TOP}>
        <meshBasicMaterial color={MARK_COLORS.hole} transparent opacity={0.5} side={THREE.DoubleSide} depthTest={false} depthWrite={false} />
      </mesh>
      <lineSegments geometry={axis} renderOrder={ON_TOP + 1}>
        <lineBasicMaterial color={MARK_COLORS.hole} depthTest={false} />
      </lineSegments>
    </group>
  );
}

/** What a chosen note or checklist line speaks of beyond whole parts: overlaps, floating pieces, holes, rooms, members, a notch. */
export function HighlightMarks({ target }: { target: Target }) {
  return (
    <group name="highlight">
      {target.overlaps.map((o, i) => (
        <BoxMark key={`overlap ${i}`} box={o.bbox} color={MARK_COLORS.overlap} fill />
      ))}
      {target.floating.map((f, i) => (
        <BoxMark key={`floating ${i}`} box={f.bbox} color={MARK_COLORS.floating} fill={false} />
      ))}
      {target.holes.map((h, i) => (
        <HoleMark key={`hole ${i}`} hole={h} />
      ))}
      {target.regions.map((r, i) => (
        <BoxMark key={`${r.kind} ${i}`} box={r.bbox} color={MARK_COLORS[r.kind]} fill={r.kind === "notch"} />
      ))}
    </group>
  );
}
