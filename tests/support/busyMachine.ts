import { spawn, type ChildProcess } from "node:child_process";
import { availableParallelism } from "node:os";

/** Processes that keep every core busy, as a training machine's other work does. */
export interface BusyMachine {
  /** How many busy processes run. */
  processes: number;
  stop(): Promise<void>;
}

/**
 * Starts `timesCores` times as many spinning processes as the machine has cores, each a plain
 * Node loop at normal priority. `stop` ends them all; they also end with the process that started
 * them, since each watches its parent.
 */
export function startBusyMachine(timesCores = 4): BusyMachine {
  const count = timesCores * availableParallelism();
  // Each child checks its parent every 0.5 s of spinning, so a crashed test leaves no spinners behind.
  const spin = `const parent = ${process.pid}; let t = Date.now(); for (;;) { if (Date.now() - t > 500) { t = Date.now(); try { process.kill(parent, 0); } catch { process.exit(0); } } }`;
  const children: ChildProcess[] = Array.from({ length: count }, () => spawn(process.execPath, ["-e", spin], { stdio: "ignore" }));
  return {
    processes: count,
    async stop() {
      await Promise.all(
        children.map(
          (child) =>
            new Promise<void>((resolve) => {
              if (child.exitCode !== null || child.signalCode !== null) return resolve();
              child.once("exit", () => resolve());
              child.kill("SIGKILL");
            }),
        ),
      );
    },
  };
}
