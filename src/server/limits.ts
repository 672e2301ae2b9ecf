/**
 * The server's own limits; the candidate's (work budget, backstop) are `src/model/limits.ts`'s.
 *
 * MAX_CODE_CHARS: the largest design in the repository (references, blind set) is about 6,300
 * characters; 100,000 leaves sixteen times that for a verbose model and stops a client from
 * making the scorer parse megabytes.
 *
 * MAX_MESSAGE_BYTES: a WebSocket message or HTTP body. Code at its limit, every character
 * escaped as `\uXXXX` (6 bytes), is 600,000 bytes; 1 MiB holds that and the other fields, so a
 * message is never refused for size when its code is within limits.
 *
 * DEFAULT_MAX_SESSIONS: a session holds a few kilobytes (its episode), not a thread: candidates
 * of all sessions share the worker pool and wait their turn. Each session has at most one step
 * waiting, so the bound also bounds the queue. 64 covers a GRPO batch of 8 prompts x 8
 * generations, each its own episode.
 *
 * DEFAULT_IDLE_TIMEOUT_MS: between two steps a trainer generates the next completion, which can
 * take minutes for a long one on a busy GPU; 15 minutes is well past that, and a crashed
 * trainer's sessions come back within a quarter of an hour. A step being scored is never idle.
 *
 * MAX_PENDING_MESSAGES: a client may send messages without waiting for answers (they are
 * answered in order); past this many unanswered, the server stops reading its socket until it
 * catches up, so a flood costs TCP buffers, not server memory.
 */
export const MAX_CODE_CHARS = 100_000;
export const MAX_MESSAGE_BYTES = 1024 * 1024;
export const DEFAULT_MAX_SESSIONS = 64;
export const DEFAULT_IDLE_TIMEOUT_MS = 15 * 60_000;
export const MAX_PENDING_MESSAGES = 16;
/** OpenEnv's own limit on `episode_id` and `request_id` (its `ResetRequest` and `StepRequest`). */
export const MAX_ID_CHARS = 255;
