"""Which backend answers, decided once at start-up from settings (the wiring calls this).

`ollama` when a server is configured, reachable (GET /api/tags) and has the model; otherwise
`extractive`, with the reason kept so `caseassist config`, the web page and the answers can say
why. The extractive answerer is always built too: it is the fallback for any question the
language model fails on.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.models.base import ChatModel
from assistant.models.extractive import ExtractiveChatModel
from assistant.models.ollama import OllamaChatModel, probe
from assistant.settings import OllamaSettings
from retrieval.types import Embedder


@dataclass(frozen=True)
class Backends:
    chat_model: ChatModel
    fallback: ExtractiveChatModel
    reason: str

    @property
    def name(self) -> str:
        return self.chat_model.backend


def select_backends(settings: OllamaSettings, embedder: Embedder | None) -> Backends:
    fallback = ExtractiveChatModel(embedder)
    status = probe(settings)
    if not status.usable:
        return Backends(fallback, fallback, status.reason)
    return Backends(OllamaChatModel(settings), fallback, f"Ollama at {settings.base_url} with {settings.model}")
