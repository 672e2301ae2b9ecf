import type { Kernel } from "../kernel";
import { replicadPrototypes } from "../kernel/buildModel";
import { RealmGuard, type RealmCheck } from "../kernel/realmGuard";

// Captured before the worker's lockdown takes timers away from everyone else.
const later = globalThis.setTimeout.bind(globalThis);

/**
 * Runs one job (a build or a score) and checks the realm once everything the candidate queued
 * has run. The kernel's realm guard checks when user code returns and once more a task later,
 * inside each build; this check covers the whole job, scoring and its rebuilds included, so a
 * change that slipped between them is not carried into the next candidate. Changes are undone
 * here, and the job's result is replaced by a failure, since it may have been computed in a
 * realm the candidate had changed. Python's shared state is checked here too.
 */
export async function runSettled<T>(kernel: Kernel, job: () => Promise<T>): Promise<{ value: T; check: RealmCheck }> {
  const guard = new RealmGuard(replicadPrototypes(kernel.api));
  const value = await job();
  await new Promise((resolve) => later(resolve, 0));
  const check = guard.restore();
  // Python's state is checked here, once per job, not after every build: a score rebuilds its
  // candidate, and a candidate that changes what its own rebuilds see changes only its own result.
  const python = kernel.pythonChanges();
  return { value, check: python.length > 0 ? { ...check, python, poisoned: true } : check };
}
