import type { BuildFailure } from "../model/buildFailure";
import type { Kernel } from "../kernel";
import { replicadPrototypes } from "../kernel/buildModel";
import { RealmGuard, type RealmCheck } from "../kernel/realmGuard";

// Captured before the worker's lockdown takes timers away from everyone else.
const later = globalThis.setTimeout.bind(globalThis);

/**
 * Runs one job (a build or a score) and checks the realm once everything the candidate queued
 * has run. The kernel's realm guard checks right after user code returns, but a chain of promise
 * callbacks started by that code runs on after the check, during the scoring of the same
 * candidate or the build of the next. Every microtask has run before the next task, so one task
 * later is when such changes show; they are undone here, and the job's result is replaced by a
 * failure, since it may have been computed in a realm the candidate had changed.
 */
export async function runSettled<T>(kernel: Kernel, job: () => Promise<T>): Promise<{ value: T; check: RealmCheck }> {
  const guard = new RealmGuard(replicadPrototypes(kernel.api));
  const value = await job();
  await new Promise((resolve) => later(resolve, 0));
  return { value, check: guard.restore() };
}

/** The failure a job becomes when its candidate changed built-ins after its own checks. */
export function deferredTamperingFailure(check: RealmCheck): BuildFailure {
  const names = check.tampered.slice(0, 5).join(", ") + (check.tampered.length > 5 ? `, and ${check.tampered.length - 5} more` : "");
  return {
    class: "kernel_error",
    message: `the code changed built-in objects or replicad after its build had returned (${names}), from work it left queued; a build may not modify them, and the changes were undone`,
    line: null,
    column: null,
    operation: null,
  };
}
