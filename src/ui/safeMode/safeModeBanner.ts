import type { WorkbenchStore } from "../state/workbenchStore";
import type { HoldReason } from "./buildJournal";
import "./safeMode.css";

const WHY: Record<HoldReason, string> = {
  interrupted: "the page closed or crashed while it was building",
  timeout: "its last build did not finish within the wall-clock backstop",
  crashed: "its last build crashed its worker",
};

/**
 * Safe mode: the code is open in the editor but not built, with a banner saying why and a button
 * to build it anyway. Any build (the button, an edit, a parameter) takes the banner away. Plain
 * DOM, outside React, so it shows even if the app itself is what fails to start.
 */
export function openInSafeMode(store: WorkbenchStore, reason: HoldReason, container: HTMLElement = document.body): void {
  const banner = document.createElement("section");
  banner.className = "safe-mode";
  banner.setAttribute("aria-label", "Safe mode");
  banner.dataset.reason = reason;
  const text = document.createElement("p");
  text.textContent = `Safe mode: this code was not run on its own because ${WHY[reason]}. It is open in the editor; edit it, or run it as it is.`;
  const run = document.createElement("button");
  run.type = "button";
  run.textContent = "Run it";
  banner.append(text, run);
  container.prepend(banner);

  const unsubscribe = store.subscribe(() => {
    if (store.getState().building) close();
  });
  const close = () => {
    unsubscribe();
    banner.remove();
  };
  run.addEventListener("click", () => {
    close();
    store.build();
  });
}
