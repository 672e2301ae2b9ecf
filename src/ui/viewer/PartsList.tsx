import type { PartMesh } from "../../kernel";
import { partColor } from "./partColors";

interface PartsListProps {
  parts: PartMesh[];
  selected: string | null;
  isolated: boolean;
  onSelect: (name: string) => void;
  onToggleIsolate: () => void;
}

/** The model's parts by name; clicking one highlights it, "Isolate" hides the others. */
export function PartsList({ parts, selected, isolated, onSelect, onToggleIsolate }: PartsListProps) {
  return (
    <div className="parts-list" aria-label="Parts">
      <div className="parts-list-head">
        <span>Parts ({parts.length})</span>
        <button type="button" disabled={selected === null} aria-pressed={isolated} onClick={onToggleIsolate}>
          {isolated ? "Show all" : "Isolate"}
        </button>
      </div>
      <ul>
        {parts.map((part, index) => (
          <li key={`${index}:${part.name}`}>
            <button type="button" className={part.name === selected ? "selected" : undefined} onClick={() => onSelect(part.name)}>
              <span className="swatch" style={{ background: partColor(part.color, index) }} />
              {part.name}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
