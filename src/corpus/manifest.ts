import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { FAILURE_CLASSES, type FailureClass } from "../model/buildFailure";
import type { Extraction } from "./extractProgram";

/**
 * Why a program of the corpus is not expected to build here:
 * - `ours`: a kernel bug or a studio rule we miss, reported and not yet fixed.
 * - `not-ours`: the code fails in replicad's studio too (a bug of its own, an import of a local
 *   file or package, written for another viewer).
 */
export const FAILURE_CAUSES = ["ours", "not-ours"] as const;
export type FailureCause = (typeof FAILURE_CAUSES)[number];

export const ENTRY_FORMS = ["script", "module-default", "module-main"] as const;
/** How the studio calls the program: a script's `main(replicad, params)`, a module's default export `main(params)` or its named `main(replicad, params)`. */
export type EntryForm = (typeof ENTRY_FORMS)[number];

export type Expectation = { builds: true } | { builds: false; class: FailureClass; cause: FailureCause; reason: string };

/** One public program: where it lives, how to take it out, what it should do here. Never its code. */
export interface CorpusEntry {
  /** Also its file name in the corpus directory (`<id>.js`). */
  id: string;
  repo: string;
  commit: string;
  path: string;
  extract: Extraction;
  /** SHA-256 of the extracted program, so a corpus directory that drifted from the manifest is caught. */
  sha256: string;
  form: EntryForm;
  expect: Expectation;
}

export const MANIFEST_PATH = fileURLToPath(new URL("../../tests/corpus/manifest.json", import.meta.url));

export async function readManifest(path: string = MANIFEST_PATH): Promise<CorpusEntry[]> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`);
  }
  return parseManifest(raw, path);
}

/** Checks every field, naming the entry and the field of the first thing wrong. */
export function parseManifest(raw: unknown, where: string): CorpusEntry[] {
  const programs = (raw as { programs?: unknown })?.programs;
  if (!Array.isArray(programs)) throw new Error(`${where}: expected {"programs": [...]}`);
  const seen = new Set<string>();
  return programs.map((value, i) => {
    const entry = parseEntry(value, `${where}: programs[${i}]`);
    if (seen.has(entry.id)) throw new Error(`${where}: programs[${i}]: id "${entry.id}" appears twice`);
    seen.add(entry.id);
    return entry;
  });
}

function parseEntry(value: unknown, at: string): CorpusEntry {
  const o = objectAt(value, at);
  const id = stringAt(o, "id", at);
  if (!/^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/i.test(id)) throw new Error(`${at}.id: "${id}" is not a relative path of letters, digits, '.', '_' and '-'`);
  const commit = stringAt(o, "commit", at);
  if (!/^[0-9a-f]{40}$/.test(commit)) throw new Error(`${at}.commit: expected 40 hex digits, got "${commit}"`);
  const sha256 = stringAt(o, "sha256", at);
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`${at}.sha256: expected 64 hex digits`);
  const form = stringAt(o, "form", at);
  if (!(ENTRY_FORMS as readonly string[]).includes(form)) throw new Error(`${at}.form: "${form}" is not one of ${ENTRY_FORMS.join(", ")}`);
  return {
    id,
    repo: stringAt(o, "repo", at),
    commit,
    path: stringAt(o, "path", at),
    extract: parseExtraction(o.extract, `${at}.extract`),
    sha256,
    form: form as EntryForm,
    expect: parseExpectation(o.expect, `${at}.expect`),
  };
}

function parseExtraction(value: unknown, at: string): Extraction {
  const o = objectAt(value, at);
  if (o.kind === "file") return { kind: "file" };
  if (o.kind === "codeBlock" && Number.isInteger(o.index) && (o.index as number) >= 0) return { kind: "codeBlock", index: o.index as number };
  throw new Error(`${at}: expected {"kind": "file"} or {"kind": "codeBlock", "index": <0 or more>}`);
}

function parseExpectation(value: unknown, at: string): Expectation {
  const o = objectAt(value, at);
  if (o.builds === true) return { builds: true };
  if (o.builds !== false) throw new Error(`${at}.builds: expected true or false`);
  const failureClass = stringAt(o, "class", at);
  if (!(FAILURE_CLASSES as readonly string[]).includes(failureClass)) throw new Error(`${at}.class: "${failureClass}" is not a failure class (${FAILURE_CLASSES.join(", ")})`);
  const cause = stringAt(o, "cause", at);
  if (!(FAILURE_CAUSES as readonly string[]).includes(cause)) throw new Error(`${at}.cause: "${cause}" is not one of ${FAILURE_CAUSES.join(", ")}`);
  return { builds: false, class: failureClass as FailureClass, cause: cause as FailureCause, reason: stringAt(o, "reason", at) };
}

function objectAt(value: unknown, at: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error(`${at}: expected an object`);
  return value as Record<string, unknown>;
}

function stringAt(o: Record<string, unknown>, field: string, at: string): string {
  const value = o[field];
  if (typeof value !== "string" || value === "") throw new Error(`${at}.${field}: expected a non-empty string`);
  return value;
}
