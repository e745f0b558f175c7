"""The seam every answering backend plugs into, and what crosses it.

A chat model receives one `ChatRequest` (the standalone, pseudonymised question, the numbered
sources retrieved for it, and the rendered prompt) and streams text back. A language model reads
`messages`; the extractive answerer reads `question` and `sources`. Either way the pipeline parses
and validates the citations afterwards, so no backend is trusted to cite correctly.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal, Protocol

from retrieval.types import Chunk

NOT_RECORDED = "This isn't recorded in the notes I can see."
"""The one sentence every backend uses when the notes do not answer the question."""


class QuestionType(StrEnum):
    WHEN = "when"
    WHO = "who"
    WHAT = "what"
    HOW_MANY = "how_many"
    QUOTE = "quote"
    YES_NO = "yes_no"


@dataclass(frozen=True)
class ChatMessage:
    role: Literal["system", "user", "assistant"]
    content: str


@dataclass(frozen=True)
class Source:
    """A retrieved chunk as the model sees it: `n` is the number it must cite as `[n]`."""

    n: int
    chunk: Chunk
    score: float


@dataclass(frozen=True)
class ChatRequest:
    question: str
    qtype: QuestionType
    sources: tuple[Source, ...]
    messages: tuple[ChatMessage, ...]


class ChatModelError(RuntimeError):
    """The backend could not produce an answer (down, timed out, refused, cut off).

    `reason` is a sentence fit to show a user; it never contains note text.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class ChatModel(Protocol):
    """A backend that answers one request. `backend` is `ollama` or `extractive`."""

    backend: str
    model: str

    def stream(self, request: ChatRequest) -> Iterator[str]:
        """Text pieces in order; raises ChatModelError (possibly after some pieces) on failure."""
        ...
