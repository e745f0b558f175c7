"""The one place the object graph is built from Settings.

Call sites ask for a finished component (`build_index(settings)`, `build_ingestor(settings)`) and
never branch on which backend is configured. A configuration that cannot work fails here, at
start-up, with a `ConfigurationError` that names the setting to change.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from assistant.settings import Settings
from records.database import make_engine

if TYPE_CHECKING:
    from access.control import AccessControl
    from assistant.answering import Answerer
    from assistant.api import EvaluationRunner
    from assistant.ingest import Ingestor
    from assistant.ingest_plan import CaseRedactor
    from assistant.ingest_stores import IngestStores, VaultStore
    from assistant.service import CaseAssistService
    from retrieval.catalog import NoteCatalog
    from retrieval.chroma_index import ChromaIndex
    from retrieval.embedding import CachedEmbedder, EmbeddingCache
    from retrieval.keyword_index import KeywordIndex
    from retrieval.retriever import HybridRetriever
    from retrieval.types import Embedder


class ConfigurationError(RuntimeError):
    """Settings that cannot work together; the message names what to change."""


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def build_engine(settings: Settings) -> Engine:
    """The application database (SQLite under CASEASSIST_HOME unless CASEASSIST_DATABASE_URL is set)."""
    url = make_url(settings.db_url)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    return make_engine(settings.db_url)


def build_embedder(settings: Settings) -> Embedder:
    """The configured embedding model, without a cache (benchmarks and query-time embedding)."""
    from retrieval.embedding import MiniLMEmbedder, OllamaEmbedder

    if settings.retrieval.embedder == "ollama":
        if not settings.ollama.base_url:
            raise ConfigurationError(
                "CASEASSIST_RETRIEVAL__EMBEDDER=ollama needs CASEASSIST_OLLAMA__BASE_URL (e.g. http://127.0.0.1:11434)"
            )
        return OllamaEmbedder(settings.ollama.base_url, settings.ollama.embed_model, timeout_s=settings.ollama.timeout_s)
    return MiniLMEmbedder()


def build_embedding_cache(settings: Settings, engine: Engine | None = None) -> EmbeddingCache:
    from retrieval.embedding import EmbeddingCache

    return EmbeddingCache(engine or build_engine(settings))


def build_cached_embedder(settings: Settings, engine: Engine | None = None) -> CachedEmbedder:
    from retrieval.embedding import CachedEmbedder

    return CachedEmbedder(build_embedder(settings), build_embedding_cache(settings, engine))


def build_index(settings: Settings, engine: Engine | None = None) -> ChromaIndex:
    """The Chroma collection: embedded under CASEASSIST_HOME, or a server when chroma_mode=http."""
    from retrieval.chroma_index import ChromaIndex

    state = engine or build_engine(settings)
    retrieval = settings.retrieval
    if retrieval.chroma_mode == "http":
        return ChromaIndex.http(retrieval.chroma_host, retrieval.chroma_port, retrieval.collection, state)
    return ChromaIndex.persistent(settings.chroma_path, retrieval.collection, state)


def keyword_path(settings: Settings) -> Path:
    return settings.home / "keyword.db"


def build_keyword_index(settings: Settings) -> KeywordIndex:
    from retrieval.keyword_index import KeywordIndex

    return KeywordIndex(keyword_path(settings))


def build_note_catalog(settings: Settings, engine: Engine | None = None) -> NoteCatalog:
    from retrieval.catalog import NoteCatalog

    return NoteCatalog(engine or build_engine(settings))


def build_access(settings: Settings) -> AccessControl:
    import access

    return access.build(settings.db_url, settings.auth)


def build_redactor(settings: Settings) -> CaseRedactor:
    """The case redactor (Presidio + the shipped NER), adapted to the pipeline's seam."""
    from redaction import build_case_redactor
    from redaction.engine import ModelMissingError

    try:
        return _CaseRedactorAdapter(build_case_redactor(settings.redaction.ner_model_path))
    except ModelMissingError as exc:
        raise ConfigurationError(str(exc)) from None


def build_vault(settings: Settings, engine: Engine | None = None) -> VaultStore:
    """Per-case pseudonym vaults, encrypted with CASEASSIST_REDACTION__VAULT_KEY."""
    from redaction import Vault

    return _VaultAdapter(Vault(engine or build_engine(settings), settings.redaction.vault_key.get_secret_value()))


def build_stores(settings: Settings, *, vaults: VaultStore | None = None) -> IngestStores:
    """The stores an import writes, without loading a model: for stats, delete and compact."""
    from assistant.conversations import ConversationStore
    from assistant.ingest_stores import IngestStores

    engine = build_engine(settings)
    return IngestStores(
        index=build_index(settings, engine),
        keywords=build_keyword_index(settings),
        catalog=build_note_catalog(settings, engine),
        cache=build_embedding_cache(settings, engine),
        vaults=vaults or build_vault(settings, engine),
        access=build_access(settings),
        conversations=ConversationStore(engine),
        clock=utc_now,
        chroma_path=settings.chroma_path if settings.retrieval.chroma_mode == "persistent" else None,
        engine=engine,
        lock_path=settings.home / "ingest.lock",
    )


def build_ingestor(
    settings: Settings,
    *,
    redactor: CaseRedactor | None = None,
    embedder: Embedder | None = None,
    vaults: VaultStore | None = None,
) -> Ingestor:
    """Everything `caseassist import` writes with, sharing one engine.

    `redactor`, `embedder` and `vaults` replace the configured ones (an already-loaded model in a
    test or benchmark, another team's component before it lands); nothing else may be swapped.
    """
    from assistant.ingest import Ingestor
    from retrieval.embedding import CachedEmbedder

    stores = build_stores(settings, vaults=vaults)
    return Ingestor(
        stores=stores,
        embedder=CachedEmbedder(embedder or build_embedder(settings), stores.cache),
        redactor=redactor or build_redactor(settings),
        fingerprint_key=settings.redaction.vault_key.get_secret_value().encode(),
        chunk_chars=settings.retrieval.chunk_chars,
        overlap_chars=settings.retrieval.chunk_overlap_chars,
    )


class _CaseRedactorAdapter:
    """Keeps the redaction package's own types out of the pipeline's signature."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner
        self.version: str = str(getattr(inner, "version", ""))

    def redact_case(self, case: Any, staff: Any, existing_vault: Any | None) -> Any:
        return self._inner.redact_case(case, staff, existing_vault)


class _VaultAdapter:
    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def load(self, case_id: str) -> Any | None:
        return self._inner.load(case_id)

    def save(self, case_id: str, vault: Any) -> None:
        self._inner.save(case_id, vault)

    def delete(self, case_id: str) -> int:
        """Removes the case's vault; returns how many pseudonym entries it held (for the receipt)."""
        held = len(self._inner.load(case_id))
        self._inner.delete(case_id)
        return held

    def question_aliases(self, condition: str, params: Any, case_ids: Any) -> Any:
        """assistant.answering.AliasReader: the scope's question alias rows, one query (redaction.Vault)."""
        return self._inner.question_aliases(condition, params, case_ids)


def configure_server_process(settings: Settings) -> None:
    """Process-wide settings for a server answering many short requests at once."""
    import torch

    torch.set_num_threads(settings.retrieval.server_torch_threads)


def build_service(
    settings: Settings, *, embedder: Embedder | None = None, evaluations: EvaluationRunner | None = None
) -> CaseAssistService:
    """The application facade every entry point uses: one access service, one retriever, one answerer.

    `embedder` lets a test or benchmark share an already-loaded model. `evaluations` is the
    evaluation harness's runner, handed in by the entry point that offers it (the web app), because
    the harness sits above the assistant and is never imported from here.
    """
    from assistant.chronology.endpoints import build_chronology_endpoints
    from assistant.conversations import ConversationStore
    from assistant.service import CaseAssistService

    check_event_model()
    engine = build_engine(settings)
    access = build_access(settings)
    vaults = build_vault(settings, engine)
    parts = build_answering(settings, engine=engine, access=access, vaults=vaults, embedder=embedder)
    return CaseAssistService(
        access=access,
        answerer=parts.answerer,
        conversations=ConversationStore(engine),
        notes=parts.retriever,
        vaults=vaults,
        chronologies=build_chronology_endpoints(settings, access, parts.retriever, vaults.load),
        evaluations=evaluations,
    )


def check_event_model() -> None:
    """Read the shipped chronology event classifier now, so a missing or corrupt artefact stops
    start-up with one message instead of failing the first supervisor who asks for a chronology."""
    from assistant.chronology.classifier import EventModelError, shipped

    try:
        shipped()
    except EventModelError as exc:
        raise ConfigurationError(str(exc)) from None


def build_retriever(settings: Settings, *, engine: Engine | None = None, embedder: Embedder | None = None) -> HybridRetriever:
    """Scoped hybrid retrieval: the exact per-case vector cache fused with FTS5 keyword search.

    The cache lives in the retriever, so each process builds one and shares it across requests.
    """
    from retrieval.exact import ExactCaseCache
    from retrieval.retriever import HybridRetriever, RankingConfig

    options = settings.retrieval
    index = build_index(settings, engine)
    return HybridRetriever(
        embedder or build_embedder(settings),
        ExactCaseCache(index, max_chunks=options.exact_cache_max_chunks),
        build_keyword_index(settings),
        index,
        RankingConfig(candidates=options.candidates, rrf_k=options.rrf_k),
    )


@dataclass(frozen=True)
class AnsweringParts:
    answerer: Answerer
    retriever: HybridRetriever


def build_answering(
    settings: Settings,
    *,
    engine: Engine | None = None,
    access: AccessControl | None = None,
    vaults: VaultStore | None = None,
    embedder: Embedder | None = None,
) -> AnsweringParts:
    """The retriever and the answering pipeline over the stores `caseassist import` wrote.

    The chat backend is chosen once, here: Ollama when configured and reachable, else extractive.
    """
    from assistant.answering import ANSWER_PROMPT, CONDENSE_PROMPT, Answerer, VaultRedactor
    from assistant.conversations import Condenser, ModelCondenser, RuleCondenser
    from assistant.models.selection import select_backends
    from prompts.registry import load_prompt

    engine = engine or build_engine(settings)
    access = access or build_access(settings)
    embedder = embedder or build_embedder(settings)
    retriever = build_retriever(settings, engine=engine, embedder=embedder)
    backends = select_backends(settings.ollama, embedder)
    condenser: Condenser = RuleCondenser()
    if backends.chat_model is not backends.fallback:
        condenser = ModelCondenser(backends.chat_model, load_prompt(*CONDENSE_PROMPT), condenser)
    answerer = Answerer(
        retriever=retriever,
        scopes=access,
        redactor=VaultRedactor(vaults or build_vault(settings, engine)),
        audit=access.audit,
        chat_model=backends.chat_model,
        fallback=backends.fallback,
        condenser=condenser,
        prompt=load_prompt(*ANSWER_PROMPT),
        top_k=settings.retrieval.top_k,
    )
    answerer.backend_reason = backends.reason
    return AnsweringParts(answerer, retriever)
