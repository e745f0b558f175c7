"""The system under test, built exactly as production builds it, over a corpus imported for the run.

A run gets its own CASEASSIST_HOME (a temporary directory): the corpus goes through the real
import (validation, redaction, chunking, MiniLM embeddings, Chroma), then the assistant is built by
the one wiring point from the same Settings the product would use, only `home` differs. Everything
the privacy suite must scan is captured here, at the process boundaries: log records, the prompts
that reach a language model (through a recording proxy in front of the configured Ollama), the
audit rows and the store files.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Protocol

import httpx

from assistant.settings import Settings
from records.loader import load_cases, load_users
from records.models import Case, User


class HarnessError(RuntimeError):
    """The harness itself could not run (bad corpus, broken configuration): `eval run` exits 2."""


class Assistant(Protocol):
    """The part of the application facade (assistant.api.CaseAssistAPI) the suites call."""

    def ask(
        self, username: str, question: str, case_id: str | None = None, conversation_id: str | None = None
    ) -> dict[str, Any]: ...

    def note(self, username: str, note_id: str) -> dict[str, Any] | None: ...

    def chronology(self, username: str, case_id: str, date_from: Any = None, date_to: Any = None) -> dict[str, Any]: ...


@dataclass(frozen=True)
class Corpus:
    """An import-format corpus directory with its gold files, loaded and validated."""

    directory: Path
    cases: tuple[Case, ...]
    users: tuple[User, ...]

    @classmethod
    def load(cls, directory: Path, case_ids: set[str] | None = None) -> Corpus:
        for required in ("cases.jsonl", "users.json", "gold/questions.jsonl"):
            if not (directory / required).is_file():
                raise HarnessError(
                    f"{directory}: {required} is missing; expected a corpus written by `caseassist demo-data`"
                )
        from records.loader import InputError

        try:
            users = load_users(directory / "users.json")
            loaded = load_cases(directory / "cases.jsonl", known_users={u.username for u in users})
        except InputError as exc:
            raise HarnessError(str(exc)) from None
        if loaded.problems:
            raise HarnessError(f"{directory / 'cases.jsonl'}: {loaded.problems[0]}")
        cases = tuple(c for c in loaded.cases if case_ids is None or c.case_id in case_ids)
        return cls(directory, cases, tuple(users))

    def subset(self, out: Path) -> Corpus:
        """The loaded cases written out as a corpus of their own, so every suite (and the redaction
        evaluation, which reads a directory) measures exactly the cases that were imported."""
        import json

        ids = self.case_ids
        (out / "gold").mkdir(parents=True, exist_ok=True)
        lines = [
            line
            for line in (self.directory / "cases.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip() and json.loads(line).get("case_id") in ids
        ]
        (out / "cases.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (out / "users.json").write_bytes((self.directory / "users.json").read_bytes())
        for name in ("questions.jsonl", "pii.jsonl", "events.jsonl"):
            rows = self.gold(name)
            (out / "gold" / name).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        return Corpus(out, self.cases, self.users)

    @property
    def case_ids(self) -> set[str]:
        return {c.case_id for c in self.cases}

    def gold(self, name: str) -> list[dict[str, Any]]:
        """A gold JSONL file's rows for the loaded cases only."""
        import json

        path = self.directory / "gold" / name
        if not path.is_file():
            return []
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        return [r for r in rows if r.get("case_id") in self.case_ids]


class LogCapture(logging.Handler):
    """Every log record any library emits during the run, formatted as it would be written."""

    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.lines: list[str] = []
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.lines.append(self.format(record))
        except Exception:  # a record that cannot format is still evidence
            self.lines.append(f"{record.name} {record.levelname} {record.msg!r} {record.args!r}")


class PromptRecorder:
    """A recording proxy in front of the configured Ollama: what was sent is what the model saw."""

    def __init__(self, upstream: str) -> None:
        self.upstream = upstream.rstrip("/")
        self.requests: list[str] = []
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> PromptRecorder:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *_args: object) -> None:
                return

            def do_GET(self) -> None:
                self._forward("GET", b"")

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                recorder.requests.append(body.decode("utf-8", "replace"))
                self._forward("POST", body)

            def _forward(self, method: str, body: bytes) -> None:
                try:
                    with httpx.stream(
                        method,
                        recorder.upstream + self.path,
                        content=body or None,
                        headers={"Content-Type": "application/json"},
                        timeout=300,
                    ) as upstream:
                        self.send_response(upstream.status_code)
                        self.send_header("Content-Type", upstream.headers.get("content-type", "application/json"))
                        self.send_header("Transfer-Encoding", "chunked")
                        self.end_headers()
                        for piece in upstream.iter_raw():
                            self.wfile.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
                            self.wfile.flush()
                        self.wfile.write(b"0\r\n\r\n")
                except httpx.HTTPError:
                    self.send_response(502)
                    self.send_header("Content-Length", "0")
                    self.end_headers()

        return Handler


@dataclass
class Subject:
    """The built assistant plus what was captured while it ran."""

    settings: Settings
    corpus: Corpus
    assistant: Assistant
    logs: LogCapture
    prompts: PromptRecorder | None
    import_seconds: float
    built_with: str
    home: Path
    extra: dict[str, Any] = field(default_factory=dict)

    def audit_rows(self) -> list[str]:
        from assistant.wiring import build_access

        return [repr(row) for row in build_access(self.settings).audit.query(limit=1_000_000)]

    def store_files(self) -> Iterator[Path]:
        """The vector index and keyword index files: what must never hold raw personal data."""
        from assistant.wiring import keyword_path

        roots = [self.settings.chroma_path, keyword_path(self.settings)]
        for root in roots:
            if root.is_file():
                yield root
            elif root.is_dir():
                yield from (p for p in root.rglob("*") if p.is_file())


def subject_settings(base: Settings, home: Path, backend: str, model: str | None) -> Settings:
    """The production settings with only the home moved (and the backend the run asked for)."""
    ollama = base.ollama.model_copy(update={"model": model or base.ollama.model})
    if backend == "extractive":
        ollama = ollama.model_copy(update={"base_url": None})
    elif not ollama.base_url:
        raise HarnessError("--backend ollama needs CASEASSIST_OLLAMA__BASE_URL (e.g. http://127.0.0.1:11434)")
    return base.model_copy(update={"home": home, "ollama": ollama, "database_url": None})


@contextmanager
def built_subject(
    base: Settings,
    corpus: Corpus,
    *,
    backend: str = "extractive",
    model: str | None = None,
    build: Callable[[Settings], Assistant] | None = None,
    keep_home: Path | None = None,
) -> Iterator[Subject]:
    """Import `corpus` into a fresh home and build the assistant; everything is removed afterwards.

    `build` replaces the production builder only in the harness's own tests (a deliberately broken
    configuration must be caught by the suite that should catch it).
    """
    home = keep_home or Path(tempfile.mkdtemp(prefix="caseassist-eval-"))
    capture = LogCapture()
    root = logging.getLogger()
    previous = root.level
    root.addHandler(capture)
    root.setLevel(logging.DEBUG)
    recorder: PromptRecorder | None = None
    try:
        settings = subject_settings(base, home, backend, model)
        if settings.ollama.base_url:
            recorder = PromptRecorder(settings.ollama.base_url).__enter__()
            settings = settings.model_copy(
                update={"ollama": settings.ollama.model_copy(update={"base_url": recorder.url})}
            )
        seconds = import_corpus(settings, corpus)
        builder = build or build_assistant
        assistant = builder(settings)
        yield Subject(settings, corpus, assistant, capture, recorder, seconds, _builder_name(builder), home)
    finally:
        root.removeHandler(capture)
        root.setLevel(previous)
        if recorder is not None:
            recorder.__exit__()
        if keep_home is None:
            shutil.rmtree(home, ignore_errors=True)


def import_corpus(settings: Settings, corpus: Corpus) -> float:
    """The real `caseassist import`: all or nothing, through the configured pipeline."""
    from assistant import ingest

    started = time.monotonic()
    result = ingest.run_import(settings, list(corpus.cases), list(corpus.users), prune=False, progress=False)
    if getattr(result, "failed", None):
        raise HarnessError(f"the corpus import failed: {result.as_dict()}")
    return time.monotonic() - started


def build_assistant(settings: Settings) -> Assistant:
    """`assistant.wiring.build_service` (the facade production serves); until it lands, the same
    builders it delegates to (answering.build_answerer and the chronology endpoints)."""
    from assistant import wiring

    service_builder = getattr(wiring, "build_service", None)
    if callable(service_builder):
        built: Assistant = service_builder(settings)
        return built
    return InterimAssistant(settings)


def _builder_name(builder: Callable[..., Any]) -> str:
    from assistant import wiring

    if builder is build_assistant:
        return (
            "assistant.wiring.build_service"
            if hasattr(wiring, "build_service")
            else "assistant.answering.build_answerer"
        )
    return f"{builder.__module__}.{getattr(builder, '__qualname__', 'builder')}"


class InterimAssistant:
    """The facade's ask/note/chronology over the production builders, until build_service lands."""

    def __init__(self, settings: Settings) -> None:
        from assistant import wiring
        from assistant.answering import VaultRedactor, build_answerer
        from assistant.chronology.endpoints import build_chronology_endpoints
        from retrieval.exact import ExactCaseCache
        from retrieval.retriever import HybridRetriever

        engine = wiring.build_engine(settings)
        embedder = wiring.build_embedder(settings)
        self._answerer = build_answerer(settings, embedder=embedder)
        self._access = wiring.build_access(settings)
        index = wiring.build_index(settings, engine)
        self._retriever = HybridRetriever(embedder, ExactCaseCache(index), wiring.build_keyword_index(settings), index)
        vaults = wiring.build_vault(settings, engine)
        self._names = VaultRedactor(vaults)
        self._chronology = build_chronology_endpoints(settings, self._access, self._retriever, vaults.load)

    def ask(
        self, username: str, question: str, case_id: str | None = None, conversation_id: str | None = None
    ) -> dict[str, Any]:
        return self._answerer.ask(username, question, case_id=case_id).as_dict()

    def note(self, username: str, note_id: str) -> dict[str, Any] | None:
        found = self._retriever.note(self._access.scope(username), note_id)
        if found is None:
            return None
        return {
            "note_id": found.note_id,
            "case_id": found.case_id,
            "date": found.date.isoformat(),
            "type": found.note_type,
            "title": self._names.reidentify(found.title, found.case_id),
            "text": self._names.reidentify(found.text, found.case_id),
            "author_role": found.author_role,
        }

    def chronology(self, username: str, case_id: str, date_from: Any = None, date_to: Any = None) -> dict[str, Any]:
        return self._chronology.chronology(username, case_id, date_from, date_to)


def note_texts(subject: Subject, username: str, note_ids: Mapping[str, Any] | list[str]) -> dict[str, str]:
    """Cited notes as the reader sees them (date, type, title, text: what a citation shows), through
    the facade's scoped `note`."""
    texts: dict[str, str] = {}
    for note_id in note_ids:
        found = subject.assistant.note(username, str(note_id))
        if found is not None:
            texts[str(note_id)] = "\n".join(str(found.get(key) or "") for key in ("date", "type", "title", "text"))
    return texts
