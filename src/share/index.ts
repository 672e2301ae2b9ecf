export { encodeShareHash, shareUrl } from "./encodeShareLink";
export { decodeShareHash, isShareHash, type ShareDecodeResult } from "./decodeShareLink";
export { SHARE_HASH_PREFIX, SHARE_LIMITS, type SharedDesign } from "./sharedDesign";
export { ShareLinkError } from "./shareLinkError";
