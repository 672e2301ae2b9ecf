import { useEffect, useMemo, useRef } from "react";
import { diffStats, lineDiff } from "./lineDiff";
import type { CodeLanguage } from "../../model/codeLanguage";

const LANGUAGE_NAMES: Record<CodeLanguage, string> = { javascript: "replicad (JavaScript)", python: "CadQuery (Python)" };

interface CodeDiffProps {
  code: string;
  /** The previous step's code; null for the first step, shown as it is. */
  previous: string | null;
  language: CodeLanguage;
}

/** A step's code, read-only, with what changed since the previous step marked line by line. */
export function CodeDiff({ code, previous, language }: CodeDiffProps) {
  const diff = useMemo(() => lineDiff(previous ?? code, code), [code, previous]);
  const stats = diffStats(diff);
  const firstChange = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const changeAt = diff.findIndex((line) => line.kind !== "same");

  useEffect(() => {
    const box = scroller.current;
    const line = firstChange.current;
    if (!box) return;
    box.scrollTop = line ? Math.max(0, line.offsetTop - box.clientHeight / 3) : 0;
  }, [diff]);

  return (
    <section className="code-diff" aria-label="Code" data-language={language}>
      <header>
        <span className="code-language">{LANGUAGE_NAMES[language]}</span>{" "}
        {previous === null ? (
          "Code of the first step"
        ) : stats.added + stats.removed === 0 ? (
          "Same code as the previous step"
        ) : (
          <>
            Changes from the previous step: <span className="diff-added-count">+{stats.added}</span> <span className="diff-removed-count">−{stats.removed}</span>
          </>
        )}
      </header>
      <div className="diff-lines" ref={scroller} role="region" aria-label="Code diff" tabIndex={0}>
        {diff.map((line, index) => (
          <div key={index} ref={index === changeAt ? firstChange : undefined} className={`diff-line diff-${line.kind}`}>
            <span className="diff-number">{line.oldLine ?? ""}</span>
            <span className="diff-number">{line.newLine ?? ""}</span>
            <span className="diff-mark">{line.kind === "added" ? "+" : line.kind === "removed" ? "−" : " "}</span>
            <span className="diff-text">{line.text || " "}</span>
          </div>
        ))}
      </div>
    </section>
  );
}
