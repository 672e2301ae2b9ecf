import { useMemo, useState } from "react";
import { Canvas } from "@react-three/fiber";
import * as THREE from "three";
import type { ShownModel } from "../state/workbenchStore";
import { CameraRig, type Projection } from "./CameraRig";
import { FrameReporter } from "./FrameReporter";
import { ModelParts } from "./ModelParts";
import { NonSolidItems } from "./NonSolidItems";
import { PartsList } from "./PartsList";
import { SceneHelpers } from "./SceneHelpers";
import { modelBounds } from "./meshGeometry";
import { HighlightMarks } from "./HighlightMarks";
import { partsOf, type Highlight } from "../state/highlightChoice";

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
  /** What a chosen note or checklist line speaks of; while shown it stands in for the parts the user selected. */
  highlight: Highlight | null;
  onClearHighlight: () => void;
}

export function Viewer({ model, stale, frameKey, onDrawn, roles, highlight, onClearHighlight }: ViewerProps) {
  const [projection, setProjection] = useState<Projection>("perspective");
  const [selected, setSelected] = useState<string[]>([]);
  const [isolated, setIsolated] = useState(false);
  const [fitRequests, setFitRequests] = useState(0);
  const bounds = useMemo(() => (model ? modelBounds(model.parts, model.nonSolids) : null), [model]);

  // The first model of each task is framed; later rebuilds leave the camera where the user put it.
  const [framedKey, setFramedKey] = useState<string | null>(null);
  if (model && framedKey !== frameKey) {
    setFramedKey(frameKey);
    setFitRequests((n) => n + 1);
  }

  const names = model?.parts.map((p) => p.name) ?? [];
  const spoken = highlight ? partsOf(highlight.target) : null;
  const selection = names.filter((name) => (spoken ? spoken.has(name) : selected.includes(name)));
  const warned = highlight?.target.floating.flatMap((f) => f.parts) ?? [];
  // Picking a part by hand is a new question: the highlight gives way to it.
  const select = (name: string) => {
    onClearHighlight();
    setSelected((current) => (current.length === 1 && current[0] === name ? [] : [name]));
  };

  return (
    <div className="viewer" data-model-state={model ? (stale ? "stale" : "current") : "none"} {...highlightAttributes(highlight, selection)}>
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
        {model && <ModelParts parts={model.parts} stale={stale} selected={selection} warned={warned} isolated={isolated} onSelect={select} />}
        {model && !(isolated && selection.length > 0) && (
          <NonSolidItems items={model.nonSolids} firstIndex={model.parts.length} faded={stale || selection.length > 0} />
        )}
        {model && highlight && <HighlightMarks target={highlight.target} />}
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
      {model && highlight && (
        <div className="viewer-highlight" aria-live="polite">
          <span className="viewer-highlight-label" title={highlight.label}>
            {spoken?.size === 0 ? "The whole model: " : "Shown: "}
            {highlight.label}
          </span>
          <button type="button" onClick={onClearHighlight} aria-label="Clear the highlight" title="Clear the highlight (Escape)">
            ×
          </button>
        </div>
      )}
      {model && (
        <PartsList
          parts={model.parts}
          nonSolids={model.nonSolids}
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

/**
 * What the viewer shows of a highlight, on its element: the parts it brings forward (in the
 * model's order) and how many marks of each kind it draws, for tests and tools to read.
 */
function highlightAttributes(highlight: Highlight | null, parts: string[]): Record<string, string> {
  if (!highlight) return { "data-highlight": "none" };
  const { overlaps, floating, holes, regions } = highlight.target;
  return {
    "data-highlight": "shown",
    "data-highlight-parts": JSON.stringify(parts),
    "data-highlight-overlaps": String(overlaps.length),
    "data-highlight-floating": String(floating.length),
    "data-highlight-holes": String(holes.length),
    "data-highlight-regions": String(regions.length),
  };
}
