const codeKey = (taskId: string) => `cadforge:code:${taskId}`;
const TASK_KEY = "cadforge:task";

/**
 * Per-task autosave in localStorage. Storage can be missing or full (private windows, quotas);
 * then edits live only in memory, which is the best the page can do.
 */
export const codeStorage = {
  load(taskId: string): string | null {
    try {
      return localStorage.getItem(codeKey(taskId));
    } catch {
      return null;
    }
  },
  save(taskId: string, code: string): void {
    try {
      localStorage.setItem(codeKey(taskId), code);
    } catch {
      // Quota or privacy mode: nothing to persist to.
    }
  },
  forget(taskId: string): void {
    try {
      localStorage.removeItem(codeKey(taskId));
    } catch {
      // As above.
    }
  },
  rememberTask(taskId: string): void {
    try {
      localStorage.setItem(TASK_KEY, taskId);
    } catch {
      // As above.
    }
  },
  lastTask(): string | null {
    try {
      return localStorage.getItem(TASK_KEY);
    } catch {
      return null;
    }
  },
};
