/** The page's views; `?view=` opens one directly (and `?task=` picks the replayed task). */
export type AppView = "editor" | "replay" | "welcome" | "tour";

const VIEWS: AppView[] = ["editor", "replay", "welcome", "tour"];

export function initialView(search: string): { view: AppView; taskId: string | null } {
  const query = new URLSearchParams(search);
  const view = query.get("view");
  return { view: VIEWS.includes(view as AppView) ? (view as AppView) : "editor", taskId: query.get("task") };
}

/** Keeps the view in the address (the hash, which share links use, is left alone) so a reload stays put. */
export function rememberView(view: AppView): void {
  const url = new URL(location.href);
  if (view === "editor") url.searchParams.delete("view");
  else url.searchParams.set("view", view);
  url.searchParams.delete("task");
  if (url.href !== location.href) history.replaceState(history.state, "", url);
}
