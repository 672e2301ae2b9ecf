"""The code in a model's completion: what the reward builds and scores.

A completion is a string (TRL's standard format) or a list of chat messages (its conversational
format). The code is taken from a fenced block when there is one, otherwise the text is the code:

- Fences tagged ``js``, ``javascript``, ``ts``, ``typescript`` (also ``jsx``, ``tsx``, ``mjs``) or
  untagged count; a block tagged with another language (``python``, ``json``, ``bash``...) is not
  replicad code and is passed over.
- Of several blocks, the **last one that mentions** ``main`` is taken, else the last block. The
  scorer runs ``main``, so a block without it can only fail; and a model that drafts and then
  corrects itself, or reasons before answering, gives its final answer last. A helper snippet
  shown after the model (``main`` elsewhere) does not displace the model.
- A fence left open (a completion cut off at the token limit) runs to the end of the text: the
  truncated code is scored as what it is.
- With no usable block, the whole text is sent as it is: bare code builds, prose fails as the
  syntax error it is, an empty completion as a missing ``main``.

Of chat messages, the assistant messages' text is joined in order (all messages' text when none has
the assistant role), so code written in an earlier turn of a tool-calling episode still counts,
and a later block wins.
"""

from __future__ import annotations

import re
from typing import Any

CODE_LANGUAGES = frozenset({"", "js", "javascript", "ts", "typescript", "jsx", "tsx", "mjs"})

# An opening fence at the start of a line (``` or ~~~, three or more), its info string, then the
# body up to a closing fence of the same characters, or to the end of the text.
_BLOCK = re.compile(
    r"^[ \t]*(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^\n`]*)\n(?P<body>.*?)(?:^[ \t]*(?P=fence)[ \t]*$|\Z)",
    re.MULTILINE | re.DOTALL,
)
_MAIN = re.compile(r"\bmain\b")


def completion_text(completion: Any) -> str:
    """The text of a completion: a string as it is; of chat messages, the assistant's text."""
    if completion is None:
        return ""
    if isinstance(completion, str):
        return completion
    if isinstance(completion, dict):
        return _content_text(completion.get("content"))
    if isinstance(completion, (list, tuple)):
        messages = [m for m in completion if isinstance(m, dict)]
        assistant = [m for m in messages if m.get("role") == "assistant"]
        return "\n\n".join(_content_text(m.get("content")) for m in assistant or messages)
    return str(completion)


def _content_text(content: Any) -> str:
    """A message's content: a string, or a list of parts of which the text parts count."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(part.get("text", "") for part in content if isinstance(part, dict) and part.get("type") == "text")
    return str(content)


def extract_code(completion: Any) -> str:
    """The code to score, chosen as the module's docstring says; never raises."""
    text = completion_text(completion)
    blocks = [m.group("body") for m in _BLOCK.finditer(text) if _language(m.group("info")) in CODE_LANGUAGES]
    if not blocks:
        return text
    with_main = [b for b in blocks if _MAIN.search(b)]
    return (with_main or blocks)[-1]


def _language(info: str) -> str:
    """The first word of a fence's info string, lower case (```ts title="x.ts" -> ts)."""
    words = info.strip().split()
    return words[0].lower() if words else ""
