import type { Reward } from "../../scorer/types";
import { ADVICE } from "./advice";
import type { RepairClass } from "./classify";
import { codeExcerpt, errorTail } from "./excerpt";
import type { Rollout } from "./rollout";

/** One line of the curriculum's JSONL: everything a model needs to repair one rollout. */
export interface RepairPrompt {
  id: string;
  line: number;
  task_id: string;
  class: RepairClass;
  /** Every weakness found in the rollout, `class` first. */
  classes: RepairClass[];
  weight: number;
  previous_reward: Reward;
  /** A failed build: where it failed and the message's last lines. A weak build: the scorer's notes. */
  error_tail: string[];
  code_excerpt: string;
  advice: string;
  /** The above as one text, ready to send to a model. */
  prompt: string;
}

const MAX_NOTES = 12;

export function repairPrompt(rollout: Rollout, taskBrief: string, classes: RepairClass[], weight: number): RepairPrompt {
  const { result } = rollout;
  const failure = result.ok ? null : result.failure!;
  const where = failure?.line != null ? ` at line ${failure.line}${failure.column != null ? `, column ${failure.column}` : ""}` : "";
  const tail = failure ? [`${failure.class}${where}`, ...errorTail(failure.message)] : result.notes.slice(0, MAX_NOTES);
  const excerpt = codeExcerpt(rollout.code, failure?.line ?? null);
  const primary = classes[0];
  const advice = classes.map((c) => ADVICE[c]).join("\n");
  const reward = result.reward;
  const outcome = failure
    ? `did not build (${failure.class}) and totalled ${reward.total.toFixed(2)}`
    : `built and totalled ${reward.total.toFixed(2)} (semantic parts ${reward.semantic_parts.toFixed(2)}, contact ${reward.contact.toFixed(2)}, editability ${reward.editability.toFixed(2)})`;
  const prompt = [
    `Task ${rollout.task_id}: ${taskBrief}`,
    "",
    `Your previous attempt ${outcome}.`,
    "",
    failure ? "The error:" : "What the scorer found:",
    ...tail.map((l) => `  ${l}`),
    "",
    "Your previous code (excerpt; the numbers are line numbers, not code):",
    excerpt,
    "",
    "How to repair it:",
    advice,
    "",
    "Write the whole corrected file.",
  ].join("\n");
  return {
    id: rollout.id,
    line: rollout.line,
    task_id: rollout.task_id,
    class: primary,
    classes,
    weight,
    previous_reward: { ...reward },
    error_tail: tail,
    code_excerpt: excerpt,
    advice,
    prompt,
  };
}
