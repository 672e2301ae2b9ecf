import { bundledCatalogue } from "./tasks/bundled";
import { CadWorkerClient } from "./worker/cadWorkerClient";
import { spawnCadWorker } from "./worker/spawnCadWorker";
import { WorkbenchStore } from "./ui/state/workbenchStore";
import { codeStorage } from "./ui/state/codeStorage";
import { exposePageProbe } from "./ui/pageProbe";
import { scratchTask } from "./ui/scratchTask";

// The kernel is the long pole of the first model: the worker starts loading it before React, the
// viewer or anything else is even fetched, and the first build is queued behind it.
let store: WorkbenchStore | undefined;
const client = new CadWorkerClient({
  spawn: spawnCadWorker,
  onBuild: (event) => store?.onBuild(event),
  onStatus: (status) => store?.onStatus(status),
});
const tasks = bundledCatalogue.tasks.length > 0 ? bundledCatalogue.tasks : [scratchTask];
const startScoring = () => new CadWorkerClient({ spawn: spawnCadWorker });
store = new WorkbenchStore(client, startScoring, tasks, codeStorage.lastTask());
store.build();
exposePageProbe(store);

const { mountApp } = await import("./ui/mountApp");
mountApp(document.getElementById("root")!, store);
