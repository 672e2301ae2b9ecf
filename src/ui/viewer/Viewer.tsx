import { useMemo, useState } from "react";
import { Canvas } from "@react-three/fiber";
import * as THREE from "three";
import type { ShownModel } from "../state/workbenchStore";
import { CameraRig, type Projection } from "./CameraRig";
import { FrameReporter } from "./FrameReporter";
import { ModelParts } from "./ModelParts";
import { PartsList } from "./PartsList";
import { SceneHelpers } from "./SceneHelpers";
import { modelBounds } from "./meshGeometry";

// CAD is Z up; every camera and helper created after this follows it.
THREE.Object3D.DEFAULT_UP.set(0, 0, 1);

interface ViewerProps {
  model: ShownModel | null;
  stale: boolean;
  /** Changes when the view should be reframed on its own (a new task's first model). */
  frameKey: string;
  onDrawn: (model: ShownModel) => void;
  /** Part name -> the roles the last score recognised, or null before a score. */
  roles: ReadonlyMap<string, string[]> | null;
  /** Parts to select from outside (a checklist line that was chosen); a new object selects again. */
  highlight: { names: string[] } | null;
}

export function Viewer({ model, stale, frameKey, onDrawn, roles, highlight }: ViewerProps) {
  const [projection, setProjection] = useState<Projection>("perspective");
  const [selected, setSelected] = useState<string[]>([]);
  // A checklist line chosen outside selects the parts it speaks of, once per choice.
  const [shownHighlight, setShownHighlight] = useState(highlight);
  if (highlight !== shownHighlight) {
    setShownHighlight(highlight);
    if (highlight) setSelected(highlight.names);
  }
  const [isolated, setIsolated] = useState(false);
  const [fitRequests, setFitRequests] = useState(0);
  const bounds = useMemo(() => (model ? modelBounds(model.parts) : null), [model]);

  // The first model of each task is framed; later rebuilds leave the camera where the user put it.
  const [framedKey, setFramedKey] = useState<string | null>(null);
  if (model && framedKey !== frameKey) {
    setFramedKey(frameKey);
    setFitRequests((n) => n + 1);
  }

  const names = model?.parts.map((p) => p.name) ?? [];
  const selection = selected.filter((name) => names.includes(name));
  const select = (name: string) => setSelected((current) => (current.length === 1 && current[0] === name ? [] : [name]));

  return (
    <div className="viewer" data-model-state={model ? (stale ? "stale" : "current") : "none"}>
      <Canvas
        frameloop="demand"
        dpr={[1, 2]}
        gl={{ antialias: true }}
        onPointerMissed={(event) => {
          if (event.type === "click") setSelected([]);
        }}
      >
        <color attach="background" args={["#f3f5f8"]} />
        <hemisphereLight args={["#ffffff", "#8a96a8", 1.9]} />
        <directionalLight position={[1, -2, 3]} intensity={1.6} />
        <directionalLight position={[-2, 1.5, 1]} intensity={0.6} />
        <CameraRig projection={projection} bounds={bounds} fitToken={fitRequests} />
        <SceneHelpers bounds={bounds} />
        {model && <ModelParts parts={model.parts} stale={stale} selected={selection} isolated={isolated} onSelect={select} />}
        <FrameReporter model={model} onDrawn={onDrawn} />
      </Canvas>
      <div className="viewer-tools">
        <button type="button" onClick={() => setFitRequests((n) => n + 1)} title="Frame the whole model">
          Fit
        </button>
        <button
          type="button"
          onClick={() => setProjection((p) => (p === "perspective" ? "orthographic" : "perspective"))}
          title="Switch between perspective and orthographic projection"
        >
          {projection === "perspective" ? "Perspective" : "Orthographic"}
        </button>
      </div>
      {model && (
        <PartsList
          parts={model.parts}
          roles={roles}
          selected={selection}
          isolated={isolated}
          onSelect={select}
          onToggleIsolate={() => setIsolated((v) => !v)}
        />
      )}
    </div>
  );
}
