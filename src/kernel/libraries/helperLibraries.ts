/**
 * Helper libraries that public replicad models import from a CDN URL. They are bundled, and any
 * URL a CDN serves them under resolves to the bundled copy, so such models build without a network.
 */
export const HELPER_LIBRARIES = ["replicad-decorate", "replicad-threads"] as const;

export type HelperLibraryName = (typeof HELPER_LIBRARIES)[number];

// The package name is followed by an optional version (`@latest`, `@1.1.0`), then an optional path
// inside the package or a query (`/dist/studio/replicad-threads.js`, `/+esm`, `?min`).
const PACKAGE_TAIL = "(?:@[^/?#]*)?(?:[/?#].*)?$";

/** The CDN forms public models use: jsDelivr (and its esm.run), unpkg, Skypack, esm.sh. */
const CDN_PREFIXES = ["cdn.jsdelivr.net/npm/", "esm.run/", "unpkg.com/", "cdn.skypack.dev/", "esm.sh/"];

const FORMS: [RegExp, HelperLibraryName][] = HELPER_LIBRARIES.flatMap((name) => [
  [new RegExp(`^${name}${PACKAGE_TAIL}`), name] as [RegExp, HelperLibraryName],
  ...CDN_PREFIXES.map((prefix) => [new RegExp(`^(?:https?:)?//${escape(prefix)}${name}${PACKAGE_TAIL}`), name] as [RegExp, HelperLibraryName]),
]);

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The bundled library an import specifier names (a package name or a CDN URL of it), or null. */
export function helperLibraryFor(specifier: string): HelperLibraryName | null {
  return FORMS.find(([form]) => form.test(specifier))?.[1] ?? null;
}

/** What a refused import is told it may import instead. */
export const IMPORTABLE = `only "replicad" and the bundled helper libraries (${HELPER_LIBRARIES.join(", ")}, by name or by a jsDelivr, unpkg, Skypack or esm.sh URL) can be imported`;
