import { useEffect, useRef } from "react";
import * as monaco from "monaco-editor";
import EditorWorker from "monaco-editor/editor/editor.worker.js?worker";
import TypeScriptWorker from "monaco-editor/language/typescript/ts.worker.js?worker";
import type { BuildFailure } from "../../model/buildFailure";
import type { CodeLanguage } from "../../model/codeLanguage";
import { replicadTypings } from "./replicadTypings";

export interface CodeEditorProps {
  code: string;
  onChange: (code: string) => void;
  onBuildNow: () => void;
  failure: BuildFailure | null;
  /** What the code builds as: it picks the highlighting. */
  language: CodeLanguage;
  /** Text the user pasted (the edit itself comes through `onChange`). */
  onPaste: (text: string) => void;
}

/** Monaco's language for each of ours: replicad code is highlighted as TypeScript (plain JavaScript is valid TypeScript). */
const MONACO_LANGUAGES: Record<CodeLanguage, string> = { javascript: "typescript", python: "python" };

const MARKER_OWNER = "cadforge-build";

let configured = false;

/** Once per page: local workers (no CDN) and replicad's types for completion and hover. */
function configureMonaco(): void {
  if (configured) return;
  configured = true;
  self.MonacoEnvironment = {
    getWorker: (_id, label) => (label === "typescript" || label === "javascript" ? new TypeScriptWorker() : new EditorWorker()),
  };
  const ts = monaco.typescript.typescriptDefaults;
  ts.setCompilerOptions({
    target: monaco.typescript.ScriptTarget.ES2020,
    module: monaco.typescript.ModuleKind.ESNext,
    moduleResolution: monaco.typescript.ModuleResolutionKind.NodeJs,
    allowJs: true,
    allowNonTsExtensions: true,
    strict: false,
    noEmit: true,
  });
  // Build failures are the one source of error markers: the same ones the scorer and the CLI report.
  ts.setDiagnosticsOptions({ noSemanticValidation: true, noSyntaxValidation: true, noSuggestionDiagnostics: true });
  for (const lib of replicadTypings()) ts.addExtraLib(lib.content, lib.path);
}

/** Monaco, highlighting the code's language, with build errors as markers. */
export function MonacoEditor({ code, onChange, onBuildNow, failure, language, onPaste }: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const callbacks = useRef({ onChange, onBuildNow, onPaste });
  callbacks.current = { onChange, onBuildNow, onPaste };

  useEffect(() => {
    configureMonaco();
    const model = monaco.editor.createModel(code, MONACO_LANGUAGES[language], monaco.Uri.parse("file:///model.ts"));
    const editor = monaco.editor.create(host.current!, {
      model,
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 13,
      tabSize: 2,
      scrollBeyondLastLine: false,
      fixedOverflowWidgets: true,
    });
    editorRef.current = editor;
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => callbacks.current.onBuildNow());
    const subscription = model.onDidChangeContent(() => callbacks.current.onChange(model.getValue()));
    const pastes = editor.onDidPaste((event) => callbacks.current.onPaste(model.getValueInRange(event.range)));
    return () => {
      subscription.dispose();
      pastes.dispose();
      editor.dispose();
      model.dispose();
      editorRef.current = null;
    };
    // The editor is created once; later `code` changes (task switch, reset) are pushed in below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model && model.getValue() !== code) model.setValue(code);
  }, [code]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    monaco.editor.setModelLanguage(model, MONACO_LANGUAGES[language]);
    // What Monaco now highlights as, read back from it, for tests and styles.
    host.current!.dataset.language = model.getLanguageId();
  }, [language]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    monaco.editor.setModelMarkers(model, MARKER_OWNER, failure ? [markerFor(model, failure)] : []);
  }, [failure]);

  return <div className="monaco-host" ref={host} data-editor="monaco" />;
}

/** A marker at the failure's line and column, spanning the word there; line 1 when no line is known. */
function markerFor(model: monaco.editor.ITextModel, failure: BuildFailure): monaco.editor.IMarkerData {
  const line = Math.min(Math.max(failure.line ?? 1, 1), model.getLineCount());
  const maxColumn = model.getLineMaxColumn(line);
  const column = failure.column !== null ? Math.min(Math.max(failure.column, 1), maxColumn) : model.getLineFirstNonWhitespaceColumn(line) || 1;
  const word = model.getWordAtPosition({ lineNumber: line, column });
  const endColumn = word && word.endColumn > column ? word.endColumn : failure.column !== null ? Math.min(column + 1, maxColumn) : maxColumn;
  return {
    severity: monaco.MarkerSeverity.Error,
    message: `${failure.class}: ${failure.message}`,
    startLineNumber: line,
    startColumn: column,
    endLineNumber: line,
    endColumn: Math.max(endColumn, column + 1),
    source: failure.operation ?? undefined,
  };
}
