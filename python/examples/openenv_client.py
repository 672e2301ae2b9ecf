"""EXAMPLE - needs ``pip install "openenv-core>=0.2"``, which this repository does not install or test.

A typed OpenEnv client for ``npx cadforge serve``: OpenEnv's ``EnvClient`` keeps one WebSocket
session (one episode) per client, and this subclass turns its JSON into dataclasses. The untyped
``GenericEnvClient`` works unchanged too (actions and observations as dicts).

    npx cadforge serve --port 8000            # in a CADForge checkout
    python python/examples/openenv_client.py  # one episode: a broken attempt, then the seed code
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openenv.core.client_types import StepResult
from openenv.core.env_client import EnvClient


@dataclass
class CadforgeAction:
    """Replicad code for the episode's task. ``task_id`` names the task, as the stateless
    ``POST /step`` needs; in a session it must be the task of the last reset. The mode (fast or
    full) is chosen at reset: ``env.reset(task_id=..., mode="full")``."""

    task_id: str
    code: str
    # "auto" reads the language from the code (a candidate importing cadquery is Python).
    lang: str = "auto"


@dataclass
class CadforgeObservation:
    """What ``cadforge env`` observes: the brief, the constraints, the code last stepped, the whole
    score (``ScoreResult``: ``reward.total``, each dimension, ``failure``, ``metrics``) and the notes."""

    task_id: str
    task_brief: str
    constraints: dict[str, Any]
    current_code: str
    current_lang: str
    score: dict[str, Any] | None
    notes: list[str]
    step: int
    done: bool
    reward: float | None


@dataclass
class CadforgeState:
    episode_id: str | None
    step_count: int
    task_id: str | None
    extra: dict[str, Any] = field(default_factory=dict)


class CadforgeEnv(EnvClient[CadforgeAction, CadforgeObservation, CadforgeState]):
    def _step_payload(self, action: CadforgeAction) -> dict[str, Any]:
        return {"task_id": action.task_id, "code": action.code, "lang": action.lang}

    def _parse_result(self, payload: dict[str, Any]) -> StepResult[CadforgeObservation]:
        obs = payload.get("observation", {})
        observation = CadforgeObservation(
            task_id=obs.get("task_id", ""),
            task_brief=obs.get("task_brief", ""),
            constraints=obs.get("constraints", {}),
            current_code=obs.get("current_code", ""),
            current_lang=obs.get("current_lang", "javascript"),
            # OpenEnv lifts an observation's ``reward`` to the step's top level (the total);
            # the whole score stays in the observation.
            score=obs.get("score"),
            notes=obs.get("notes", []),
            step=obs.get("step", 0),
            done=payload.get("done", False),
            reward=payload.get("reward"),
        )
        return StepResult(observation=observation, reward=payload.get("reward"), done=payload.get("done", False))

    def _parse_state(self, payload: dict[str, Any]) -> CadforgeState:
        known = {"episode_id", "step_count", "task_id"}
        return CadforgeState(
            episode_id=payload.get("episode_id"),
            step_count=payload.get("step_count", 0),
            task_id=payload.get("task_id"),
            extra={k: v for k, v in payload.items() if k not in known},
        )


async def main(base_url: str = "http://127.0.0.1:8000", task_id: str = "caster_wheel_fork") -> None:
    seed = Path(__file__).resolve().parents[2] / "tasks" / task_id / "seed.js"
    async with CadforgeEnv(base_url=base_url) as env:
        result = await env.reset(task_id=task_id, mode="fast")
        print(result.observation.task_brief[:200])
        for code in ("const main = () => {", seed.read_text()):
            result = await env.step(CadforgeAction(task_id=task_id, code=code))
            print(f"step {result.observation.step}: reward {result.reward}, done {result.done}, first note: {result.observation.notes[:1]}")
        print(await env.state())


if __name__ == "__main__":
    asyncio.run(main())
