import { CadEnvironment, handleRequest, type EnvironmentOptions } from "../../env";

/** Requests and answers are tagged so other messages an embedding page exchanges are left alone. */
export const MESSAGE_TAG = "cadforge-env";

export interface BridgeStatus {
  /** Tagged requests dropped because their origin is not accepted. */
  rejected: number;
  accepted: string[];
}

/**
 * The environment for a page that embeds CADForge in an iframe. Send
 * `{ cadforge: "cadforge-env", id?, op, ... }` (the ops of `handleRequest`) to the iframe's window;
 * the answer comes back as `{ cadforge: "cadforge-env", ...answer }`, posted to the sender's window
 * for the sender's origin only. Each sending window has its own environment, so its episodes are
 * independent of `window.cadforge`'s and of other embedders'. Requests from an origin not in
 * `accepted` get no answer at all. Once listening, the bridge posts `{ cadforge: "cadforge-env",
 * ready: true }` to its parent, for each accepted origin (the browser delivers it only to the one
 * the parent really has).
 */
export function startMessageBridge(accepted: ReadonlySet<string>, options: EnvironmentOptions): BridgeStatus {
  const status: BridgeStatus = { rejected: 0, accepted: [...accepted] };
  const environments = new WeakMap<MessageEventSource, CadEnvironment>();
  const warned = new Set<string>();

  window.addEventListener("message", (event: MessageEvent) => {
    const data = event.data as Record<string, unknown> | null;
    if (!data || typeof data !== "object" || data.cadforge !== MESSAGE_TAG || !event.source) return;
    if (!accepted.has(event.origin)) {
      status.rejected++;
      if (!warned.has(event.origin)) console.warn(`cadforge: ignored environment requests from ${event.origin}; accepted origins: ${[...accepted].join(", ")}`);
      warned.add(event.origin);
      return;
    }
    const source = event.source;
    let env = environments.get(source);
    if (!env) environments.set(source, (env = new CadEnvironment(options)));
    const { cadforge: _tag, ...request } = data;
    void handleRequest(env, request).then((answer) => {
      (source as Window).postMessage({ cadforge: MESSAGE_TAG, ...answer }, event.origin);
    });
  });

  if (window.parent !== window) {
    for (const origin of accepted) window.parent.postMessage({ cadforge: MESSAGE_TAG, ready: true }, origin);
  }
  return status;
}
