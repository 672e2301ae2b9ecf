import { useEffect, useMemo, useState } from "react";
import { Canvas } from "@react-three/fiber";
import * as THREE from "three";
import type { PartMesh } from "../../model/partMesh";
import { CameraRig } from "../viewer/CameraRig";
import { SceneHelpers } from "../viewer/SceneHelpers";
import { edgeGeometry, faceGeometry, modelBounds } from "../viewer/meshGeometry";
import type { StepModel } from "./replayModels";

export const SEED_COLOR = "#d64545";
export const STEP_COLOR = "#14a39a";
export const REFERENCE_COLOR = "#7a8699";

type Layout = "side" | "overlay";

interface CompareViewerProps {
  seed: StepModel | undefined;
  step: StepModel | undefined;
  reference: StepModel | undefined;
  /** Reframes the camera when it changes (a new trajectory). */
  frameKey: string;
}

interface Look {
  color: string;
  opacity: number;
  edges: boolean;
}

const SEED_LOOK: Look = { color: SEED_COLOR, opacity: 0.35, edges: true };
const STEP_LOOK: Look = { color: STEP_COLOR, opacity: 1, edges: true };
const GHOST_LOOK: Look = { color: REFERENCE_COLOR, opacity: 0.16, edges: false };

function PartSolid({ mesh, look }: { mesh: PartMesh; look: Look }) {
  const faces = useMemo(() => faceGeometry(mesh), [mesh]);
  const edges = useMemo(() => edgeGeometry(mesh), [mesh]);
  useEffect(() => () => faces.dispose(), [faces]);
  useEffect(() => () => edges.dispose(), [edges]);
  const seeThrough = look.opacity < 1;
  return (
    <group>
      <mesh geometry={faces} renderOrder={seeThrough ? 1 : 0}>
        <meshStandardMaterial
          color={look.color}
          metalness={0.05}
          roughness={0.6}
          transparent={seeThrough}
          opacity={look.opacity}
          depthWrite={!seeThrough}
          side={seeThrough ? THREE.DoubleSide : THREE.FrontSide}
          polygonOffset
          polygonOffsetFactor={1}
          polygonOffsetUnits={1}
        />
      </mesh>
      {look.edges && (
        <lineSegments geometry={edges}>
          <lineBasicMaterial color={seeThrough ? look.color : "#1f2733"} transparent={seeThrough} opacity={seeThrough ? 0.6 : 1} />
        </lineSegments>
      )}
    </group>
  );
}

function ModelGroup({ parts, look, offset }: { parts: PartMesh[]; look: Look; offset: [number, number, number] }) {
  return (
    <group position={offset}>
      {parts.map((mesh, index) => (
        <PartSolid key={`${index}:${mesh.name}`} mesh={mesh} look={look} />
      ))}
    </group>
  );
}

const partsOf = (model: StepModel | undefined) => (model?.status === "ready" ? model.parts : null);

/**
 * The seed (translucent red) beside or over the selected step (teal), with the task's reference
 * as an optional grey ghost over the step.
 */
export function CompareViewer({ seed, step, reference, frameKey }: CompareViewerProps) {
  const [layout, setLayout] = useState<Layout>("side");
  const [ghost, setGhost] = useState(false);
  const [fits, setFits] = useState(0);
  const seedParts = partsOf(seed);
  const stepParts = partsOf(step);
  const referenceParts = ghost ? partsOf(reference) : null;

  // Side by side: the seed moves left of the step by a gap, both keep their own heights.
  const seedOffset = useMemo((): [number, number, number] => {
    if (layout === "overlay" || !seedParts || !stepParts) return [0, 0, 0];
    const a = modelBounds(seedParts);
    const b = modelBounds(stepParts);
    const gap = 0.15 * Math.max(...b.getSize(new THREE.Vector3()).toArray(), 1);
    return [b.min.x - gap - a.max.x, 0, 0];
  }, [layout, seedParts, stepParts]);

  const bounds = useMemo(() => {
    const box = new THREE.Box3();
    if (stepParts) box.union(modelBounds(stepParts));
    if (referenceParts) box.union(modelBounds(referenceParts));
    if (seedParts) box.union(modelBounds(seedParts).translate(new THREE.Vector3(...seedOffset)));
    return box.isEmpty() ? null : box;
  }, [seedParts, stepParts, referenceParts, seedOffset]);

  // Frame when a new trajectory's step and seed are in, and when the layout changes; stepping keeps the camera.
  const [framed, setFramed] = useState<string | null>(null);
  const frameToken = `${frameKey}|${layout}|${seedParts !== null}`;
  if (bounds && stepParts && framed !== frameToken) {
    setFramed(frameToken);
    setFits((n) => n + 1);
  }

  const stepState = step?.status ?? "building";
  return (
    <div className="compare-viewer" data-step-model={stepState} data-seed-model={seed?.status ?? "building"} data-layout={layout} data-ghost={ghost && !!referenceParts}>
      <Canvas frameloop="demand" dpr={[1, 2]} gl={{ antialias: true }}>
        <color attach="background" args={["#f3f5f8"]} />
        <hemisphereLight args={["#ffffff", "#8a96a8", 1.9]} />
        <directionalLight position={[1, -2, 3]} intensity={1.6} />
        <directionalLight position={[-2, 1.5, 1]} intensity={0.6} />
        <CameraRig projection="perspective" bounds={bounds} fitToken={fits} />
        <SceneHelpers bounds={bounds} />
        {stepParts && <ModelGroup parts={stepParts} look={STEP_LOOK} offset={[0, 0, 0]} />}
        {seedParts && <ModelGroup parts={seedParts} look={SEED_LOOK} offset={seedOffset} />}
        {referenceParts && <ModelGroup parts={referenceParts} look={GHOST_LOOK} offset={[0, 0, 0]} />}
      </Canvas>
      <div className="compare-legend">
        <span>
          <i style={{ background: SEED_COLOR, opacity: 0.6 }} /> seed
        </span>
        <span>
          <i style={{ background: STEP_COLOR }} /> this step
        </span>
        {ghost && (
          <span>
            <i style={{ background: REFERENCE_COLOR, opacity: 0.5 }} /> reference
          </span>
        )}
      </div>
      <div className="viewer-tools">
        <button type="button" onClick={() => setLayout((l) => (l === "side" ? "overlay" : "side"))} title="Show the seed beside the step or over it">
          {layout === "side" ? "Side by side" : "Overlaid"}
        </button>
        <button type="button" aria-pressed={ghost} onClick={() => setGhost((g) => !g)} title="Show the task's reference model as a ghost over the step">
          Reference ghost
        </button>
        <button type="button" onClick={() => setFits((n) => n + 1)} title="Frame everything shown">
          Fit
        </button>
      </div>
      {step?.status === "failed" && (
        <p className="compare-failure" role="note">
          This step does not build ({step.failure.class}
          {step.failure.line !== null ? `, line ${step.failure.line}` : ""}): {step.failure.message}
        </p>
      )}
      {stepState === "building" && <p className="compare-busy">Building this step…</p>}
    </div>
  );
}
