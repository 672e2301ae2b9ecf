import { SW_MESSAGE, type SwVersionReply } from "./swMessages";

export interface OfflineCopyState {
  /** `unsupported`: no service workers here (dev server, old browser, insecure origin). */
  phase: "unsupported" | "saving" | "ready" | "failed";
  /** Content hash of the build this page runs from, once the service worker has told it. */
  version: string | null;
  /** A newer build is installed and waits for the page to let it take over. */
  updateWaiting: boolean;
  error: string | null;
}

type Listener = () => void;

// Long-lived tabs should still hear of new builds; the browser also checks on each navigation.
const UPDATE_CHECK_MS = 60 * 60 * 1000;
const VERSION_REPLY_MS = 5_000;

/**
 * The page's side of the offline copy: registers `sw.js`, reports which build runs and whether a
 * newer one waits, and lets the user switch to it. React reads it with `useSyncExternalStore`.
 */
class OfflineCopy {
  private state: OfflineCopyState = { phase: "unsupported", version: null, updateWaiting: false, error: null };
  private readonly listeners = new Set<Listener>();
  private registration: ServiceWorkerRegistration | null = null;
  private reloadOnTakeover = false;

  getState = (): OfflineCopyState => this.state;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  async start(scriptUrl: string): Promise<void> {
    if (!("serviceWorker" in navigator)) return;
    this.set({ phase: "saving" });
    const container = navigator.serviceWorker;
    container.addEventListener("controllerchange", () => {
      if (this.reloadOnTakeover) location.reload();
    });
    try {
      const registration = await container.register(scriptUrl);
      this.registration = registration;
      const noteWaiting = () => {
        if (registration.waiting && container.controller) this.set({ updateWaiting: true });
      };
      registration.addEventListener("updatefound", () => {
        registration.installing?.addEventListener("statechange", noteWaiting);
      });
      noteWaiting();
      const ready = await container.ready;
      // A page opened before its first offline copy runs the files that copy just saved.
      const running = container.controller ?? ready.active;
      this.set({ phase: "ready", version: running ? ((await askVersion(running))?.version ?? null) : null });
      setInterval(() => void registration.update().catch(() => undefined), UPDATE_CHECK_MS);
    } catch (error) {
      this.set({ phase: "failed", error: (error as Error).message ?? String(error) });
    }
  }

  /** Has the service worker store Python's files (Pyodide's folder) for offline use; call once Python has run. */
  async keepPython(): Promise<void> {
    if (!("serviceWorker" in navigator)) return;
    const ready = await navigator.serviceWorker.ready;
    ready.active?.postMessage({ type: SW_MESSAGE.keepFirstUse });
  }

  /** Lets the waiting build take over; the page reloads once it has. */
  applyUpdate(): void {
    const waiting = this.registration?.waiting;
    if (!waiting) return;
    this.reloadOnTakeover = true;
    waiting.postMessage({ type: SW_MESSAGE.activate });
  }

  private set(change: Partial<OfflineCopyState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener();
  }
}

/** The worker's build, or null if it does not answer (a worker from before versions were reported). */
function askVersion(worker: ServiceWorker): Promise<SwVersionReply | null> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(null), VERSION_REPLY_MS);
    channel.port1.onmessage = (event) => {
      clearTimeout(timer);
      resolve(event.data as SwVersionReply);
    };
    worker.postMessage({ type: SW_MESSAGE.version }, [channel.port2]);
  });
}

export const offlineCopy = new OfflineCopy();
