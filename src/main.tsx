import { CadWorkerClient } from "./worker/cadWorkerClient";
import { JournaledCadWorkerClient } from "./ui/safeMode/journaledClient";
import { spawnCadWorker } from "./worker/spawnCadWorker";
import { readPageSettings } from "./ui/pageSettings";
import type { WorkbenchStore } from "./ui/state/workbenchStore";

// The kernel is the long pole of the first model, so this entry holds nothing but what starts it:
// the worker begins loading the kernel while the task catalogue (a few hundred kB of code), the
// store and then React are still being fetched.
let store: WorkbenchStore | undefined;
const settings = readPageSettings(location.search);
// Builds are journaled so that code which hangs or crashes the page opens in safe mode next time.
const client = new JournaledCadWorkerClient({
  spawn: spawnCadWorker,
  timeLimitMs: settings.timeLimitMs ?? undefined,
  heapLimitBytes: settings.heapLimitBytes ?? undefined,
  workBudget: settings.workBudget,
  onBuild: (event) => store?.onBuild(event),
  onStatus: (status) => store?.onStatus(status),
  onCrash: (message) => store?.onCrash(message),
});

const { startWorkbench } = await import("./ui/startWorkbench");
const scoring = () => new CadWorkerClient({ spawn: spawnCadWorker, timeLimitMs: settings.timeLimitMs ?? undefined, workBudget: settings.workBudget });
store = await startWorkbench(client, scoring, settings.problems, location.hash);

const { mountApp } = await import("./ui/mountApp");
mountApp(document.getElementById("root")!, store);
void import("./ui/agent/installAgent").then(({ installAgent }) => installAgent(store));
