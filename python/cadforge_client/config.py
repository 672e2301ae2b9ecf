"""Where and how candidates are scored; read from ``CADFORGE_*`` environment variables by default."""

from __future__ import annotations

import os
import shlex
from dataclasses import dataclass, fields


@dataclass(frozen=True)
class CadforgeConfig:
    """Frozen, so it is hashable (one scorer per distinct configuration) and picklable with a ``functools.partial``."""

    # ``--no``: never let npx download some other package called cadforge when none is installed.
    command: tuple[str, ...] = ("npx", "--no", "cadforge")
    """The ``cadforge`` command; ``score --jsonl -`` and the options below are appended."""
    cwd: str | None = None
    """Where to run it: a CADForge checkout or a project that depends on it (default: the current directory)."""
    workers: int | None = None
    """Pool threads of the process (default: the CLI's, one per core, at most 8); with ``server_url``, concurrent requests (default 8)."""
    mode: str | None = None
    """``fast`` or ``full`` (default ``fast``); a ``mode`` dataset column overrides it row by row."""
    budget: int | None = None
    """Work budget of a candidate in work units (default: the CLI's, 30,000)."""
    timeout_ms: int | None = None
    """Wall-clock backstop of a candidate in ms (default: the CLI's, 300,000)."""
    server_url: str | None = None
    """A running ``cadforge serve`` (``http://host:port``): score through its ``POST /step`` instead of a process."""
    failure_floor: float = -1.0
    """The reward of a row that cannot be scored at all (unknown task_id): the lowest total a candidate can get."""

    def score_command(self) -> list[str]:
        command = [*self.command, "score", "--jsonl", "-"]
        for flag, value in (("--workers", self.workers), ("--mode", self.mode), ("--budget", self.budget), ("--timeout", self.timeout_ms)):
            if value is not None:
                command += [flag, str(value)]
        return command

    @classmethod
    def from_env(cls, environ: dict | None = None) -> CadforgeConfig:
        """``CADFORGE_COMMAND`` (split like a shell), ``CADFORGE_CWD``, ``CADFORGE_WORKERS``,
        ``CADFORGE_MODE``, ``CADFORGE_BUDGET``, ``CADFORGE_TIMEOUT_MS``, ``CADFORGE_URL``."""
        env = os.environ if environ is None else environ
        values: dict = {}
        if env.get("CADFORGE_COMMAND"):
            values["command"] = tuple(shlex.split(env["CADFORGE_COMMAND"]))
        for name, key, kind in (
            ("cwd", "CADFORGE_CWD", str),
            ("workers", "CADFORGE_WORKERS", int),
            ("mode", "CADFORGE_MODE", str),
            ("budget", "CADFORGE_BUDGET", int),
            ("timeout_ms", "CADFORGE_TIMEOUT_MS", int),
            ("server_url", "CADFORGE_URL", str),
        ):
            if env.get(key):
                values[name] = kind(env[key])
        return cls(**values)


FIELD_NAMES = frozenset(f.name for f in fields(CadforgeConfig))
