import { encodeBase64url } from "./base64url";
import { deflateRaw } from "./deflateRaw";
import { SHARE_FORMAT_VERSION, SHARE_HASH_PREFIX, SHARE_LIMITS, type SharedDesign } from "./sharedDesign";
import { ShareLinkError } from "./shareLinkError";

/**
 * The URL hash (`#share=...`) that reopens `design`. Throws a `ShareLinkError` when the design is
 * too large for a link, so the page can say so instead of copying a link no one can open.
 */
export async function encodeShareHash(design: SharedDesign): Promise<string> {
  if (design.code.length > SHARE_LIMITS.codeChars) {
    throw new ShareLinkError(`the code is ${design.code.length} characters; a share link carries at most ${SHARE_LIMITS.codeChars}`);
  }
  const json = JSON.stringify({ v: SHARE_FORMAT_VERSION, task: design.taskId, code: design.code, params: design.params, ...(design.language ? { lang: design.language } : {}) });
  const unpacked = new TextEncoder().encode(json);
  if (unpacked.byteLength > SHARE_LIMITS.unpackedBytes) {
    throw new ShareLinkError(`the design is ${unpacked.byteLength} bytes as JSON; a share link carries at most ${SHARE_LIMITS.unpackedBytes}`);
  }
  const payload = encodeBase64url(await deflateRaw(unpacked));
  if (payload.length > SHARE_LIMITS.payloadChars) {
    throw new ShareLinkError(`the compressed design needs ${payload.length} characters; a share link carries at most ${SHARE_LIMITS.payloadChars}`);
  }
  return SHARE_HASH_PREFIX + payload;
}

/** `pageUrl` with its hash replaced by the share hash of `design`. */
export async function shareUrl(pageUrl: string, design: SharedDesign): Promise<string> {
  const url = new URL(pageUrl);
  url.hash = "";
  return url.href.replace(/#$/, "") + (await encodeShareHash(design));
}
