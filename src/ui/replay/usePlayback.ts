import { useEffect } from "react";

/** How long a step stays on screen during play, at least; a step still scoring is waited for. */
export const PLAY_STEP_MS = 1800;

/**
 * Steps through while `playing`: the next step comes once the current one is scored and has been
 * shown for a moment; play stops at the last step.
 */
export function usePlayback(options: { playing: boolean; selected: number; count: number; settled: boolean; onSelect: (index: number) => void; onEnd: () => void }): void {
  const { playing, selected, count, settled, onSelect, onEnd } = options;
  useEffect(() => {
    if (!playing || !settled) return;
    const timer = setTimeout(() => (selected + 1 < count ? onSelect(selected + 1) : onEnd()), PLAY_STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, selected, count, settled, onSelect, onEnd]);
}

/** Left and right arrows move between steps, unless the user is typing in a field. */
export function useArrowKeys(enabled: boolean, selected: number, count: number, onSelect: (index: number) => void): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target && (target.closest("input, textarea, select, [contenteditable='true']") || event.altKey || event.ctrlKey || event.metaKey)) return;
      if (event.key === "ArrowRight" && selected + 1 < count) onSelect(selected + 1);
      else if (event.key === "ArrowLeft" && selected > 0) onSelect(selected - 1);
      else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [enabled, selected, count, onSelect]);
}
