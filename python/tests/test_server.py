"""``cadforge serve`` as OpenEnv's ``EnvClient`` and the reward function's HTTP path use it.

The test starts ``npx cadforge serve --port <free port>`` itself and speaks the wire protocol of
openenv-core's ``EnvClient`` (``src/openenv/core/env_client.py``): a WebSocket on ``/ws``, JSON
messages ``{"type": "reset" | "step" | "state" | "close", "data": ...}``, answers
``{"type": "observation" | "state" | "error", "data": ...}``. It uses Debian's
``python3-websockets`` (``.ci/run`` installs it) and skips only when this checkout's ``cadforge``
does not know the ``serve`` command yet (``cadforge help`` does not list it; ``--help`` would
reach npx, not cadforge).
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import tempfile
import time
import unittest
import urllib.request

import websockets

from support import CONFIG, GOOD, PROSE, REPO_ROOT, SYNTAX_ERROR, TASK, cadforge_command, fenced, score_files
from cadforge_client import CadforgeConfig, cadforge_reward
from cadforge_client.reward import close_all

START_LIMIT_S = 120


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class CadforgeServe(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        usage = subprocess.run(cadforge_command("help"), cwd=REPO_ROOT, capture_output=True, text=True, check=True).stdout
        if "cadforge serve" not in usage:
            raise unittest.SkipTest('this checkout\'s cadforge has no "serve" command yet (issue 13): nothing to play an episode with')
        port = free_port()
        cls.url = f"http://127.0.0.1:{port}"
        # Its output goes to a file nobody has to drain, read back if it fails to start.
        cls.log = tempfile.TemporaryFile("w+")
        # A group of its own, so stopping it stops node too and not only npx.
        cls.server = subprocess.Popen(cadforge_command("serve", "--port", str(port), "--workers", "2"), cwd=REPO_ROOT, stdout=cls.log, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + START_LIMIT_S
        while time.monotonic() < deadline:
            if cls.server.poll() is not None:
                cls.log.seek(0)
                raise AssertionError(f"cadforge serve exited with status {cls.server.returncode}: {cls.log.read()}")
            try:
                with urllib.request.urlopen(cls.url + "/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                time.sleep(0.5)
        else:
            cls.stop_server()
            raise AssertionError(f"cadforge serve did not answer /health within {START_LIMIT_S} s")
        cls.expected_good, cls.expected_syntax, cls.expected_prose = score_files([(GOOD, "fast"), (SYNTAX_ERROR, "fast"), (PROSE, "fast")])

    @classmethod
    def tearDownClass(cls):
        close_all()
        cls.stop_server()

    @classmethod
    def stop_server(cls):
        os.killpg(cls.server.pid, signal.SIGTERM)
        try:
            cls.server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(cls.server.pid, signal.SIGKILL)
            cls.server.wait()
        cls.log.close()

    def test_an_episode_over_the_websocket(self):
        asyncio.run(self.play_episode())

    async def play_episode(self):
        ws_url = self.url.replace("http://", "ws://") + "/ws"
        async with websockets.connect(ws_url, max_size=100 * 1024 * 1024) as ws:

            async def ask(message):
                await ws.send(json.dumps(message))
                return json.loads(await asyncio.wait_for(ws.recv(), timeout=300))

            reset = await ask({"type": "reset", "data": {"task_id": TASK, "mode": "fast"}})
            self.assertEqual(reset["type"], "observation", reset)
            observation = reset["data"]["observation"]
            self.assertEqual(observation["task_id"], TASK)
            self.assertTrue(observation["task_brief"])
            self.assertFalse(reset["data"]["done"])

            broken = await ask({"type": "step", "data": {"task_id": TASK, "code": SYNTAX_ERROR}})
            self.assertEqual(broken["type"], "observation", broken)
            self.assertEqual(broken["data"]["reward"], self.expected_syntax)
            self.assertFalse(broken["data"]["done"])
            self.assertEqual(broken["data"]["observation"]["current_code"], SYNTAX_ERROR)

            good = await ask({"type": "step", "data": {"task_id": TASK, "code": GOOD}})
            self.assertEqual(good["data"]["reward"], self.expected_good)
            self.assertEqual(good["data"]["done"], self.expected_good >= 0.95)
            self.assertTrue(good["data"]["observation"]["notes"] is not None)

            state = await ask({"type": "state"})
            self.assertEqual(state["type"], "state", state)
            self.assertEqual(state["data"]["step_count"], 2)
            self.assertEqual(state["data"]["task_id"], TASK)
            self.assertTrue(state["data"]["episode_id"])

            # A bad message is an error answer; the session goes on as it was.
            for message, code in (("{not json", "INVALID_JSON"), (json.dumps({"type": "dance"}), "UNKNOWN_TYPE"), (json.dumps({"type": "step", "data": {"task_id": TASK, "code": 42}}), "VALIDATION_ERROR")):
                await ws.send(message)
                error = json.loads(await asyncio.wait_for(ws.recv(), timeout=60))
                self.assertEqual((error["type"], error["data"]["code"]), ("error", code), error)
                self.assertTrue(error["data"]["message"])
            self.assertEqual((await ask({"type": "state"}))["data"]["step_count"], 2)

            await ws.send(json.dumps({"type": "close"}))
            with self.assertRaises(websockets.ConnectionClosed):
                await asyncio.wait_for(ws.recv(), timeout=30)

    def test_the_reward_function_through_the_server(self):
        through_server = CadforgeConfig(server_url=self.url)
        completions = [fenced(GOOD), PROSE, [{"role": "assistant", "content": SYNTAX_ERROR}], GOOD]
        totals = cadforge_reward(completions=completions, task_id=[TASK, TASK, TASK, "no_such_task"], cadforge_config=through_server)
        self.assertEqual(totals, [self.expected_good, self.expected_prose, self.expected_syntax, through_server.failure_floor])
        self.assertEqual(totals[:3], cadforge_reward(completions=completions[:3], task_id=[TASK] * 3, cadforge_config=CONFIG))


if __name__ == "__main__":
    unittest.main()
