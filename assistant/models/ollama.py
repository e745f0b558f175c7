"""Answers from a local language model served by Ollama, through langchain-ollama's ChatOllama.

LangChain and ollama types stay in this module: the pipeline sees `ChatModel.stream` and
`ChatModelError` only. Every failure a server can produce (refused connection, timeout, an HTTP
error status, an `error` line mid-stream, a stream that stops before `done`) becomes one
ChatModelError with a sentence a social worker can read, so the pipeline can fall back to the
extractive answerer for that question instead of crashing.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import httpx
import ollama
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage
from langchain_ollama import ChatOllama

from assistant.models.base import ChatMessage, ChatModelError, ChatRequest
from assistant.settings import OllamaSettings


@dataclass(frozen=True)
class OllamaStatus:
    """What start-up found at the configured server: usable, or why not."""

    usable: bool
    reason: str
    models: tuple[str, ...] = ()


def probe(settings: OllamaSettings) -> OllamaStatus:
    """GET /api/tags once, quickly: is the server there and does it have the configured model?"""
    if not settings.base_url:
        return OllamaStatus(False, "no Ollama server is configured (CASEASSIST_OLLAMA__BASE_URL)")
    url = settings.base_url.rstrip("/") + "/api/tags"
    timeout = httpx.Timeout(settings.connect_timeout_s, connect=settings.connect_timeout_s)
    try:
        response = httpx.get(url, timeout=timeout)
        response.raise_for_status()
        names = tuple(str(item.get("name", "")) for item in response.json().get("models", []))
    except (httpx.HTTPError, ValueError, AttributeError) as exc:
        return OllamaStatus(False, f"the Ollama server at {settings.base_url} is not reachable ({type(exc).__name__})")
    if not _has_model(names, settings.model):
        return OllamaStatus(
            False, f"the Ollama server at {settings.base_url} does not have model {settings.model} (ollama pull it)", names
        )
    return OllamaStatus(True, "ok", names)


def _has_model(names: Sequence[str], wanted: str) -> bool:
    tagged = wanted if ":" in wanted else f"{wanted}:latest"
    return wanted in names or tagged in names


class OllamaChatModel:
    """ChatOllama configured from settings.ollama; streaming, with every failure made readable."""

    backend = "ollama"

    def __init__(self, settings: OllamaSettings) -> None:
        if not settings.base_url:
            raise ValueError("OllamaChatModel needs settings.ollama.base_url")
        self.model = settings.model
        self._base_url = settings.base_url
        self._timeout_s = settings.timeout_s
        self._llm = ChatOllama(
            model=settings.model,
            base_url=settings.base_url,
            temperature=settings.temperature,
            num_ctx=settings.num_ctx,
            keep_alive=settings.keep_alive,
            client_kwargs={"timeout": httpx.Timeout(settings.timeout_s, connect=settings.connect_timeout_s)},
        )

    def stream(self, request: ChatRequest) -> Iterator[str]:
        done = False
        try:
            for chunk in self._llm.stream(_to_langchain(request.messages)):
                if chunk.response_metadata.get("done") is True:
                    done = True
                if isinstance(chunk.content, str) and chunk.content:
                    yield chunk.content
        except httpx.TimeoutException:
            raise ChatModelError(f"the language model did not answer within {self._timeout_s:g} seconds") from None
        except ollama.ResponseError as exc:
            if exc.status_code < 0:
                raise ChatModelError("the language model failed part-way through its reply") from None
            raise ChatModelError(f"the language model returned an error (HTTP {exc.status_code})") from None
        except (ConnectionError, httpx.HTTPError):
            raise ChatModelError(f"the language model server at {self._base_url} is not reachable") from None
        except ValueError:
            raise ChatModelError("the language model sent a reply that could not be read") from None
        if not done:
            raise ChatModelError("the language model's reply was cut off before it finished")


def _to_langchain(messages: Sequence[ChatMessage]) -> list[BaseMessage]:
    kinds: dict[str, type[BaseMessage]] = {"system": SystemMessage, "user": HumanMessage, "assistant": AIMessage}
    return [kinds[message.role](content=message.content) for message in messages]
