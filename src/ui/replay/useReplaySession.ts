import { useEffect, useState } from "react";
import type { Task } from "../../tasks/types";
import { CadWorkerClient } from "../../worker/cadWorkerClient";
import { spawnCadWorker } from "../../worker/spawnCadWorker";
import { ReplaySession } from "./replaySession";

/**
 * The replay's session, created the first time a replay or the tour is shown (its workers start
 * then, not with the editor) and kept for the page's life.
 */
export function useReplaySession(tasks: Task[], needed: boolean): ReplaySession | null {
  const [session, setSession] = useState<ReplaySession | null>(null);
  if (needed && !session) setSession(new ReplaySession(tasks, (options) => new CadWorkerClient({ spawn: spawnCadWorker, ...options })));
  useEffect(() => () => session?.dispose(), [session]);
  return session;
}
