/** Why a build did not produce a usable model. The scorer, the UI and the CLI share this list. */
export type FailureClass =
  | "syntax"
  | "missing_main"
  | "invalid_return"
  | "undefined_name"
  | "invented_api"
  | "kernel_error"
  | "timeout"
  | "empty_shape"
  | "degenerate_shape"
  | "out_of_memory";

export const FAILURE_CLASSES: readonly FailureClass[] = [
  "syntax",
  "missing_main",
  "invalid_return",
  "undefined_name",
  "invented_api",
  "kernel_error",
  "timeout",
  "empty_shape",
  "degenerate_shape",
  "out_of_memory",
];

/** A build failure as it crosses every boundary: plain data, lines and columns 1-based in the user's source. */
export interface BuildFailure {
  class: FailureClass;
  message: string;
  line: number | null;
  column: number | null;
  /** The replicad operation that failed, when a kernel call is to blame. */
  operation: string | null;
  /**
   * On a `timeout` only: false when the build used up its work budget (the same code stops the
   * same way on any machine, under any load), true when the wall-clock backstop stopped it
   * (a machine too busy, or work no budget counts): a pipeline may retry those.
   */
  wall_clock?: boolean;
}
