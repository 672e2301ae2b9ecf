"""Scoring through a running ``cadforge serve`` (or any deployment of it, such as a Space).

OpenEnv's ``POST /step`` is stateless: the action names its task, so one request scores one
candidate and requests of a batch run side by side. The step answer's ``reward`` is the total.
The action has no mode: the server scores in its own (fast).
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from .errors import CadforgeError

# A full server (503, every session slot taken by other clients) is waited for, not failed:
# slots free as their candidates finish. Waits double from the first to the last.
CAPACITY_WAITS_S = (0.5, 1, 2, 4, 8, 16, 32)


class ServerScorer:
    def __init__(self, url: str, concurrency: int = 8, timeout_s: float = 600.0):
        self._url = url.rstrip("/") + "/step"
        self._timeout_s = timeout_s
        self._executor = ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="cadforge-http")

    def submit(self, task_id: Any, code: str, mode: str | None = None) -> Future:
        """The future gives the step answer ``{"observation", "reward", "done"}``, or ``{"error"}``
        for an action the server refuses. ``mode`` is not sent (see the module's docstring)."""
        body = json.dumps({"action": {"task_id": task_id, "code": code}}, default=str).encode("utf-8")
        return self._executor.submit(self._post, body)

    @staticmethod
    def total(answer: dict) -> float | None:
        reward = answer.get("reward")
        return float(reward) if isinstance(reward, (int, float)) and not isinstance(reward, bool) else None

    def close(self) -> None:
        self._executor.shutdown(wait=True)

    def _post(self, body: bytes) -> dict:
        waits = iter(CAPACITY_WAITS_S)
        while True:
            request = urllib.request.Request(self._url, data=body, method="POST", headers={"Content-Type": "application/json"})
            try:
                with urllib.request.urlopen(request, timeout=self._timeout_s) as response:
                    return json.loads(response.read())
            except urllib.error.HTTPError as error:
                detail = error.read().decode("utf-8", "replace")[:500]
                # A refused action (unknown task, code over the server's size limit) is the
                # candidate's answer; a server that fails is not, and the batch must not go on
                # as if it had scored.
                if 400 <= error.code < 500:
                    return {"error": f"HTTP {error.code}: {detail}"}
                wait_s = next(waits, None) if error.code == 503 else None
                if wait_s is None:
                    raise CadforgeError(f"{self._url} answered HTTP {error.code}: {detail}") from error
                time.sleep(wait_s)
            except (urllib.error.URLError, OSError, ValueError) as error:
                raise CadforgeError(f"cannot score through {self._url}: {error}") from error
