"""Request bodies the JSON API accepts, and response shapes it documents in its OpenAPI document.

Response shapes are documentation only: handlers return the service's dicts unchanged so the API
stays exactly the JSON `caseassist ask --json` prints, without a second copy of the contract.
"""

from __future__ import annotations

from typing import Annotated

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
