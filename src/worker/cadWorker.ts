import wasmUrl from "replicad-opencascadejs/wasm?url";

// The worker's entry. The kernel's glue and replicad are a large chunk that takes a while to
// fetch and parse; the 23 MB WASM download should not wait for it. The request starts here, and
// the glue's own fetch of the same URL (made once, when the kernel loads) is answered with it,
// so streaming compilation still overlaps the download.
const wasmHref = new URL(wasmUrl, self.location.href).href;
const early = fetch(wasmHref, { credentials: "same-origin" });
const networkFetch = self.fetch.bind(self);
self.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  if (typeof input !== "string" || new URL(input, self.location.href).href !== wasmHref) return networkFetch(input, init);
  self.fetch = networkFetch;
  return early;
};

// The page calls `init` at once; its messages wait here until the API is listening.
const waiting: MessageEvent[] = [];
const hold = (event: MessageEvent) => waiting.push(event);
self.addEventListener("message", hold);
await import("./cadWorkerApi");
self.removeEventListener("message", hold);
for (const event of waiting) self.dispatchEvent(new MessageEvent("message", { data: event.data, ports: [...event.ports] }));
