import { parentPort, workerData } from "node:worker_threads";
import { heapBytes, isRealmPoisoned, reportStrayRejection } from "../../kernel";
import { loadNodeKernel } from "../../kernel/nodeKernel";
import { lockDownNodeThread } from "../lockdown";
import { tamperingFailure, wasTampered } from "../../kernel/buildModel";
import { runSettled } from "../settledRealmCheck";
import type { FromThread, ToThread } from "./poolJob";
import { loadScorer, lostJobResult, prepareJob, runJob } from "./runJob";

/**
 * A pool thread: loads the kernel and the scorer once, locks itself down (no network, `process`,
 * timers or code that imports), then runs the jobs the pool sends, one at a time.
 */
const port = parentPort;
if (!port) throw new Error("poolThread runs inside a worker thread");

const kernel = await loadNodeKernel();
await loadScorer();
// Pyodide reads its files through `process` and the file system, which the lockdown takes away.
if ((workerData as { python?: boolean }).python) await kernel.python();
// Unhandled, a promise user code left failing would end the thread; the studio only logs it.
// Registered before lockdown takes `process` away.
process.on("unhandledRejection", (reason) => reportStrayRejection(reason));
lockDownNodeThread();
const send = (message: FromThread) => port.postMessage(message);

port.on("message", async ({ jobId, job }: ToThread) => {
  await prepareJob(kernel, job);
  send({ type: "started", jobId });
  const started = performance.now();
  const { value, check } = await runSettled(kernel, () => runJob(kernel, job));
  // A candidate that already failed keeps its own failure, which names what it changed first.
  const result = value.ok && wasTampered(check) ? await lostJobResult(job, tamperingFailure(check, true), performance.now() - started) : value;
  send({ type: "done", jobId, result, heapBytes: heapBytes(kernel.oc), poisoned: isRealmPoisoned() || check.poisoned });
});
send({ type: "ready", initMs: kernel.initMs });
