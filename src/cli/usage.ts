export const USAGE = `usage:
  cadforge tasks
      the task ids, one a line
  cadforge score --task <id> [--mode fast|full] [--timeout <ms>] <file>
      scores one candidate file and prints the result JSON
  cadforge score --jsonl <file|-> [--workers N] [--out <file>] [--mode fast|full] [--timeout <ms>]
      scores {"id"?, "task_id", "code"} lines; one result line per input line, in input order
  cadforge env [--timeout <ms>]
      agent environment: JSON requests on stdin ({"op": "tasks" | "reset" | "step" | "state", ...}), one answer a line
  cadforge curriculum <rollouts.jsonl|-> [--out <file>]
      repair prompts (JSONL, heaviest first) from scored rollouts

exit status: 0 when every candidate was scored (a failed build is a score), 2 for usage errors`;
