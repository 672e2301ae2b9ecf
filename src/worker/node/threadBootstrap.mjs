// Worker threads start without the parent's TypeScript loader; register tsx, then load the entry.
import { register } from "tsx/esm/api";
import { workerData } from "node:worker_threads";

register();
await import(workerData.entry);
