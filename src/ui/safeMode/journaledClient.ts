import type { BuildRequest } from "../../worker/protocol";
import { CadWorkerClient, type BuildEvent, type CadWorkerClientOptions } from "../../worker/cadWorkerClient";
import { buildJournal, type BuildJournal, type HoldReason } from "./buildJournal";

/** How a build cost its worker, if it did. */
function lostReason(event: BuildEvent): Exclude<HoldReason, "interrupted"> | null {
  if (event.outcome !== "done" || event.response.ok) return null;
  const { failure, heapBytes } = event.response;
  // A build that used up its work budget stopped by itself, cheaply; only the backstop kills a worker.
  if (failure.class === "timeout" && failure.wall_clock) return "timeout";
  // The client answers with an empty heap for a build whose worker died under it.
  if (failure.class === "out_of_memory" || heapBytes === 0) return "crashed";
  return null;
}

/** The page's worker client, writing every build into the journal safe mode reads at start-up. */
export class JournaledCadWorkerClient extends CadWorkerClient {
  private readonly journal: BuildJournal;
  private readonly last: { code: string | null };

  constructor(options: CadWorkerClientOptions, journal: BuildJournal = buildJournal) {
    const last = { code: null as string | null };
    super({
      ...options,
      onBuild: (event) => {
        journal.ended(event.request.code, lostReason(event));
        options.onBuild?.(event);
      },
      // The worker died right after answering: the code it last ran is to blame.
      onCrash: (message) => {
        if (last.code !== null) journal.ended(last.code, "crashed");
        options.onCrash?.(message);
      },
    });
    this.journal = journal;
    this.last = last;
  }

  override request(request: BuildRequest): number {
    this.journal.started(request.code);
    this.last.code = request.code;
    return super.request(request);
  }
}
