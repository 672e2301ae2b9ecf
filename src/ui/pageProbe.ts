import type { ShownModel, WorkbenchStore } from "./state/workbenchStore";

/** One model drawn on screen: when it was asked for, when its frame was rendered, what the kernel took. */
export interface RenderRecord {
  buildId: number;
  requestedAt: number;
  renderedAt: number;
  buildMs: number;
  meshMs: number;
  /** `performance.now()` when the worker's answer reached the page. */
  receivedAt: number;
}

/**
 * What end-to-end tests and the page benchmark read from `window.__cadforge`: the store (to edit
 * code the way the editor does) and a record of every model frame. The first model frame is also
 * a performance mark, `cadforge:first-model`, so it shows in the browser's own timeline.
 */
export interface PageProbe {
  store: WorkbenchStore;
  renders: RenderRecord[];
}

declare global {
  interface Window {
    __cadforge?: PageProbe;
  }
}

export const FIRST_MODEL_MARK = "cadforge:first-model";

export function exposePageProbe(store: WorkbenchStore): void {
  window.__cadforge = { store, renders: [] };
}

/** Called (by the store) after the frame that drew `model` has been rendered. */
export function reportModelDrawn(model: ShownModel): void {
  const probe = window.__cadforge;
  if (!probe || probe.renders.some((r) => r.buildId === model.buildId)) return;
  const renderedAt = performance.now();
  if (probe.renders.length === 0) performance.mark(FIRST_MODEL_MARK, { startTime: renderedAt });
  probe.renders.push({
    buildId: model.buildId,
    requestedAt: model.requestedAt,
    renderedAt,
    buildMs: model.buildMs,
    meshMs: model.meshMs,
    receivedAt: model.receivedAt,
  });
}
