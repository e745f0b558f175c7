"""The one Settings object: built at the entry point from CASEASSIST_* variables and passed down.

Nested sections use `__` in environment variables, e.g. CASEASSIST_OLLAMA__BASE_URL.
Impossible combinations fail here, at start-up, with a message naming what to change.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEV_VAULT_KEY = "dev-only-vault-key-change-me"
DEV_SESSION_SECRET = "dev-only-session-secret-change-me"


class OllamaSettings(BaseModel):
    base_url: str | None = Field(default=None, description="e.g. http://gpu-box:11434; unset means offline (extractive) answers.")
    model: str = "llama3.1:8b-instruct-q4_K_M"
    embed_model: str = "nomic-embed-text"
    judge_model: str | None = None
    connect_timeout_s: float = 2.0
    timeout_s: float = 120.0
    keep_alive: str = "10m"
    num_ctx: int = 8192
    temperature: float = 0.0


class RetrievalSettings(BaseModel):
    embedder: Literal["minilm", "ollama"] = "minilm"
    chroma_mode: Literal["persistent", "http"] = "persistent"
    chroma_host: str = "127.0.0.1"
    chroma_port: int = 8001
    collection: str = "case_chunks"
    top_k: int = 8
    chunk_chars: int = 800
    chunk_overlap_chars: int = 120
    server_torch_threads: int = Field(
        default=1,
        ge=1,
        description="Torch threads in the web server, which embeds one short query per request: with two "
        "threads per request on a 2-core machine, concurrent requests contend (measured 893 ms vs 37 ms per query).",
    )
    candidates: int = Field(default=50, ge=1, description="Chunks each half of hybrid search contributes to the fusion.")
    rrf_k: int = Field(default=60, ge=1, description="Reciprocal rank fusion constant.")
    exact_cache_max_chunks: int = Field(default=2_000_000, ge=1, description="Vectors held for exact per-case search (~1.5 KB each).")


class RedactionSettings(BaseModel):
    vault_key: SecretStr = SecretStr(DEV_VAULT_KEY)
    ner_model_path: Path | None = Field(default=None, description="Trained spaCy NER; default: the model shipped in redaction/model.")


class AuthSettings(BaseModel):
    session_secret: SecretStr = SecretStr(DEV_SESSION_SECRET)
    session_hours: float = 8.0
    max_failed_logins: int = 5
    lockout_minutes: float = 15.0
    max_failed_logins_per_client: int = Field(default=20, description="Failed logins from one address within lockout_minutes before it is throttled.")
    trusted_user_header: str | None = Field(default=None, description="SSO: a header set by a trusted reverse proxy.")
    secure_cookies: bool = False


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CASEASSIST_", env_nested_delimiter="__", extra="ignore")

    env: Literal["dev", "prod"] = "dev"
    home: Path = Path(".caseassist")
    database_url: str | None = Field(default=None, description="SQLAlchemy URL; default sqlite under home.")
    ollama: OllamaSettings = OllamaSettings()
    retrieval: RetrievalSettings = RetrievalSettings()
    redaction: RedactionSettings = RedactionSettings()
    auth: AuthSettings = AuthSettings()

    @field_validator("home")
    @classmethod
    def _home_is_a_folder(cls, home: Path) -> Path:
        """A home that is a file (a database path given by mistake) fails here with its name, not
        later as a traceback from whichever store opens first."""
        if home.exists() and not home.is_dir():
            raise ValueError(f"{home} is a file; CASEASSIST_HOME must be a folder (it holds the database, index and vaults)")
        return home

    @model_validator(mode="after")
    def _refuse_default_secrets_in_prod(self) -> Settings:
        if self.env != "prod":
            return self
        defaults = {
            "CASEASSIST_REDACTION__VAULT_KEY": self.redaction.vault_key.get_secret_value() == DEV_VAULT_KEY,
            "CASEASSIST_AUTH__SESSION_SECRET": self.auth.session_secret.get_secret_value() == DEV_SESSION_SECRET,
        }
        missing = [name for name, is_default in defaults.items() if is_default]
        if missing:
            raise ValueError(f"CASEASSIST_ENV=prod refuses the development default secrets: set {', '.join(missing)}")
        return self

    @property
    def db_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.home / 'caseassist.db').resolve()}"

    @property
    def chroma_path(self) -> Path:
        return self.home / "chroma"

    def masked(self) -> dict[str, Any]:
        """Effective settings for display: secrets and URL passwords masked."""
        data = self.model_dump(mode="json")
        data["database_url"] = _mask_url(self.db_url)
        data["redaction"]["vault_key"] = "********"
        data["auth"]["session_secret"] = "********"
        return data

    def fingerprint(self) -> str:
        """A short hash of the behaviour-relevant settings, recorded with answers and eval reports."""
        data = self.masked()
        for volatile in ("home", "database_url", "env"):
            data.pop(volatile, None)
        return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()[:12]


def _mask_url(url: str) -> str:
    if "://" not in url or "@" not in url:
        return url
    scheme, rest = url.split("://", 1)
    credentials, host = rest.rsplit("@", 1)
    user = credentials.split(":", 1)[0]
    return f"{scheme}://{user}:********@{host}"
