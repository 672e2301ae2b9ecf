export * from "./types";
export { scoreModel, scoreCandidate, type ScoreOptions } from "./scoreModel";
export { failureResult } from "./failureResult";
export { loadManifold } from "./geometry/manifold";
export { FAILURE_TOTALS, BUILT_FLOOR } from "./weights";
export type { ChecklistStatus } from "./types";
