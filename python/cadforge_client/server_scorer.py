"""Scoring through a running ``cadforge serve`` (or any deployment of it, such as a Space).

OpenEnv's ``POST /step`` is stateless: the action names its task, so one request scores one
candidate and requests of a batch run side by side. The step answer's ``reward`` is the total.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from .errors import CadforgeError


class ServerScorer:
    def __init__(self, url: str, concurrency: int = 8, timeout_s: float = 600.0):
        self._url = url.rstrip("/") + "/step"
        self._timeout_s = timeout_s
        self._executor = ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="cadforge-http")

    def submit(self, task_id: Any, code: str, mode: str | None = None) -> Future:
        """The future gives the step answer ``{"observation", "reward", "done"}``, or ``{"error"}`` for a refused action."""
        action = {"task_id": task_id, "code": code}
        if mode is not None:
            action["mode"] = mode
        return self._executor.submit(self._post, json.dumps({"action": action}, default=str).encode("utf-8"))

    @staticmethod
    def total(answer: dict) -> float | None:
        reward = answer.get("reward")
        return float(reward) if isinstance(reward, (int, float)) and not isinstance(reward, bool) else None

    def close(self) -> None:
        self._executor.shutdown(wait=True)

    def _post(self, body: bytes) -> dict:
        request = urllib.request.Request(self._url, data=body, method="POST", headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=self._timeout_s) as response:
                return json.loads(response.read())
        except urllib.error.HTTPError as error:
            # A refused action (unknown task, a field the server rejects) is the candidate's answer;
            # a server that fails is not, and the batch must not go on as if it had scored.
            if 400 <= error.code < 500:
                return {"error": f"HTTP {error.code}: {error.read().decode('utf-8', 'replace')[:500]}"}
            raise CadforgeError(f"{self._url} answered HTTP {error.code}") from error
        except (urllib.error.URLError, OSError, ValueError) as error:
            raise CadforgeError(f"cannot score through {self._url}: {error}") from error
