"""The TRL reward functions against the real ``cadforge score --jsonl -`` process and kernel."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import unittest

from support import CONFIG, GOOD, PROSE, SYNTAX_ERROR, TASK, THROWS, fenced, process_group_alive, score_files
from cadforge_client import CadforgeConfig, CadforgeError, cadforge_reward, cadforge_reward_async, scorer_for
from cadforge_client.reward import close_all


def reward(completions, task_ids=None, **columns):
    return cadforge_reward(prompts=["Design a caster."] * len(completions), completions=completions, task_id=task_ids or [TASK] * len(completions), cadforge_config=CONFIG, **columns)


class CadforgeReward(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        candidates = {"good": (GOOD, "fast"), "syntax": (SYNTAX_ERROR, "fast"), "throws": (THROWS, "fast"), "prose": (PROSE, "fast"), "good_full": (GOOD, "full")}
        cls.expected = dict(zip(candidates, score_files(list(candidates.values()))))

    @classmethod
    def tearDownClass(cls):
        close_all()

    def test_a_mixed_batch_scores_as_cadforge_score_does(self):
        e = self.expected
        chat = [{"role": "assistant", "content": fenced(GOOD, "typescript")}]
        batch = [
            (fenced(GOOD), e["good"]),
            (GOOD, e["good"]),
            (chat, e["good"]),
            (fenced(SYNTAX_ERROR, "javascript"), e["syntax"]),
            ([{"role": "assistant", "content": THROWS}], e["throws"]),
            (PROSE, e["prose"]),
            (fenced(GOOD, ""), e["good"]),
        ]
        self.assertEqual(reward([c for c, _ in batch]), [total for _, total in batch])
        self.assertGreater(e["good"], 0.5)
        self.assertEqual(e["syntax"], -1)
        self.assertLess(max(e["throws"], e["prose"]), 0)

    def test_rows_that_cannot_be_scored_get_the_floor_and_the_batch_goes_on(self):
        with self.assertLogs("cadforge_client", logging.WARNING) as logs:
            totals = reward([GOOD, GOOD, GOOD], task_ids=[TASK, "no_such_task", None])
        self.assertEqual(totals, [self.expected["good"], -1.0, -1.0])
        self.assertTrue(any('unknown task_id "no_such_task"' in line for line in logs.output), logs.output)

    def test_a_mode_column_chooses_the_mode_row_by_row(self):
        self.assertEqual(reward([GOOD, GOOD], mode=["full", "fast"]), [self.expected["good_full"], self.expected["good"]])

    def test_the_process_is_reused_across_calls(self):
        reward([GOOD])
        scorer = scorer_for(CONFIG)
        pid, starts = scorer.pid, scorer.starts
        reward([PROSE, GOOD])
        self.assertEqual((scorer.pid, scorer.starts), (pid, starts))

    def test_a_killed_process_is_restarted(self):
        reward([PROSE])
        scorer = scorer_for(CONFIG)
        pid, starts = scorer.pid, scorer.starts
        os.killpg(pid, signal.SIGKILL)
        self.assertEqual(reward([GOOD, PROSE]), [self.expected["good"], self.expected["prose"]])
        self.assertEqual(scorer.starts, starts + 1)
        self.assertNotEqual(scorer.pid, pid)

    def test_a_batch_the_process_dies_under_is_scored_by_the_next(self):
        reward([PROSE])
        scorer = scorer_for(CONFIG)
        futures = [scorer.submit(TASK, code) for code in (GOOD, THROWS)]
        os.killpg(scorer.pid, signal.SIGKILL)
        self.assertEqual([scorer.total(f.result(timeout=300)) for f in futures], [self.expected["good"], self.expected["throws"]])

    def test_async_calls_side_by_side_get_their_own_answers(self):
        async def both():
            return await asyncio.gather(
                cadforge_reward_async(completions=[GOOD, PROSE, SYNTAX_ERROR], task_id=[TASK] * 3, cadforge_config=CONFIG),
                cadforge_reward_async(completions=[THROWS, fenced(GOOD)], task_id=[TASK] * 2, cadforge_config=CONFIG),
            )

        e = self.expected
        first, second = asyncio.run(both())
        self.assertEqual(first, [e["good"], e["prose"], e["syntax"]])
        self.assertEqual(second, [e["throws"], e["good"]])

    def test_close_ends_the_process(self):
        own = CadforgeConfig(cwd=CONFIG.cwd, workers=1)
        cadforge_reward(completions=[PROSE], task_id=[TASK], cadforge_config=own)
        scorer = scorer_for(own)
        pid = scorer.pid
        scorer.close()
        self.assertFalse(process_group_alive(pid))



class AnUnreachableScorer(unittest.TestCase):
    """Only the scorer's own failure raises, and it says why, never a made-up reward."""

    def test_a_command_that_cannot_start(self):
        missing = CadforgeConfig(command=("/no/such/cadforge",))
        with self.assertRaisesRegex(CadforgeError, "cannot start /no/such/cadforge"):
            cadforge_reward(completions=[GOOD], task_id=[TASK], cadforge_config=missing)

    def test_a_process_that_dies_at_once_twice(self):
        dies = CadforgeConfig(command=("sh", "-c", "echo cadforge is not here >&2; exit 3", "sh"))
        with self.assertRaisesRegex(CadforgeError, "(?s)exited with status 3.*cadforge is not here"):
            cadforge_reward(completions=[GOOD], task_id=[TASK], cadforge_config=dies)
        self.assertEqual(scorer_for(dies).starts, 2)

    def test_a_server_that_is_not_there(self):
        nowhere = CadforgeConfig(server_url="http://127.0.0.1:9")
        with self.assertRaisesRegex(CadforgeError, "cannot score through http://127.0.0.1:9/step"):
            cadforge_reward(completions=[GOOD], task_id=[TASK], cadforge_config=nowhere)

    @classmethod
    def tearDownClass(cls):
        close_all()


if __name__ == "__main__":
    unittest.main()
