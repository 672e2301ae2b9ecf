import { parentPort } from "node:worker_threads";
import { heapBytes, isRealmPoisoned } from "../../kernel";
import { loadNodeKernel } from "../../kernel/nodeKernel";
import type { FromThread, ToThread } from "./poolJob";
import { prepareJob, runJob } from "./runJob";

/** A pool thread: loads the kernel once, then runs the jobs the pool sends, one at a time. */
const port = parentPort;
if (!port) throw new Error("poolThread runs inside a worker thread");

const kernel = await loadNodeKernel();
const send = (message: FromThread) => port.postMessage(message);

port.on("message", async ({ jobId, job }: ToThread) => {
  await prepareJob(kernel, job);
  send({ type: "started", jobId });
  const result = await runJob(kernel, job);
  send({ type: "done", jobId, result, heapBytes: heapBytes(kernel.oc), poisoned: isRealmPoisoned() });
});
send({ type: "ready", initMs: kernel.initMs });
