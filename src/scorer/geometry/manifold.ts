import Module from "manifold-3d";

export type ManifoldApi = Awaited<ReturnType<typeof Module>>;
export type Manifold = InstanceType<ManifoldApi["Manifold"]>;

let loading: Promise<ManifoldApi> | null = null;
let loaded: ManifoldApi | null = null;

/**
 * Loads manifold-3d's WASM once per realm. The browser worker passes the Vite `?url` of
 * `manifold-3d/manifold.wasm`; Node passes nothing and the module finds the file beside itself.
 */
export function loadManifold(wasmLocation?: string): Promise<ManifoldApi> {
  loading ??= (async () => {
    const api = await Module(wasmLocation ? { locateFile: () => wasmLocation } : undefined);
    api.setup();
    loaded = api;
    return api;
  })();
  return loading;
}

/** The loaded module; the scorer's entry points await `loadManifold` before any geometry. */
export function manifoldApi(): ManifoldApi {
  if (!loaded) throw new Error("manifold-3d is not loaded: await loadManifold() first");
  return loaded;
}

/** Runs `fn` and deletes every manifold object it registered, whatever happens. */
export function withManifolds<T>(fn: (keep: <M extends { delete(): void }>(m: M) => M) => T): T {
  const owned: { delete(): void }[] = [];
  try {
    return fn((m) => {
      owned.push(m);
      return m;
    });
  } finally {
    for (const m of owned) m.delete();
  }
}
