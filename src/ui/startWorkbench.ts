import { bundledCatalogue } from "../tasks/bundled";
import type { Task } from "../tasks/types";
import type { CadWorkerClient } from "../worker/cadWorkerClient";
import { decodeShareHash, isShareHash, type SharedDesign } from "../share";
import { offlineCopy } from "../sw/offlineCopy";
import { codeStorage } from "./state/codeStorage";
import { resolveLanguage } from "../model/detectLanguage";
import { WorkbenchStore } from "./state/workbenchStore";
import { exposePageProbe, FIRST_MODEL_MARK } from "./pageProbe";
import { scratchTask } from "./scratchTask";
import { buildJournal } from "./safeMode/buildJournal";
import { openInSafeMode } from "./safeMode/safeModeBanner";

/** Past this, the offline copy starts even if no model was drawn (say, the saved code fails to build). */
const OFFLINE_COPY_LATEST_MS = 15_000;

/**
 * The store on the task of the share link in `hash`, or else on the last task the user opened; its
 * first build queued (or, for code that hung or crashed the page last time, safe mode instead),
 * the test probe exposed and, in a production build, the offline copy started.
 */
export async function startWorkbench(client: CadWorkerClient, startScoring: () => CadWorkerClient, notices: string[], hash: string): Promise<WorkbenchStore> {
  const tasks = bundledCatalogue.tasks.length > 0 ? bundledCatalogue.tasks : [scratchTask];
  const shared = await openShareLink(hash, tasks, notices);
  const store = new WorkbenchStore(client, startScoring, tasks, shared?.taskId ?? codeStorage.lastTask(), shared);
  // Code that hung or crashed the page last time waits for the user to run it.
  const hold = buildJournal.holdReason(store.getState().code);
  if (hold) openInSafeMode(store, hold);
  else store.build();
  notices.forEach((notice) => store.notice(notice));
  exposePageProbe(store);
  // Pasting another share link into the address bar changes only the hash; a reload opens it.
  window.addEventListener("hashchange", () => {
    if (isShareHash(location.hash)) location.reload();
  });
  if (import.meta.env.PROD) {
    afterFirstModel(() => void offlineCopy.start("./sw.js"));
    keepPythonOnceItRuns(store);
  }
  return store;
}

/** Once a CadQuery model has built, Python's files are kept offline (see `OfflineCopy.keepPython`). */
function keepPythonOnceItRuns(store: WorkbenchStore): void {
  const stop = store.subscribe(() => {
    const { code, language, building, failure, model } = store.getState();
    if (building || failure || !model || resolveLanguage(code, language) !== "python") return;
    stop();
    void offlineCopy.keepPython();
  });
}

/** The design a share link carries; a bad link adds a notice saying why, and the page opens as usual. */
async function openShareLink(hash: string, tasks: Task[], notices: string[]): Promise<SharedDesign | null> {
  if (!isShareHash(hash)) return null;
  const result = await decodeShareHash(hash, tasks.map((t) => t.id));
  if (result.ok) return result.design;
  notices.push(`Share link not opened: ${result.message}. Your own saved code is open instead.`);
  return null;
}

/** Saving the offline copy downloads the whole app again, so it waits until the first model is drawn. */
function afterFirstModel(start: () => void): void {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    observer.disconnect();
    start();
  };
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName(FIRST_MODEL_MARK).length > 0) once();
  });
  observer.observe({ type: "mark", buffered: true });
  setTimeout(once, OFFLINE_COPY_LATEST_MS);
}
