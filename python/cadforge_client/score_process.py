"""One long-lived ``cadforge score --jsonl -`` process, shared by every caller in this Python process.

Each request is a JSON line with an id of its own; the answer carries the id back, so callers on
several threads, or several coroutines of TRL's concurrent reward calls, never receive each other's
answers. The process scores lines as they arrive, side by side on its pool, and answers each as
soon as it and every line sent before it are done.
"""

from __future__ import annotations

import collections
import itertools
import json
import os
import signal
import subprocess
import threading
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any, Sequence

from .errors import CadforgeError

# A request whose process died is sent once more to a fresh one: a process can die of something
# unrelated (a signal, the OOM killer). Dying twice with it means the setup is broken, not the line.
MAX_ATTEMPTS = 2
STDERR_TAIL_LINES = 40


@dataclass
class _Request:
    id: str
    line: str
    future: Future = field(default_factory=Future)
    attempts: int = 0


@dataclass
class _Run:
    """One started process and the requests it holds."""

    proc: subprocess.Popen
    pending: dict[str, _Request] = field(default_factory=dict)
    stderr_tail: collections.deque = field(default_factory=lambda: collections.deque(maxlen=STDERR_TAIL_LINES))
    stderr_reader: threading.Thread | None = None
    finished: bool = False
    closing: bool = False


class ScoreProcess:
    """Starts the process on the first request, restarts it when it has died, closes it on ``close``."""

    def __init__(self, command: Sequence[str], cwd: str | None = None):
        self._command = list(command)
        self._cwd = cwd
        self._lock = threading.Lock()
        self._run: _Run | None = None
        self._ids = itertools.count(1)
        self.starts = 0

    @property
    def pid(self) -> int | None:
        """The current process's id (its process group's too), or None before the first request and after ``close``."""
        run = self._run
        return run.proc.pid if run else None

    def submit(self, task_id: Any, code: str, mode: str | None = None) -> Future:
        """Sends one candidate; the future gives the answer line as a dict (a ScoreResult with id and line, or an error line)."""
        request_id = f"py{next(self._ids)}"
        record = {"id": request_id, "task_id": task_id, "code": code}
        if mode is not None:
            record["mode"] = mode
        request = _Request(request_id, json.dumps(record, default=str) + "\n")
        with self._lock:
            self._send(request)
        return request.future

    @staticmethod
    def total(answer: dict) -> float | None:
        """The reward total of an answer line; None for a line that could not be scored (unknown task...)."""
        reward = answer.get("reward")
        return float(reward["total"]) if isinstance(reward, dict) and "total" in reward else None

    def close(self, timeout_s: float = 30.0) -> None:
        """Ends input so the process answers what it holds and exits; kills it if it does not. A
        later request starts a new process."""
        with self._lock:
            run, self._run = self._run, None
            if run is None:
                return
            run.closing = True
        try:
            run.proc.stdin.close()
        except OSError:
            pass
        try:
            run.proc.wait(timeout_s)
        except subprocess.TimeoutExpired:
            _kill(run.proc)
            run.proc.wait()

    def _send(self, request: _Request) -> None:
        """Writes the request to a live process, starting one if needed. Called with the lock held."""
        run = self._run
        if run is None or run.finished or run.proc.poll() is not None:
            try:
                run = self._run = self._start()
            except OSError as error:
                request.future.set_exception(CadforgeError(f"cannot start {' '.join(self._command)}: {error}"))
                return
        run.pending[request.id] = request
        try:
            run.proc.stdin.write(request.line)
            run.proc.stdin.flush()
        except (OSError, ValueError):
            # The process is going: its reader sees the end of output and sends the request again.
            _kill(run.proc)

    def _start(self) -> _Run:
        proc = subprocess.Popen(
            self._command,
            cwd=self._cwd,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            encoding="utf-8",
            # npx runs node in a child of its own: a group of their own lets _kill end both, and
            # keeps the trainer's Ctrl-C from killing candidates mid-batch before close() runs.
            start_new_session=True,
        )
        self.starts += 1
        run = _Run(proc)
        # The stderr reader starts first: the answers reader joins it when the process ends, which may be at once.
        run.stderr_reader = threading.Thread(target=self._read_stderr, args=(run,), name=f"cadforge-stderr-{proc.pid}", daemon=True)
        run.stderr_reader.start()
        threading.Thread(target=self._read_answers, args=(run,), name=f"cadforge-answers-{proc.pid}", daemon=True).start()
        return run

    def _read_answers(self, run: _Run) -> None:
        # Whatever ends the reading, the requests still held must be answered or sent again:
        # a caller waits on each of them.
        try:
            for line in run.proc.stdout:
                answer = _answer_of(line)
                if answer is None:
                    continue
                with self._lock:
                    request = run.pending.pop(str(answer.get("id")), None)
                if request is not None:
                    request.future.set_result(answer)
        finally:
            run.proc.stdout.close()
            run.proc.wait()
            run.stderr_reader.join(timeout=5)
            self._process_ended(run)

    def _process_ended(self, run: _Run) -> None:
        failed: list[tuple[_Request, str]] = []
        with self._lock:
            run.finished = True
            try:
                run.proc.stdin.close()
            except OSError:
                pass  # the pipe's last write failed with the process; nothing is lost
            orphans = list(run.pending.values())
            run.pending.clear()
            for request in orphans:
                request.attempts += 1
                if run.closing:
                    failed.append((request, "it was closed"))
                elif request.attempts >= MAX_ATTEMPTS:
                    failed.append((request, f"it exited with status {run.proc.returncode}"))
                else:
                    self._send(request)
        tail = "".join(run.stderr_tail).strip()
        for request, why in failed:
            message = f"the cadforge process ended before answering ({why})"
            request.future.set_exception(CadforgeError(message + (f"; its stderr ended with:\n{tail}" if tail else "")))

    @staticmethod
    def _read_stderr(run: _Run) -> None:
        # Drained so the process never blocks on a full pipe; the tail explains a death.
        for line in run.proc.stderr:
            run.stderr_tail.append(line)
        run.proc.stderr.close()


def _answer_of(line: str) -> dict | None:
    """An answer line as a dict; None for anything else (stdout carries answers only, but a
    stray line must not stop the reading)."""
    try:
        answer = json.loads(line)
    except ValueError:
        return None
    return answer if isinstance(answer, dict) else None


def _kill(proc: subprocess.Popen) -> None:
    """Kills the process and what it started: killing npx alone would leave node serving the pipe."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
