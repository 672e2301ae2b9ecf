"""What the tests share: the package on the path, the checkout they score in, and the ground truth.

Every test runs the real ``cadforge`` command of this checkout on the real kernel: nothing is mocked.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO_ROOT / "python"))

from cadforge_client import CadforgeConfig  # noqa: E402

TASK = "caster_wheel_fork"
GOOD = (REPO_ROOT / "tasks" / TASK / "reference.js").read_text(encoding="utf-8")
SYNTAX_ERROR = "const { makeBox } = replicad;\nconst main = () => {\n  return makeBox([0, 0, 0], [10, 10, 10];\n};\n"
THROWS = 'const main = () => {\n  throw new Error("no wheel today");\n};\n'
PROSE = "I would design a caster with a fork, an axle and a wheel, but I will not write the code."

# Two pool threads: the machine the suite runs on may have two cores and other work beside it.
CONFIG = CadforgeConfig(cwd=str(REPO_ROOT), workers=2)


def cadforge_command(*args: str) -> list[str]:
    return [*CONFIG.command, *args]


def score_files(candidates: list[tuple[str, str]], task_id: str = TASK) -> list[float]:
    """The totals ``cadforge score --task <id> --mode <mode> <file>`` prints for each (code, mode):
    what the reward must equal."""
    with tempfile.TemporaryDirectory() as folder, ThreadPoolExecutor(max_workers=2) as pool:
        runs = []
        for i, (code, mode) in enumerate(candidates):
            path = Path(folder) / f"candidate{i}.js"
            path.write_text(code, encoding="utf-8")
            runs.append(cadforge_command("score", "--task", task_id, "--mode", mode, str(path)))
        return list(pool.map(_total_printed, runs))


def _total_printed(command: list[str]) -> float:
    run = subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True, check=True)
    return json.loads(run.stdout)["reward"]["total"]


def fenced(code: str, language: str = "js") -> str:
    return f"Here is the model.\n\n```{language}\n{code}```\n\nThe wheel turns on the axle."


def process_group_alive(pid: int) -> bool:
    try:
        os.killpg(pid, 0)
        return True
    except ProcessLookupError:
        return False
