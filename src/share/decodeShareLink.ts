import type { Params } from "../model/params";
import { decodeBase64url } from "./base64url";
import { inflateRawLimited } from "./deflateRaw";
import { LANGUAGE_CHOICES, type CodeLanguage } from "../model/codeLanguage";
import { SHARE_FORMAT_VERSION, SHARE_HASH_PREFIX, SHARE_LIMITS, type SharedDesign } from "./sharedDesign";

export type ShareDecodeResult = { ok: true; design: SharedDesign } | { ok: false; message: string };

const FIELDS = new Set(["v", "task", "code", "params", "lang"]);
/** A link names the language the code was built as, never "auto". */
const LINK_LANGUAGES = LANGUAGE_CHOICES.filter((choice): choice is CodeLanguage => choice !== "auto");

/** Whether `hash` is meant as a share link (and so deserves an error if it is a bad one). */
export function isShareHash(hash: string): boolean {
  return hash.startsWith(SHARE_HASH_PREFIX);
}

/**
 * Reads a `#share=...` hash back into a design. Never throws: every refusal says which stage or
 * field is wrong. `taskIds` is the catalogue the page has, since a link may name a task it lacks.
 */
export async function decodeShareHash(hash: string, taskIds: readonly string[]): Promise<ShareDecodeResult> {
  const fail = (message: string): ShareDecodeResult => ({ ok: false, message });
  if (!isShareHash(hash)) return fail(`the link's hash does not start with ${SHARE_HASH_PREFIX}`);
  const payload = hash.slice(SHARE_HASH_PREFIX.length);
  if (payload.length === 0) return fail("the link carries no data after #share=");
  if (payload.length > SHARE_LIMITS.payloadChars) {
    return fail(`the link's data is ${payload.length} characters; at most ${SHARE_LIMITS.payloadChars} are accepted`);
  }

  const packed = decodeBase64url(payload);
  if (!packed.ok) return fail(`the link's data is not base64url: ${packed.message}`);
  const unpacked = await inflateRawLimited(packed.bytes, SHARE_LIMITS.unpackedBytes);
  if (!unpacked.ok) return fail(`the link's data cannot be unpacked: ${unpacked.message}`);

  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(unpacked.bytes);
  } catch {
    return fail("the link's unpacked data is not UTF-8 text");
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail(`the link's unpacked data is not JSON (${(error as Error).message})`);
  }
  const checked = checkDesign(value, taskIds);
  return typeof checked === "string" ? fail(checked) : { ok: true, design: checked };
}

/** The design, or a message naming the first field that is wrong. */
function checkDesign(value: unknown, taskIds: readonly string[]): SharedDesign | string {
  if (!isRecord(value)) return `the link's data is ${describe(value)}, not an object`;
  const unknown = Object.keys(value).find((key) => !FIELDS.has(key));
  if (unknown !== undefined) return `field ${JSON.stringify(unknown)} is not part of a share link`;

  if (!("v" in value)) return "field v (the format version) is missing";
  if (value.v !== SHARE_FORMAT_VERSION) return `field v is ${JSON.stringify(value.v)}; this page reads version ${SHARE_FORMAT_VERSION} links`;

  if (typeof value.task !== "string") return `field task must be a task id (a string), got ${describe(value.task)}`;
  if (!taskIds.includes(value.task)) return `field task: no task ${JSON.stringify(value.task)} in this page's catalogue`;

  if (typeof value.code !== "string") return `field code must be a string, got ${describe(value.code)}`;
  if (value.code.length > SHARE_LIMITS.codeChars) return `field code is ${value.code.length} characters; at most ${SHARE_LIMITS.codeChars} are accepted`;

  const params = checkParams(value.params);
  if (typeof params === "string") return params;
  // Optional: links made before the language switch carry none, and the code says which it is.
  if (!("lang" in value)) return { taskId: value.task, code: value.code, params };
  if (!(LINK_LANGUAGES as readonly unknown[]).includes(value.lang)) {
    return `field lang must be ${LINK_LANGUAGES.map((l) => JSON.stringify(l)).join(" or ")}, got ${typeof value.lang === "string" ? JSON.stringify(value.lang) : describe(value.lang)}`;
  }
  return { taskId: value.task, code: value.code, params, language: value.lang as CodeLanguage };
}

function checkParams(value: unknown): Params | string {
  if (!isRecord(value)) return `field params must be an object of parameter values, got ${describe(value)}`;
  const entries = Object.entries(value);
  if (entries.length > SHARE_LIMITS.params) return `field params has ${entries.length} entries; at most ${SHARE_LIMITS.params} are accepted`;
  const params: Params = {};
  for (const [name, param] of entries) {
    const field = `field params.${name}`;
    if (name.length === 0 || name.length > SHARE_LIMITS.paramNameChars) {
      return `field params has a name of ${name.length} characters; names must have 1 to ${SHARE_LIMITS.paramNameChars}`;
    }
    if (typeof param === "string" && param.length > SHARE_LIMITS.paramStringChars) {
      return `${field} is a string of ${param.length} characters; at most ${SHARE_LIMITS.paramStringChars} are accepted`;
    }
    if (typeof param !== "number" && typeof param !== "string" && typeof param !== "boolean") {
      return `${field} must be a number, string or boolean, got ${describe(param)}`;
    }
    // Own data property even for names like `__proto__`, which JSON.parse keeps as plain keys.
    Object.defineProperty(params, name, { value: param, enumerable: true, writable: true, configurable: true });
  }
  return params;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (value === undefined) return "nothing";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
