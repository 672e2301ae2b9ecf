export * from "./failure";
export * from "./loadKernel";
export { KernelCallError, type OperationCounter, type UserReplicad } from "./instrumentReplicad";
export { compileUserCode, normaliseSource, type CompiledProgram, type Params, type ParamValue } from "./compileUserCode";
export { buildModel, isRealmPoisoned, mergeParams, type BuiltModel, type BuildOutcome, type LogEntry } from "./buildModel";
export type { BuiltPart } from "./normaliseResult";
export { meshModel, meshPart, meshQualityFor, meshBuffers, partBounds, type ModelMesh, type PartMesh, type MeshQuality } from "./meshPart";
export { exportSTL, exportSTEPFile } from "./exportModel";
export { WasmScope } from "./wasmScope";
