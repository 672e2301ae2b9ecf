import { DEFAULT_BACKSTOP_MS, DEFAULT_WORK_BUDGET } from "../model/limits";
import { DEFAULT_IDLE_TIMEOUT_MS, DEFAULT_MAX_SESSIONS } from "../server/limits";

export const USAGE = `usage:
  cadforge tasks
      the task ids, one a line
  cadforge score --task <id> [--mode fast|full] [--lang auto|javascript|python] [--budget <units>] [--timeout <ms>] <file>
      scores one candidate file and prints the result JSON
  cadforge score --jsonl <file|-> [--workers N] [--out <file>] [--mode fast|full] [--lang auto|javascript|python] [--budget <units>] [--timeout <ms>]
      scores {"id"?, "task_id", "code", "mode"?, "lang"?} lines; one result line per input line, in input order
  cadforge env [--budget <units>] [--timeout <ms>]
      agent environment: JSON requests on stdin ({"op": "tasks" | "reset" | "step" | "state", ...}), one answer a line;
      a step's "lang" (auto, javascript, python) is its code's language, read from the code when left out
  cadforge serve [--host 127.0.0.1] [--port 8000] [--max-sessions N] [--workers N] [--idle-timeout <s>]
                 [--mode fast|full] [--budget <units>] [--timeout <ms>]
      OpenEnv server: WebSocket episodes at /ws, HTTP /reset /step /state /health /metadata /schema /mcp;
      at most ${DEFAULT_MAX_SESSIONS} sessions and idle ones closed after ${DEFAULT_IDLE_TIMEOUT_MS / 1000} s unless told otherwise
  cadforge curriculum <rollouts.jsonl|-> [--out <file>]
      repair prompts (JSONL, heaviest first) from scored rollouts

--lang: the candidates' language: replicad code (javascript) or CadQuery (python); auto, the default,
  reads it from each candidate (a line importing cadquery is Python)
--budget: the work a candidate's build may do, in work units (default ${DEFAULT_WORK_BUDGET}; loop turns,
  function calls and kernel operations count, the same on any machine under any load)
--timeout: the wall-clock backstop of one candidate, in ms (default ${DEFAULT_BACKSTOP_MS}), for what the
  budget cannot count; a candidate it stops fails as timeout with "wall_clock": true

exit status: 0 when every candidate was scored (a failed build is a score), 2 for usage errors`;
