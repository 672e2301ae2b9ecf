import type { PartMesh } from "../../model/partMesh";
import type { NonSolidMesh } from "../../model/nonSolidMesh";
import { partColor } from "./partColors";

interface PartsListProps {
  parts: PartMesh[];
  /** Listed after the parts, each with its kind: they are drawn but neither scored nor exported. */
  nonSolids: NonSolidMesh[];
  /** Part name -> the checklist roles the scorer recognised it as; absent until a score arrives. */
  roles: ReadonlyMap<string, string[]> | null;
  selected: string[];
  isolated: boolean;
  onSelect: (name: string) => void;
  onToggleIsolate: () => void;
}

/**
 * The model's parts by name, each with the role the scorer found it plays (by its geometry, not
 * its name); clicking one highlights it, "Isolate" hides the others. Drawings, sketches, wires and
 * the like follow, marked as shown and not scored, so no one reads them as parts the score saw.
 */
export function PartsList({ parts, nonSolids, roles, selected, isolated, onSelect, onToggleIsolate }: PartsListProps) {
  return (
    <div className="parts-list" aria-label="Parts">
      <div className="parts-list-head">
        <span>
          Parts ({parts.length}){nonSolids.length > 0 && ` + ${nonSolids.length} not scored`}
        </span>
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
        {nonSolids.map((item, index) => (
          <li key={`non-solid ${index}:${item.name}`} className="non-solid" data-kind={item.kind}>
            <span className="swatch" style={{ background: partColor(item.color, parts.length + index) }} />
            <span className="part-name">{item.name}</span>
            <span className="part-kind">{item.kind}</span>
            <span className="part-role" title="Drawn here, but only solids are scored and exported">
              shown, not scored
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
