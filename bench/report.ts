import { targetMet, type Figure } from "./figure";

function formatValue(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 10 ? value.toFixed(1) : value.toFixed(2);
}

function formatTarget(figure: Figure): string {
  const t = figure.target;
  if (!t) return "";
  const bounds = [t.min !== undefined ? `>= ${formatValue(t.min)}` : "", t.max !== undefined ? `<= ${formatValue(t.max)}` : ""].filter(Boolean);
  return `${bounds.join(" and ")} ${figure.unit}`;
}

/** The figures as an aligned text table, grouped, with the target and whether it is met. */
export function formatTable(figures: Figure[]): string {
  const rows = figures.map((f) => {
    const met = targetMet(f);
    return [f.group, f.label, `${formatValue(f.value)} ${f.unit}`, formatTarget(f), met === null ? "" : met ? "met" : "NOT MET", f.note ?? ""];
  });
  const header = ["group", "figure", "value", "target", "", "note"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

export function toJson(figures: Figure[]): string {
  return JSON.stringify(
    figures.map((f) => ({ ...f, met: targetMet(f) })),
    null,
    2,
  );
}
