import { useEffect, useState, type ComponentType } from "react";
import type { CodeEditorProps } from "./MonacoEditor";
import { TextareaEditor } from "./TextareaEditor";

/** Monaco needs a pointer and room; on touch or narrow screens the textarea stays. */
function monacoSuits(): boolean {
  return !window.matchMedia("(pointer: coarse)").matches && window.innerWidth >= 720;
}

interface Props extends CodeEditorProps {
  /** Monaco is fetched only once this is true (after the first model), so it never delays it. */
  loadMonaco: boolean;
}

/** The textarea at once; Monaco replaces it when it has loaded, keeping the same code. */
export function CodeEditor({ loadMonaco, ...props }: Props) {
  const [Monaco, setMonaco] = useState<ComponentType<CodeEditorProps> | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    if (!loadMonaco || Monaco || !monacoSuits()) return;
    let cancelled = false;
    import("./MonacoEditor").then(
      (module) => !cancelled && setMonaco(() => module.MonacoEditor),
      (error) => !cancelled && setLoadError(String(error?.message ?? error)),
    );
    return () => {
      cancelled = true;
    };
  }, [loadMonaco, Monaco]);

  return (
    <div className="code-editor" title={loadError ? `The full editor could not load: ${loadError}` : undefined}>
      {Monaco ? <Monaco {...props} /> : <TextareaEditor {...props} />}
    </div>
  );
}
