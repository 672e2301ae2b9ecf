/**
 * When an episode ends. The one place these live; docs and the README quote them.
 *
 * DONE_TOTAL: the catalogue's references total 0.98-1.00 in fast mode, while the last step of
 * each repair trajectory that still lacks one feature totals 0.76-0.96 (most under 0.95). At 0.95
 * an episode ends on a model as good as the reference, not on one that is nearly there.
 *
 * MAX_STEPS: the catalogue's trajectories go from the seed to the reference in 3-4 edits, one of
 * them sometimes a failed build; 12 steps allow three times that before giving up, which is also
 * the seed environment's limit, so episode lengths stay comparable with its logs.
 */
export const DONE_TOTAL = 0.95;
export const MAX_STEPS = 12;
