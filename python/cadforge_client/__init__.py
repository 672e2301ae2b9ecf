"""CADForge for trainers: TRL reward functions scored by the ``cadforge`` command or a running server."""

from .config import CadforgeConfig
from .errors import CadforgeError
from .extract import completion_text, extract_code
from .reward import cadforge_reward, cadforge_reward_async, close_all, configure, scorer_for

__all__ = [
    "CadforgeConfig",
    "CadforgeError",
    "cadforge_reward",
    "cadforge_reward_async",
    "close_all",
    "completion_text",
    "configure",
    "extract_code",
    "scorer_for",
]
