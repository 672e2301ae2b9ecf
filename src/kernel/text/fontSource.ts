/** A font the code gave `loadFont` that cannot be used: the message says why and what would do. */
export class FontError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FontError";
  }
}

/**
 * The bytes of what the code passed to `loadFont`: an ArrayBuffer, a typed array (a Node Buffer
 * too), a `data:` URL (decoded here, no request), or another URL, which `fetchUrl` reads or
 * refuses. Anything else is refused at once, so the error points at the code's call.
 */
export function fontBytes(source: unknown, fetchUrl: (url: string) => Promise<ArrayBuffer>): Promise<ArrayBuffer> {
  if (source instanceof ArrayBuffer) return Promise.resolve(source.slice(0));
  if (ArrayBuffer.isView(source)) return Promise.resolve(new Uint8Array(source.buffer, source.byteOffset, source.byteLength).slice().buffer);
  if (typeof source === "string") return source.startsWith("data:") ? Promise.resolve(dataUrlBytes(source)) : fetchUrl(source);
  throw new FontError(`loadFont takes an ArrayBuffer, a typed array or a URL string, not ${source === null ? "null" : typeof source}`);
}

function dataUrlBytes(url: string): ArrayBuffer {
  const comma = url.indexOf(",");
  if (comma < 0) throw new FontError(`loadFont: "${url.slice(0, 40)}..." is not a data: URL (it has no comma before its data)`);
  const header = url.slice(5, comma);
  const payload = url.slice(comma + 1);
  let text: string;
  try {
    text = /;base64$/i.test(header) ? atob(payload) : decodeURIComponent(payload);
  } catch {
    throw new FontError(`loadFont: the data: URL's data is not valid ${/;base64$/i.test(header) ? "base64" : "percent-encoding"}`);
  }
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes.buffer;
}
