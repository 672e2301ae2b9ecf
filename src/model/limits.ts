/**
 * The limits a candidate runs under, the same in the page and in Node (README, "Work budget").
 *
 * DEFAULT_WORK_BUDGET, in work units (`src/kernel/workMeter.ts`): what a build may do before it
 * is stopped as `timeout`. Counted, not timed, so the same code stops at the same point under
 * any load. The heaviest bundled design (a one-piece drone frame from the blind set) takes about
 * 15,300 units and the heaviest reference about 3,100; 30,000 leaves room for twice the first.
 *
 * DEFAULT_BACKSTOP_MS: the wall clock's limit on a whole build and score, for what no count sees
 * (one kernel call that runs for minutes, a native method that never returns). Far above the
 * budget: a build that uses the whole budget takes about 30 s on a quiet machine, so even with
 * the cores taken many times over it is the budget, not the clock, that stops it.
 */
export const DEFAULT_WORK_BUDGET = 30_000;
export const DEFAULT_BACKSTOP_MS = 300_000;
