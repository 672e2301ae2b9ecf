import defaultFontUrl from "@expo-google-fonts/roboto/400Regular/Roboto_400Regular.ttf?url";
import type { KernelFiles } from "../kernel/kernelFiles";
import type { HelperLibraryName } from "../kernel/libraries/helperLibraries";

/** Each helper library's ES build as text: a chunk of its own, fetched the first time a build imports it. */
const LIBRARY_SOURCES: Record<HelperLibraryName, () => Promise<{ default: string }>> = {
  "replicad-decorate": () => import("replicad-decorate/dist/es/replicad-decorate.js?raw"),
  "replicad-threads": () => import("replicad-threads/dist/es/replicad-threads.js?raw"),
};

/**
 * The page worker's kernel files: the default font is a static asset of the build (precached by
 * the service worker, so text works offline), the helper libraries lazy chunks. `realFetch` is
 * the worker's `fetch`, captured before lockdown takes it away; it is used here for this origin
 * only (which includes `blob:` URLs the page made), so a font URL cannot reach the network.
 * `pageUrl` tells what the code's relative URLs are relative to: the page, as in the studio, not
 * the worker's script.
 */
export function pageKernelFiles(realFetch: typeof fetch, workerUrl: string, pageUrl: () => string): KernelFiles {
  const origin = new URL(workerUrl).origin;
  const read = async (url: string, what: string, base: string): Promise<ArrayBuffer> => {
    let target: URL;
    try {
      target = new URL(url, base);
    } catch {
      throw new Error(`${what}: "${url}" is not a URL`);
    }
    if (target.origin !== origin) {
      throw new Error(`${what}: "${url}" is refused: CAD code has no network; a font can be bytes (an ArrayBuffer), a data: URL, or a file of this site (${origin})`);
    }
    const response = await realFetch(target.href, { credentials: "same-origin" });
    if (!response.ok) throw new Error(`${what}: "${url}" answered ${response.status} ${response.statusText}`.trim());
    return response.arrayBuffer();
  };
  return {
    defaultFont: () => read(defaultFontUrl, "the default font", workerUrl),
    fontFile: (url) => read(url, "loadFont", pageUrl()),
    librarySource: async (name) => (await LIBRARY_SOURCES[name]()).default,
  };
}
