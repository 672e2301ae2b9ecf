import type { PartMesh } from "../../model/partMesh";
import { partColor } from "./partColors";

interface PartsListProps {
  parts: PartMesh[];
  /** Part name -> the checklist roles the scorer recognised it as; absent until a score arrives. */
  roles: ReadonlyMap<string, string[]> | null;
  selected: string[];
  isolated: boolean;
  onSelect: (name: string) => void;
  onToggleIsolate: () => void;
}

/**
 * The model's parts by name, each with the role the scorer found it plays (by its geometry, not
 * its name); clicking one highlights it, "Isolate" hides the others.
 */
export function PartsList({ parts, roles, selected, isolated, onSelect, onToggleIsolate }: PartsListProps) {
  return (
    <div className="parts-list" aria-label="Parts">
      <div className="parts-list-head">
        <span>Parts ({parts.length})</span>
        <button type="button" disabled={selected.length === 0} aria-pressed={isolated} onClick={onToggleIsolate}>
          {isolated ? "Show all" : "Isolate"}
        </button>
      </div>
      <ul>
        {parts.map((part, index) => (
          <li key={`${index}:${part.name}`}>
            <button type="button" className={selected.includes(part.name) ? "selected" : undefined} onClick={() => onSelect(part.name)}>
              <span className="swatch" style={{ background: partColor(part.color, index) }} />
              <span className="part-name">{part.name}</span>
              {roles && <span className="part-role">{roles.get(part.name)?.join(", ") || "no role"}</span>}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
