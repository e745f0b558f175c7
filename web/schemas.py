"""Request bodies the JSON API accepts, and response shapes it documents in its OpenAPI document.

Response shapes are documentation only: handlers return the service's dicts unchanged so the API
stays exactly the JSON `caseassist ask --json` prints, without a second copy of the contract.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

MAX_QUESTION_CHARS = 2000
Identifier = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=128, pattern=r"^[A-Za-z0-9_.:\-]+$")]


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class SignIn(_Body):
    username: Annotated[str, StringConstraints(min_length=1, max_length=128)]
    password: Annotated[str, StringConstraints(min_length=1, max_length=1024)]


class AskBody(_Body):
    question: Annotated[str, StringConstraints(min_length=1, max_length=MAX_QUESTION_CHARS)]
    case_id: Identifier | None = Field(default=None, description="Ask about one case; omit to ask across your caseload.")
    conversation_id: Identifier | None = Field(default=None, description="Continue a conversation; omit to start one.")


class GrantBody(_Body):
    grantee: Identifier
    case_id: Identifier
    days: int = Field(ge=1, le=90)
    reason: Annotated[str, StringConstraints(min_length=10, max_length=500)]


class EvaluationBody(_Body):
    suites: list[Identifier] = Field(min_length=1, max_length=20)
    against_baseline: bool = Field(
        default=False, description="Also gate non-regression against the current baseline (approved, or the shipped one)."
    )


class ApprovalBody(_Body):
    job_id: Identifier = Field(description="A finished evaluation run that passed every release gate.")
    reason: Annotated[str, StringConstraints(min_length=10, max_length=500)] = Field(
        description="Why this run becomes the baseline (kept in the baseline history, not in the audit trail)."
    )


class BaselineOut(BaseModel):
    """The baseline runs are compared with: `source` is "approved" or "shipped"."""

    source: Literal["approved", "shipped"]
    label: str
    job_id: str | None = None
    approved_by: str | None = None
    approved_at: str | None = None
    reason: str | None = None
    suites: list[str] = []
    history: list[dict[str, object]] = []


class ComparisonRow(BaseModel):
    name: str
    suite: str
    metric: str
    baseline: float | None = None
    value: float | None = None
    delta: float | None = None
    better: Literal["higher", "lower"] | None = None
    tolerance: float | None = None
    regression: bool
    p_value: float | None = Field(default=None, description="Exact McNemar test where both runs hold paired per-question outcomes.")
    test: str


class ComparisonOut(BaseModel):
    job_id: str
    baseline: dict[str, object]
    same_corpus: bool
    regressions: int
    rows: list[ComparisonRow]


class SessionOut(BaseModel):
    csrf_token: str
    user: dict[str, object]


class Problem(BaseModel):
    detail: str


class CaseOut(BaseModel):
    case_id: str
    child_name: str | None = None
    team: str
    status: str
    restricted: bool = False


class CitationOut(BaseModel):
    n: int
    note_id: str
    case_id: str
    date: str | None = None
    quote: str


class AnswerOut(BaseModel):
    """The JSON of `caseassist ask --json`."""

    id: str
    answer: str
    citations: list[CitationOut]
    refused: bool
    reason: str | None = None
    backend: str
    backend_notice: str | None = None
    prompt: str | None = None
    model: str | None = None
    conversation_id: str | None = None


class NoteOut(BaseModel):
    note_id: str
    case_id: str
    date: str | None = None
    type: str
    title: str | None = None
    text: str
    author_role: str | None = None
