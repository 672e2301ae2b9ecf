/**
 * What the page knows, across reloads, about code that may hang or crash it: the build under way
 * (recorded before it starts, cleared when it ends, so a record left at start-up means the page
 * died mid-build) and the last code whose build cost its worker (time limit, crash, out of memory).
 * Code is named by a hash, not kept: the autosave holds the text.
 */
const IN_PROGRESS_KEY = "cadforge:build-in-progress";
const LOST_KEY = "cadforge:build-lost";

export type HoldReason = "interrupted" | "timeout" | "crashed";

interface LostRecord {
  hash: string;
  reason: Exclude<HoldReason, "interrupted">;
}

/** 53-bit FNV-style hash of the text: enough to tell one piece of code from another. */
export function codeHash(code: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export class BuildJournal {
  constructor(private readonly storage: Pick<Storage, "getItem" | "setItem" | "removeItem"> | null) {}

  started(code: string): void {
    this.write(IN_PROGRESS_KEY, codeHash(code));
  }

  /** A build ended; `lost` says whether it cost its worker, and how. */
  ended(code: string, lost: LostRecord["reason"] | null): void {
    const hash = codeHash(code);
    if (this.read(IN_PROGRESS_KEY) === hash) this.remove(IN_PROGRESS_KEY);
    if (lost) this.write(LOST_KEY, JSON.stringify({ hash, reason: lost } satisfies LostRecord));
    else if (this.lost()?.hash === hash) this.remove(LOST_KEY);
  }

  /** Why `code` must not build on its own at start-up, or null when it may. */
  holdReason(code: string): HoldReason | null {
    const hash = codeHash(code);
    if (this.read(IN_PROGRESS_KEY) === hash) return "interrupted";
    const lost = this.lost();
    return lost?.hash === hash ? lost.reason : null;
  }

  private lost(): LostRecord | null {
    try {
      const record = JSON.parse(this.read(LOST_KEY) ?? "null") as LostRecord | null;
      return record && typeof record.hash === "string" ? record : null;
    } catch {
      return null;
    }
  }

  // Storage can be missing or full (private windows, quotas); then there is no safe mode to offer.
  private read(key: string): string | null {
    try {
      return this.storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  private write(key: string, value: string): void {
    try {
      this.storage?.setItem(key, value);
    } catch {
      // As above.
    }
  }

  private remove(key: string): void {
    try {
      this.storage?.removeItem(key);
    } catch {
      // As above.
    }
  }
}

function pageStorage(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}

export const buildJournal = new BuildJournal(pageStorage());
