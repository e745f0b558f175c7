"""A stand-in for an Ollama server, and a guard that keeps tests away from real ones.

The stand-in is a tiny HTTP server on 127.0.0.1 (in a thread) that speaks the parts of Ollama's
API we use: GET /api/tags, POST /api/chat (NDJSON streaming or one JSON body) and POST /api/embed.
The real langchain-ollama and ollama client code runs against it; only the peer is fake. Each
chat request is answered by the next scripted `Reply`: text in pieces, an HTTP error status, an
`error` line mid-stream, a delay, or a stream cut off before `done`.

`no_real_ollama` is an autouse-able fixture: any connection to port 11434 fails the test (even if
the code under test swallows the error and falls back), unless the test is marked `real_ollama`.
The integrator imports it in tests/conftest.py: `from tests.ollama_standin import no_real_ollama`.
"""

from __future__ import annotations

import hashlib
import json
import socket
import threading
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

REAL_OLLAMA_PORT = 11434


@dataclass
class Reply:
    """How the stand-in answers one /api/chat request."""

    text: str = ""
    pieces: int = 4
    status: int = 200
    error: str | None = None
    delay_s: float = 0.0
    cut_after: int | None = None
    error_after: int | None = None


@dataclass
class StandinState:
    models: list[str] = field(default_factory=lambda: ["llama3.1:8b-instruct-q4_K_M"])
    replies: deque[Reply] = field(default_factory=deque)
    default: Reply = field(default_factory=lambda: Reply(text="This isn't recorded in the notes I can see."))
    chat_requests: list[dict[str, Any]] = field(default_factory=list)
    tags_status: int = 200
    embed_dim: int = 8


class OllamaStandin:
    """Start with `with OllamaStandin() as server:`; `server.url` is its base URL."""

    def __init__(self) -> None:
        self.state = StandinState()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self.state))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def script(self, *replies: Reply) -> None:
        self.state.replies.extend(replies)

    @property
    def chat_requests(self) -> list[dict[str, Any]]:
        return self.state.chat_requests

    def __enter__(self) -> OllamaStandin:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


def _handler_for(state: StandinState) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *_args: object) -> None:
            return

        def do_GET(self) -> None:
            if self.path != "/api/tags":
                self._json(404, {"error": "not found"})
                return
            models = [{"name": name, "model": name, "size": 1, "digest": "0" * 12} for name in state.models]
            self._json(state.tags_status, {"models": models} if state.tags_status == 200 else {"error": "unavailable"})

        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0"))) or b"{}")
            if self.path == "/api/embed":
                self._embed(body)
            elif self.path == "/api/chat":
                state.chat_requests.append(body)
                self._chat(body, state.replies.popleft() if state.replies else state.default)
            else:
                self._json(404, {"error": "not found"})

        def _embed(self, body: dict[str, Any]) -> None:
            inputs = body.get("input", [])
            texts = [inputs] if isinstance(inputs, str) else list(inputs)
            vectors = [_fake_vector(text, state.embed_dim) for text in texts]
            self._json(200, {"model": body.get("model", ""), "embeddings": vectors})

        def _chat(self, body: dict[str, Any], reply: Reply) -> None:
            if reply.delay_s:
                time.sleep(reply.delay_s)
            if reply.status != 200:
                self._json(reply.status, {"error": reply.error or "model failed"})
                return
            model = body.get("model", "")
            if not body.get("stream", True):
                self._json(200, _message(model, reply.text, done=True))
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/x-ndjson")
            self.send_header("Connection", "close")
            self.end_headers()
            for index, piece in enumerate(_split(reply.text, reply.pieces)):
                if reply.cut_after is not None and index >= reply.cut_after:
                    return
                if reply.error_after is not None and index >= reply.error_after:
                    self._line({"error": reply.error or "model runner crashed"})
                    return
                self._line(_message(model, piece, done=False))
            self._line(_message(model, "", done=True))

        def _line(self, payload: dict[str, Any]) -> None:
            self.wfile.write(json.dumps(payload).encode() + b"\n")
            self.wfile.flush()

        def _json(self, status: int, payload: dict[str, Any]) -> None:
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return Handler


def _message(model: str, content: str, *, done: bool) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "model": model,
        "created_at": "2026-01-01T00:00:00Z",
        "message": {"role": "assistant", "content": content},
        "done": done,
    }
    if done:
        payload.update(done_reason="stop", total_duration=1, prompt_eval_count=1, eval_count=1)
    return payload


def _split(text: str, pieces: int) -> list[str]:
    size = max(1, -(-len(text) // max(1, pieces)))
    return [text[i : i + size] for i in range(0, len(text), size)] or [""]


def _fake_vector(text: str, dim: int) -> list[float]:
    digest = hashlib.sha256(text.encode()).digest()
    raw = [digest[i] - 127.5 for i in range(dim)]
    norm = sum(v * v for v in raw) ** 0.5 or 1.0
    return [v / norm for v in raw]


@pytest.fixture
def ollama_standin() -> Iterator[OllamaStandin]:
    with OllamaStandin() as server:
        yield server


class OllamaPortGuard:
    """Wraps socket connect: a connection to port 11434 raises and is remembered."""

    def __init__(self) -> None:
        self.violations: list[object] = []

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        original = socket.socket.connect
        violations = self.violations

        def guarded(sock: socket.socket, address: Any) -> None:
            if isinstance(address, tuple) and len(address) >= 2 and address[1] == REAL_OLLAMA_PORT:
                violations.append(address)
                raise ConnectionRefusedError(f"test reached a real Ollama port {address}; mark it real_ollama")
            original(sock, address)

        monkeypatch.setattr(socket.socket, "connect", guarded)


@pytest.fixture(autouse=True)
def no_real_ollama(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail any test that connects to a real Ollama port, even if the code under test recovers."""
    if request.node.get_closest_marker("real_ollama"):
        yield
        return
    guard = OllamaPortGuard()
    guard.install(monkeypatch)
    yield
    if guard.violations:
        pytest.fail(f"test connected to a real Ollama port: {guard.violations} (mark it real_ollama if intended)")
