import { useMemo, useState, useSyncExternalStore } from "react";
import type { WorkbenchStore } from "./state/workbenchStore";
import { CodeEditor } from "./editor/CodeEditor";
import { EditorHeader } from "./editor/EditorHeader";
import { resolveLanguage } from "../model/detectLanguage";
import type { LanguageChoice } from "../model/codeLanguage";
import { ConsolePane } from "./ConsolePane";
import { ParamsPanel } from "./ParamsPanel";
import { RewardCard } from "./RewardCard";
import { StatusLine } from "./StatusLine";
import { TaskChecklist } from "./tasks/TaskChecklist";
import { Toolbar } from "./Toolbar";
import { Viewer } from "./viewer/Viewer";
import { partRoles } from "./viewer/partRoles";
import { highlightOf } from "./state/highlightChoice";
import { useEscapeKey } from "./useEscapeKey";
import { initialView, rememberView, type AppView } from "./replay/appView";
import { ReplayView } from "./replay/ReplayView";
import { useReplaySession } from "./replay/useReplaySession";
import { ViewNav } from "./replay/ViewNav";
import { Landing } from "./tour/Landing";
import { TourView } from "./tour/TourView";

export function App({ store }: { store: WorkbenchStore }) {
  const state = useSyncExternalStore(store.subscribe, store.getState);
  const firstBuildDone = state.model !== null || state.failure !== null;
  const roles = useMemo(() => partRoles(state.task, state.score), [state.task, state.score]);
  const language = resolveLanguage(state.code, state.language);
  const highlight = useMemo(() => highlightOf(state.score, state.highlight), [state.score, state.highlight]);
  useEscapeKey(highlight !== null, () => store.clearHighlight());
  const [start] = useState(() => initialView(location.search));
  const [view, setView] = useState<AppView>(start.view);
  const session = useReplaySession(state.tasks, view === "replay" || view === "tour");
  const show = (next: AppView) => {
    rememberView(next);
    setView(next);
  };
  const openInEditor = (taskId: string, code: string, language: LanguageChoice = "auto") => {
    store.openCode(taskId, code, language);
    show("editor");
  };

  return (
    <div className="app" data-build-id={state.model?.buildId ?? 0} data-view={view}>
      <ViewNav view={view} onChange={show} />
      {view === "welcome" && <Landing onStartTour={() => show("tour")} onOpenReplay={() => show("replay")} onOpenEditor={() => show("editor")} />}
      {view === "replay" && session && <ReplayView session={session} initialTaskId={start.taskId ?? state.task.id} onOpenInEditor={openInEditor} />}
      {view === "tour" && session && <TourView session={session} onFinish={openInEditor} onExit={() => show("welcome")} />}
      {view === "editor" && <Toolbar state={state} store={store} />}
      {view === "editor" && <main className="workspace">
        <section className="left-pane">
          <EditorHeader
            taskId={state.task.id}
            code={state.code}
            choice={state.language}
            language={language}
            onChoose={(choice) => store.setLanguage(choice)}
            onOpen={(code, choice) => store.openCode(state.task.id, code, choice)}
          />
          <CodeEditor
            code={state.code}
            onChange={(code) => store.setCode(code)}
            onBuildNow={() => store.build()}
            failure={state.failure}
            language={language}
            onPaste={(text) => store.pasted(text)}
            loadMonaco={firstBuildDone}
          />
          <StatusLine state={state} />
          <ParamsPanel defaults={state.defaultParams} values={state.params} onChange={(n, v) => store.setParam(n, v)} onReset={() => store.resetParams()} />
          <ConsolePane logs={state.logs} failure={state.failure} />
        </section>
        <section className="right-pane">
          <Viewer model={state.model} stale={state.stale} frameKey={state.task.id} onDrawn={(model) => store.modelDrawn(model)} roles={roles} highlight={highlight} onClearHighlight={() => store.clearHighlight()} />
          {state.task.reference.trim() !== "" && (
            <div className="score-row">
              <TaskChecklist
                task={state.task}
                score={state.score}
                scoring={state.scoring}
                scoreError={state.scoreError}
                chosen={state.highlight?.kind === "item" ? state.highlight.id : null}
                onChoose={(id) => store.chooseHighlight({ kind: "item", id })}
              />
              <RewardCard
                score={state.score}
                scoring={state.scoring}
                error={state.scoreError}
                chosenNote={state.highlight?.kind === "note" ? state.highlight.index : null}
                onChooseNote={(index) => store.chooseHighlight({ kind: "note", index })}
              />
            </div>
          )}
        </section>
      </main>}
    </div>
  );
}
