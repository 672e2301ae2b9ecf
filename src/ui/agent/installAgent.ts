import { createElement } from "react";
import { createRoot } from "react-dom/client";
import { CadEnvironment, type EnvironmentOptions } from "../../env";
import { buildCurriculum } from "../../env/curriculum";
import type { ScoreResult } from "../../scorer/types";
import { CadWorkerClient } from "../../worker/cadWorkerClient";
import { spawnCadWorker } from "../../worker/spawnCadWorker";
import type { WorkbenchStore } from "../state/workbenchStore";
import { cadforgeApi } from "./cadforgeApi";
import { CurriculumLauncher } from "./CurriculumView";
import { readEmbedOrigins } from "./embedOrigins";
import { startMessageBridge } from "./messageBridge";
import { pageScorer } from "./pageScorer";
import { SessionHistory } from "./sessionHistory";

/**
 * The page's agent surface: `window.cadforge`, the iframe bridge and the curriculum view. Loaded
 * after the workbench so none of it stands between the page and its first model.
 */
export function installAgent(store: WorkbenchStore): void {
  const history = new SessionHistory();
  const { tasks, timeLimitMs, workBudget } = store.getState();
  const options: EnvironmentOptions = {
    tasks: tasks.filter((t) => t.reference.trim() !== ""),
    // The agent's steps share one scoring worker of their own, whichever surface they come from.
    score: pageScorer(() => new CadWorkerClient({ spawn: spawnCadWorker, timeLimitMs, workBudget }), () => store.getState().timeLimitMs),
    onStep: ({ code, result }) => history.add("agent", code, result),
  };
  const briefs = new Map(tasks.map((t) => [t.id, t.prompt]));

  let lastScore: ScoreResult | null = null;
  store.subscribe(() => {
    const { score, code } = store.getState();
    if (score && score !== lastScore) history.add("editor", code, score);
    lastScore = score;
  });

  const { origins, problems } = readEmbedOrigins(location.search, location.origin);
  problems.forEach((problem) => store.notice(problem));
  const bridge = startMessageBridge(origins, options);
  window.cadforge = cadforgeApi(new CadEnvironment(options), () => buildCurriculum(history.rollouts(), briefs), bridge);

  const host = document.createElement("div");
  host.className = "agent-host";
  document.body.appendChild(host);
  createRoot(host).render(createElement(CurriculumLauncher, { history, briefs }));
}
