import { useState } from "react";
import type { Params } from "../../model/params";
import type { CodeLanguage } from "../../model/codeLanguage";
import { shareUrl } from "../../share";
import "./share.css";

type Shared = { url: string; copied: boolean } | { error: string } | null;

/**
 * Copies a link that reopens this task with this code and these parameter values. The link also
 * shows in a field, for when the clipboard is not allowed.
 */
export function ShareButton({ taskId, code, params, language }: { taskId: string; code: string; params: Params; language: CodeLanguage }) {
  const [shared, setShared] = useState<Shared>(null);
  const share = async () => {
    try {
      const url = await shareUrl(location.href, { taskId, code, params, language });
      const copied = await navigator.clipboard?.writeText(url).then(
        () => true,
        () => false,
      );
      setShared({ url, copied: copied ?? false });
    } catch (error) {
      setShared({ error: `Cannot share: ${(error as Error).message ?? String(error)}` });
    }
  };

  return (
    <span className="share">
      <button type="button" onClick={share} title="Copy a link that opens this task with this code and these parameters">
        Share
      </button>
      {shared && (
        <span className="share-popover" aria-live="polite">
          {"error" in shared ? (
            <span className="share-error">{shared.error}</span>
          ) : (
            <>
              <span>{shared.copied ? "Link copied" : "Copy this link"}</span>
              <input className="share-link" readOnly value={shared.url} aria-label="Share link" onFocus={(e) => e.currentTarget.select()} />
            </>
          )}
          <button type="button" className="share-close" onClick={() => setShared(null)} aria-label="Close">
            ×
          </button>
        </span>
      )}
    </span>
  );
}
