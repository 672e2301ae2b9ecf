export { readRolloutRow, fencedCode, MAX_LINE_CHARS, type RolloutRow, type RolloutLineError } from "./rolloutRow";
export { RolloutReader, readRollouts, type RolloutEpisode, type RolloutFile } from "./rolloutReader";
export { resultsJsonl, type StepResult } from "./resultsJsonl";
