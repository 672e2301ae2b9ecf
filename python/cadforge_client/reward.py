"""TRL reward functions: ``reward_funcs=[cadforge_reward]`` or ``[cadforge_reward_async]``.

Each completion's code (``extract.py`` says which) is scored for the task its row names, and its
reward is the ``total`` of the same result ``cadforge score`` gives. A bad completion never raises:
prose, an empty answer or broken code is scored as the failed build it is. A row whose ``task_id``
is unknown (or missing) gets the failure floor, -1 (the total of a syntax error, the lowest there
is): every completion of a GRPO group shares it, so the group's advantages are zero and the row
teaches nothing, and a warning names the task. Only an unreachable scorer raises
``CadforgeError``: training on made-up rewards would be worse than stopping.
"""

from __future__ import annotations

import asyncio
import atexit
import logging
import re
import threading
from concurrent.futures import Future
from typing import Any, Sequence

from .config import FIELD_NAMES, CadforgeConfig
from .errors import CadforgeError
from .extract import extract_code
from .score_process import ScoreProcess
from .server_scorer import ServerScorer

logger = logging.getLogger("cadforge_client")

_lock = threading.Lock()
_default_config: CadforgeConfig | None = None
_scorers: dict[CadforgeConfig, ScoreProcess | ServerScorer] = {}
_warned: set[str] = set()


def configure(**settings: Any) -> CadforgeConfig:
    """Sets the configuration ``cadforge_reward`` uses when given none (fields of ``CadforgeConfig``)."""
    global _default_config
    unknown = set(settings) - FIELD_NAMES
    if unknown:
        raise TypeError(f"unknown cadforge setting(s): {', '.join(sorted(unknown))}")
    if isinstance(settings.get("command"), list):
        settings["command"] = tuple(settings["command"])
    with _lock:
        _default_config = CadforgeConfig(**settings)
        return _default_config


def resolve(config: CadforgeConfig | None = None) -> CadforgeConfig:
    """The configuration given, else the one ``configure`` set, else the ``CADFORGE_*`` environment's."""
    global _default_config
    if config is not None:
        return config
    with _lock:
        _default_config = _default_config or CadforgeConfig.from_env()
        return _default_config


def scorer_for(config: CadforgeConfig | None = None) -> ScoreProcess | ServerScorer:
    """The scorer of a configuration, made on first use and kept until exit."""
    config = resolve(config)
    with _lock:
        scorer = _scorers.get(config)
        if scorer is None:
            if config.server_url:
                scorer = ServerScorer(config.server_url, concurrency=config.workers or 8)
            else:
                scorer = ScoreProcess(config.score_command(), cwd=config.cwd)
            _scorers[config] = scorer
        return scorer


@atexit.register
def close_all() -> None:
    """Closes every scorer (the processes answer what they hold and exit); runs at interpreter exit."""
    with _lock:
        scorers = list(_scorers.values())
        _scorers.clear()
    for scorer in scorers:
        scorer.close()


def cadforge_reward(prompts: Sequence[Any] | None = None, completions: Sequence[Any] = (), *, cadforge_config: CadforgeConfig | None = None, **kwargs: Any) -> list[float]:
    """One float per completion; TRL passes ``task_id`` (and optionally ``mode``) as per-row lists."""
    scorer, futures, floor = _submit(completions, cadforge_config, kwargs)
    return [_reward(scorer, future.result(), floor) for future in futures]


async def cadforge_reward_async(prompts: Sequence[Any] | None = None, completions: Sequence[Any] = (), *, cadforge_config: CadforgeConfig | None = None, **kwargs: Any) -> list[float]:
    """``cadforge_reward`` for TRL's concurrent reward calls: it awaits the shared process without holding a thread."""
    scorer, futures, floor = _submit(completions, cadforge_config, kwargs)
    answers = await asyncio.gather(*(asyncio.wrap_future(f) for f in futures))
    return [_reward(scorer, answer, floor) for answer in answers]


def _submit(completions: Sequence[Any], config: CadforgeConfig | None, columns: dict) -> tuple[Any, list[Future], float]:
    """Sends every row at once, so the pool scores the batch side by side; a row with no task id
    to send gets an answer of None at once."""
    task_ids = columns.get("task_id")
    if task_ids is None:
        raise TypeError("cadforge_reward needs a task_id column in the dataset (one task id per row)")
    modes = columns.get("mode") or [None] * len(completions)
    config = resolve(config)
    scorer = scorer_for(config)
    futures: list[Future] = []
    for completion, task_id, mode in zip(completions, task_ids, modes, strict=True):
        if config.server_url and (mode or config.mode) == "full":
            _warn_once("a server's POST /step takes no mode and scores fast; rows asking for full are scored fast")
        if isinstance(task_id, str):
            futures.append(scorer.submit(task_id, extract_code(completion), mode))
        else:
            _warn_once(f"task_id {task_id!r} is not a string; the row gets the failure floor {config.failure_floor}")
            unanswered: Future = Future()
            unanswered.set_result(None)
            futures.append(unanswered)
    return scorer, futures, config.failure_floor


def _reward(scorer: ScoreProcess | ServerScorer, answer: dict | None, floor: float) -> float:
    if answer is None:
        return floor
    total = scorer.total(answer)
    if total is None:
        # The line number is the process's own count, not the row's: left out, one warning per cause.
        why = re.sub(r"^line \d+: ", "", str(answer.get("error") or "no total in the answer"))
        _warn_once(f"{why}; the row gets the failure floor {floor}")
        return floor
    return total


def _warn_once(message: str) -> None:
    if message not in _warned:
        _warned.add(message)
        logger.warning("cadforge_reward: %s", message)
