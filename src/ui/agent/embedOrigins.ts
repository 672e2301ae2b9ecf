/**
 * Which origins may drive the environment through `postMessage`: the page's own origin, plus the
 * exact origins listed in the `embedOrigins` query parameter of the iframe's URL, comma-separated
 * (`?embedOrigins=https://lab.example.org,http://localhost:8888`). There is no wildcard: an entry
 * must be an origin and nothing more (scheme, host, optional port; no path). The embedding page
 * writes the iframe's URL, so it is the one that names itself.
 */
export function readEmbedOrigins(search: string, ownOrigin: string): { origins: Set<string>; problems: string[] } {
  const origins = new Set([ownOrigin]);
  const problems: string[] = [];
  const listed = new URLSearchParams(search).get("embedOrigins");
  for (const entry of (listed ?? "").split(",").map((s) => s.trim()).filter(Boolean)) {
    let origin: string | null = null;
    try {
      origin = new URL(entry).origin;
    } catch {
      origin = null;
    }
    if (origin && origin !== "null" && origin === entry.replace(/\/$/, "")) origins.add(origin);
    else problems.push(`embedOrigins: "${entry}" is not an origin like https://example.org (scheme, host, optional port); it was ignored`);
  }
  return { origins, problems };
}
