"""EXAMPLE - needs ``pip install trl "openenv-core>=0.2"`` (and a GPU to train); not installed or
tested here.

GRPO with ``environment_factory``: TRL makes one ``CadforgeToolEnv`` per rollout, calls ``reset``
with the dataset row's columns (here ``task_id``), exposes ``submit_model`` to the model as a tool,
and after the rollout takes ``get_reward`` as the reward. Each rollout is one episode, on its own
WebSocket session of a running ``cadforge serve``: start it with ``--max-sessions`` at least
GRPOConfig's ``generation_batch_size``.

    npx cadforge serve --port 8001 --max-sessions 64 --workers 8
    CADFORGE_URL=http://127.0.0.1:8001 python python/examples/trl_environment_factory.py
"""

from __future__ import annotations

import json
import os
import subprocess

from datasets import Dataset
from openenv_client import CadforgeAction, CadforgeEnv
from trl import GRPOConfig, GRPOTrainer

# TRL builds the class with no arguments, so the server's address comes from the environment.
CADFORGE_URL = os.environ.get("CADFORGE_URL", "http://127.0.0.1:8001")
FAILURE_FLOOR = -1.0


class CadforgeToolEnv:
    def __init__(self):
        self.client = CadforgeEnv(base_url=CADFORGE_URL).sync()
        self.task_id = ""
        self.reward = FAILURE_FLOOR
        self.done = False

    def reset(self, task_id: str, **kwargs) -> str:
        result = self.client.reset(task_id=task_id, mode="fast")
        self.task_id = task_id
        self.reward = FAILURE_FLOOR
        self.done = False
        obs = result.observation
        return f"{obs.task_brief}\n\nConstraints: {json.dumps(obs.constraints)}\n\nStarting code:\n```js\n{obs.current_code}\n```"

    def submit_model(self, code: str) -> str:
        """
        Build replicad code for the task and score the model it makes.

        Args:
            code: The whole replicad program (JavaScript or TypeScript) defining `main`.

        Returns:
            The reward total and the notes saying what to fix.
        """
        if self.done:
            raise ValueError("The episode is over: the model is good enough or the step limit is reached.")
        result = self.client.step(CadforgeAction(task_id=self.task_id, code=code))
        self.reward = result.reward if result.reward is not None else FAILURE_FLOOR
        self.done = result.done
        return f"reward {self.reward:.3f}\n" + "\n".join(result.observation.notes)

    def get_reward(self) -> float:
        return self.reward


def task_dataset(cadforge_checkout: str = ".") -> Dataset:
    """One row per task, the prompt asking the model to use its tool; ``task_id`` reaches ``reset``."""
    task_ids = subprocess.run(["npx", "--no", "cadforge", "tasks"], cwd=cadforge_checkout, capture_output=True, text=True, check=True).stdout.split()
    prompt = [{"role": "user", "content": "Write replicad code for the task described next; submit it with submit_model and improve it from the notes."}]
    return Dataset.from_dict({"prompt": [prompt] * len(task_ids), "task_id": task_ids})


if __name__ == "__main__":
    trainer = GRPOTrainer(
        model="Qwen/Qwen3-0.6B",
        train_dataset=task_dataset(),
        args=GRPOConfig(max_completion_length=4096, chat_template_kwargs={"enable_thinking": False}),
        environment_factory=CadforgeToolEnv,
    )
    trainer.train()
