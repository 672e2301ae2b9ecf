export { buildCurriculum, curriculumJsonl, type Curriculum, type TaskTally } from "./curriculum";
export { classify, REPAIR_CLASSES, WEAK_THRESHOLDS, type Classification, type RepairClass, type WeakClass } from "./classify";
export { ADVICE } from "./advice";
export { parseRollouts, type Rollout, type RolloutLineError } from "./rollout";
export { repairWeight } from "./weigh";
export type { RepairPrompt } from "./repairPrompt";
