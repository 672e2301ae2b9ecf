import type { ChangeEvent } from "react";
import type { CodeLanguage, LanguageChoice } from "../../model/codeLanguage";
import { downloadFile } from "../downloadFile";
import { CODE_FILE_TYPES, codeFileFor, languageOfFileName } from "./codeFiles";

const LANGUAGE_LABELS: Record<CodeLanguage, string> = { javascript: "replicad", python: "CadQuery" };

interface Props {
  taskId: string;
  code: string;
  choice: LanguageChoice;
  /** What the code builds as: the choice, or what "auto" read from the code. */
  language: CodeLanguage;
  onChoose: (choice: LanguageChoice) => void;
  onOpen: (code: string, choice: LanguageChoice) => void;
}

/** Above the editor: the language the code is built as, and the code as a file (open, download). */
export function EditorHeader({ taskId, code, choice, language, onChoose, onOpen }: Props) {
  const open = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (file) onOpen(await file.text(), languageOfFileName(file.name));
  };
  const download = () => {
    const { name, type } = codeFileFor(taskId, language);
    downloadFile(new TextEncoder().encode(code).buffer as ArrayBuffer, name, type);
  };
  return (
    <div className="editor-header">
      <label title="The language the code is built as; auto reads it from the code (import cadquery is CadQuery)">
        <span>Language</span>
        <select aria-label="Language" value={choice} onChange={(e) => onChoose(e.target.value as LanguageChoice)}>
          <option value="auto">auto ({LANGUAGE_LABELS[language]})</option>
          <option value="javascript">{LANGUAGE_LABELS.javascript}</option>
          <option value="python">{LANGUAGE_LABELS.python}</option>
        </select>
      </label>
      <label className="editor-open" title="Open a code file (.py is CadQuery, .js replicad)">
        <span>Open…</span>
        <input type="file" accept={CODE_FILE_TYPES} aria-label="Open a code file" onChange={(e) => void open(e)} />
      </label>
      <button type="button" onClick={download} title={`Download the code as ${codeFileFor(taskId, language).name}`}>
        Download code
      </button>
    </div>
  );
}
