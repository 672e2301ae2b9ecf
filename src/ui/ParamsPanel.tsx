import type { Params, ParamValue } from "../model/params";

interface ParamsPanelProps {
  defaults: Params | null;
  values: Params;
  onChange: (name: string, value: ParamValue) => void;
  onReset: () => void;
}

/** One input per number, string or boolean of `defaultParams`, typed like its default; a change rebuilds. Nested objects never reach the page: they stay as the code declares them. */
export function ParamsPanel({ defaults, values, onChange, onReset }: ParamsPanelProps) {
  const entries = defaults ? Object.entries(defaults) : [];
  if (entries.length === 0) return null;
  return (
    <section className="params-panel" aria-label="Parameters">
      <h2>
        Parameters
        <button type="button" onClick={onReset} disabled={Object.keys(values).length === 0}>
          Defaults
        </button>
      </h2>
      <div className="params-grid">
        {entries.map(([name, fallback]) => {
          const value = values[name] ?? fallback;
          const id = `param-${name}`;
          return (
            <label key={name} htmlFor={id}>
              <span>{name}</span>
              {typeof fallback === "boolean" ? (
                <input id={id} type="checkbox" checked={value === true} onChange={(e) => onChange(name, e.target.checked)} />
              ) : typeof fallback === "number" ? (
                <input
                  id={id}
                  type="number"
                  value={String(value)}
                  step={stepFor(fallback)}
                  onChange={(e) => {
                    const parsed = e.target.valueAsNumber;
                    if (Number.isFinite(parsed)) onChange(name, parsed);
                  }}
                />
              ) : (
                <input id={id} type="text" value={String(value)} onChange={(e) => onChange(name, e.target.value)} />
              )}
            </label>
          );
        })}
      </div>
    </section>
  );
}

function stepFor(value: number): number {
  if (Number.isInteger(value)) return 1;
  return 10 ** Math.floor(Math.log10(Math.abs(value) || 1) - 1);
}
