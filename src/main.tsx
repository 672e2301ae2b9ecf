import { bundledCatalogue } from "./tasks/bundled";
import { CadWorkerClient } from "./worker/cadWorkerClient";
import { spawnCadWorker } from "./worker/spawnCadWorker";
import { WorkbenchStore } from "./ui/state/workbenchStore";
import { codeStorage } from "./ui/state/codeStorage";
import { exposePageProbe } from "./ui/pageProbe";
import { scratchTask } from "./ui/scratchTask";
import { readPageSettings } from "./ui/pageSettings";

// The kernel is the long pole of the first model: the worker starts loading it before React, the
// viewer or anything else is even fetched, and the first build is queued behind it.
let store: WorkbenchStore | undefined;
const settings = readPageSettings(location.search);
const client = new CadWorkerClient({
  spawn: spawnCadWorker,
  timeLimitMs: settings.timeLimitMs ?? undefined,
  heapLimitBytes: settings.heapLimitBytes ?? undefined,
  onBuild: (event) => store?.onBuild(event),
  onStatus: (status) => store?.onStatus(status),
  onCrash: (message) => store?.onCrash(message),
});
const tasks = bundledCatalogue.tasks.length > 0 ? bundledCatalogue.tasks : [scratchTask];
const startScoring = () => new CadWorkerClient({ spawn: spawnCadWorker });
store = new WorkbenchStore(client, startScoring, tasks, codeStorage.lastTask());
store.build();
settings.problems.forEach((problem) => store.notice(problem));
exposePageProbe(store);

const { mountApp } = await import("./ui/mountApp");
mountApp(document.getElementById("root")!, store);
