import type { Params } from "../model/params";
import type { CodeLanguage } from "../model/codeLanguage";

/** What a share link carries: enough to open the same task with the same code and parameter values. */
export interface SharedDesign {
  taskId: string;
  code: string;
  params: Params;
  /** The language the code was built as; links made before languages existed have none (read from the code). */
  language?: CodeLanguage;
}

/** The format written into links; a decoder refuses any other so old pages never misread new links. */
export const SHARE_FORMAT_VERSION = 1;

/** A share link is `<page>#share=<payload>`; other hashes are left alone. */
export const SHARE_HASH_PREFIX = "#share=";

/**
 * Limits, checked on both sides. Browsers carry URLs of a few megabytes, but a link is pasted into
 * chats and issue trackers: 100,000 characters of payload (~75 kB of deflate) is already generous.
 */
export const SHARE_LIMITS = {
  payloadChars: 100_000,
  /** Unpacked JSON; deflate packs up to ~1000:1, so this is what stops a decompression bomb. */
  unpackedBytes: 1024 * 1024,
  codeChars: 256 * 1024,
  params: 200,
  paramNameChars: 100,
  paramStringChars: 10_000,
} as const;
