import type { BuildFailure } from "../../model/buildFailure";
import type { PartMesh } from "../../model/partMesh";
import type { BuildEvent, CadWorkerClient, CadWorkerClientOptions } from "../../worker/cadWorkerClient";
import type { ExportFormat } from "../../worker/protocol";

export type StepModel = { status: "building" } | { status: "ready"; parts: PartMesh[] } | { status: "failed"; failure: BuildFailure };

/** Meshes kept for the comparison view; older ones are dropped (they are rebuilt if asked for again). */
const KEEP_MODELS = 16;

/**
 * Meshes of replayed code, built in a worker of their own so the editor's model is never touched.
 * Only what the viewer asks for is built, newest wish first, one build at a time.
 */
export class ReplayModels {
  private readonly startClient: (options: Pick<CadWorkerClientOptions, "onBuild">) => CadWorkerClient;
  private client: CadWorkerClient | null = null;
  private readonly models = new Map<string, StepModel>();
  private wanted: string[] = [];
  private waiting = new Map<number, (event: BuildEvent) => void>();
  private chain: Promise<unknown> = Promise.resolve();
  private pumping = false;
  private readonly onChange: () => void;

  constructor(startClient: (options: Pick<CadWorkerClientOptions, "onBuild">) => CadWorkerClient, onChange: () => void) {
    this.startClient = startClient;
    this.onChange = onChange;
  }

  get(code: string): StepModel | undefined {
    return this.models.get(code);
  }

  /** The codes the viewer shows now, most important first; anything wanted before and not built yet is dropped. */
  want(codes: string[]): void {
    this.wanted = codes.filter((code) => !this.models.has(code));
    void this.pump();
  }

  /** STL or STEP of this code's model: built again in the worker if another build came since. */
  exportModel(code: string, format: ExportFormat): Promise<ArrayBuffer> {
    return this.exclusive(async () => {
      const model = await this.buildNow(code);
      if (model.status !== "ready") throw new Error(`this step does not build, so there is no model to export (${model.status === "failed" ? model.failure.message : "still building"})`);
      return this.api().exportModel(format);
    });
  }

  dispose(): void {
    this.wanted = [];
    this.client?.dispose();
    this.client = null;
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      for (let code = this.wanted.shift(); code !== undefined; code = this.wanted.shift()) {
        if (this.models.has(code)) continue;
        const wanted = code;
        await this.exclusive(() => this.buildNow(wanted));
      }
    } finally {
      this.pumping = false;
    }
  }

  private async buildNow(code: string): Promise<StepModel> {
    const known = this.models.get(code);
    const fresh = !known || known.status === "building";
    if (fresh) this.remember(code, { status: "building" });
    const api = this.api();
    const event = await new Promise<BuildEvent>((resolve) => this.waiting.set(api.request({ code }), resolve));
    if (event.outcome === "cancelled") {
      // Superseded by a newer request: nothing is known about this code, so it is built again when shown.
      this.models.delete(code);
      return { status: "building" };
    }
    const model: StepModel = event.response.ok ? { status: "ready", parts: event.response.parts } : { status: "failed", failure: event.response.failure };
    this.remember(code, model);
    return model;
  }

  private remember(code: string, model: StepModel): void {
    this.models.delete(code);
    this.models.set(code, model);
    while (this.models.size > KEEP_MODELS) this.models.delete(this.models.keys().next().value!);
    this.onChange();
  }

  private api(): CadWorkerClient {
    this.client ??= this.startClient({
      onBuild: (event) => {
        this.waiting.get(event.id)?.(event);
        this.waiting.delete(event.id);
      },
    });
    return this.client;
  }

  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const result = this.chain.then(task, task);
    this.chain = result.catch(() => {});
    return result;
  }
}
