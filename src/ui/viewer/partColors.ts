/** Distinct, readable colours for parts the code did not colour itself, in part order. */
const PALETTE = ["#5b8def", "#f2a541", "#4cb17c", "#d96c8f", "#8f7ae6", "#49b3c9", "#c9a227", "#e36b4f", "#7d8fa3", "#a0c34f"];

export function partColor(color: string | null, index: number): string {
  return color ?? PALETTE[index % PALETTE.length];
}

/** What a chosen note or checklist line points at, each kind in a colour no part is given. */
export const MARK_COLORS = { overlap: "#e5243b", floating: "#ff8c00", hole: "#00b8d9", room: "#2fb344", member: "#a855f7", notch: "#a855f7" } as const;
