import type { KeyboardEvent } from "react";
import type { CodeEditorProps } from "./MonacoEditor";

/**
 * The editor before Monaco has loaded, and instead of it on touch or narrow screens. The build
 * error is shown under it, since a textarea cannot underline a position.
 */
export function TextareaEditor({ code, onChange, onBuildNow, failure, language, onPaste }: CodeEditorProps) {
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onBuildNow();
    } else if (event.key === "Tab" && !event.shiftKey) {
      event.preventDefault();
      const area = event.currentTarget;
      const { selectionStart, selectionEnd, value } = area;
      onChange(value.slice(0, selectionStart) + "  " + value.slice(selectionEnd));
      requestAnimationFrame(() => area.setSelectionRange(selectionStart + 2, selectionStart + 2));
    }
  };
  return (
    <div className="textarea-editor" data-editor="textarea">
      <textarea
        value={code}
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        aria-label="Model code"
        data-language={language}
        onPaste={(event) => onPaste(event.clipboardData.getData("text/plain"))}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
      {failure && failure.line !== null && (
        <div className="textarea-error" role="alert">
          Line {failure.line}
          {failure.column !== null ? `:${failure.column}` : ""}: {failure.message}
        </div>
      )}
    </div>
  );
}
