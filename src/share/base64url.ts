const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const VALUES = new Map([...ALPHABET].map((char, index) => [char, index]));

/** Bytes as URL-safe base64 without padding, so a link needs no escaping. */
export function encodeBase64url(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const chunk = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += ALPHABET[(chunk >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** The bytes of `text`, or a message naming the first character that is not base64url. */
export function decodeBase64url(text: string): { ok: true; bytes: Uint8Array } | { ok: false; message: string } {
  if (text.length % 4 === 1) return { ok: false, message: `${text.length} characters cannot be base64url (the text was probably cut short)` };
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let buffer = 0;
  let bits = 0;
  let written = 0;
  for (let i = 0; i < text.length; i++) {
    const value = VALUES.get(text[i]);
    if (value === undefined) return { ok: false, message: `character ${JSON.stringify(text[i])} at position ${i + 1} is not base64url` };
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[written++] = (buffer >> bits) & 0xff;
    }
  }
  return { ok: true, bytes };
}
