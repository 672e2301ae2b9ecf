import { useSyncExternalStore } from "react";
import { offlineCopy, type OfflineCopyState } from "../../sw/offlineCopy";
import "./update.css";

const TITLES: Record<OfflineCopyState["phase"], string> = {
  unsupported: "No offline copy in this browser or on this server",
  saving: "Saving a copy of the app for offline use…",
  ready: "Saved for offline use: this version opens without a network",
  failed: "The offline copy could not be saved",
};

/** Which build the page runs, whether it works offline, and a reload when a newer build is waiting. */
export function VersionStatus() {
  const state = useSyncExternalStore(offlineCopy.subscribe, offlineCopy.getState);
  const title = state.error ? `${TITLES.failed}: ${state.error}` : TITLES[state.phase];
  return (
    <span className="version-status" data-offline={state.phase}>
      <span className="version-label" title={title}>
        {state.version ? `v ${state.version}` : state.phase === "saving" ? "saving offline copy…" : state.phase === "failed" ? "no offline copy" : "online only"}
        {state.phase === "ready" && <span className="offline-ready" aria-label="works offline"> ✓ offline</span>}
      </span>
      {state.updateWaiting && (
        <span className="update-waiting" aria-live="polite">
          New version available
          <button type="button" className="primary" onClick={() => offlineCopy.applyUpdate()}>
            Reload
          </button>
        </span>
      )}
    </span>
  );
}
