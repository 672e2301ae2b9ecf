import { bundledCatalogue } from "../tasks/bundled";
import type { CadWorkerClient } from "../worker/cadWorkerClient";
import { codeStorage } from "./state/codeStorage";
import { WorkbenchStore } from "./state/workbenchStore";
import { exposePageProbe } from "./pageProbe";
import { scratchTask } from "./scratchTask";

/** The store on the last task the user opened, its first build queued, and the test probe exposed. */
export function startWorkbench(client: CadWorkerClient, startScoring: () => CadWorkerClient, notices: string[]): WorkbenchStore {
  const tasks = bundledCatalogue.tasks.length > 0 ? bundledCatalogue.tasks : [scratchTask];
  const store = new WorkbenchStore(client, startScoring, tasks, codeStorage.lastTask());
  store.build();
  notices.forEach((notice) => store.notice(notice));
  exposePageProbe(store);
  return store;
}
