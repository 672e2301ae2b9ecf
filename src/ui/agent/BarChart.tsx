/** Horizontal bars, one a row, longest first as given; each bar's length is its share of the largest. */
export function BarChart({ title, rows }: { title: string; rows: [label: string, count: number][] }) {
  const largest = Math.max(1, ...rows.map(([, n]) => n));
  return (
    <figure className="bar-chart" aria-label={title}>
      <figcaption>{title}</figcaption>
      {rows.length === 0 ? (
        <p className="bar-chart-empty">nothing to repair</p>
      ) : (
        rows.map(([label, count]) => (
          <div className="bar-row" key={label} data-label={label} data-count={count}>
            <span className="bar-label" title={label}>
              {label}
            </span>
            <span className="bar-track">
              <span className="bar-fill" style={{ width: `${(100 * count) / largest}%` }} />
            </span>
            <span className="bar-count">{count}</span>
          </div>
        ))
      )}
    </figure>
  );
}
