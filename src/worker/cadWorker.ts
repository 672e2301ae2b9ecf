import wasmUrl from "replicad-opencascadejs/wasm?url";
import { captureWorkerChannel, captureWorkerClose } from "./lockdown";
import { isPreparePythonMessage } from "./preparePythonMessage";
import { startPythonDownloads } from "./pagePythonDownloads";

// Comlink talks through the worker's real channel, captured before the kernel loads; the worker
// takes `postMessage`, `close` and its message listeners away from everyone else afterwards.
const channel = captureWorkerChannel();
const closeWorker = captureWorkerClose();

// The worker's entry. The kernel's glue and replicad are a large chunk that takes a while to
// fetch and parse; the 23 MB WASM download should not wait for it. It starts here and is handed
// to the kernel loader, which compiles it as it streams in.
const early = fetch(new URL(wasmUrl, self.location.href), { credentials: "same-origin" });

// A page opened on CadQuery code asks for Python first: Pyodide starts loading now, beside the
// kernel's chunk, instead of after it. The listener stays (the ask may come later); Comlink
// ignores the message.
self.addEventListener("message", (event: MessageEvent) => {
  if (!isPreparePythonMessage(event.data)) return;
  startPythonDownloads();
  void import("./preparePagePython").then(({ preparePagePython }) => preparePagePython());
});

// The page calls `init` at once; its messages wait here until the API is listening.
const waiting: MessageEvent[] = [];
const hold = (event: MessageEvent) => waiting.push(event);
self.addEventListener("message", hold);
const { exposeCadWorker } = await import("./cadWorkerApi");
exposeCadWorker(early, channel, closeWorker);
self.removeEventListener("message", hold);
for (const event of waiting) self.dispatchEvent(new MessageEvent("message", { data: event.data, ports: [...event.ports] }));
