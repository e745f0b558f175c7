"""Conversations: follow-up questions resolved against the history, and their storage per user.

A follow-up ("and when was that?") is condensed into a standalone question before retrieval, so
retrieval and answering never depend on hidden state. With a language model the condense prompt
does this; without one, `RuleCondenser` carries the previous question's subject into pronouns and
short follow-ups. History is stored pseudonymised (questions and answers as the pipeline saw
them), bound to one case or to the user's caseload, and only its owner can list, open or delete it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy import (
    Column,
    DateTime,
    Engine,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    delete,
    func,
    insert,
    select,
    update,
)

from assistant.models.base import ChatMessage, ChatModel, ChatModelError, ChatRequest, QuestionType
from assistant.models.questions import STOPWORDS
from prompts.registry import Prompt
from records.database import create_schema

metadata = MetaData()

conversations = Table(
    "conversations",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("username", String(128), nullable=False, index=True),
    Column("case_id", String(128), nullable=True),
    Column("title", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

conversation_turns = Table(
    "conversation_turns",
    metadata,
    Column("conversation_id", String(32), ForeignKey("conversations.id", ondelete="CASCADE"), primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("question", Text, nullable=False),
    Column("standalone", Text, nullable=False),
    Column("answer", Text, nullable=False),
    Column("answer_json", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

_MAX_HISTORY_TURNS = 6
_TITLE_CHARS = 80


@dataclass(frozen=True)
class Turn:
    """One exchange, pseudonymised: what was asked, what it meant standalone, what was answered."""

    question: str
    standalone: str
    answer: str
    answer_json: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Conversation:
    id: str
    username: str
    case_id: str | None
    title: str
    created_at: dt.datetime
    updated_at: dt.datetime
    turns: tuple[Turn, ...] = ()


class Condenser(Protocol):
    def condense(self, history: Sequence[Turn], question: str) -> str:
        """A standalone question meaning what `question` means after `history`."""
        ...


_FOLLOW_UP_START = re.compile(r"^\s*(and|but|also|so|then|what about|how about|and what about)\b[,\s]*", re.IGNORECASE)
_WHAT_ABOUT = re.compile(r"^\s*(?:and\s+)?(?:what|how)\s+about\s+(.+)$", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(it|that|this|they|them|those|these|there|then|he|she|him|her|his)\b", re.IGNORECASE)
_ABOUT = re.compile(r"\b(?:about|regarding|re|on|of|at|for|during|after|before)\s+(.+?)\s*\??$", re.IGNORECASE)
_WH_PREFIX = re.compile(
    r"^\s*(?:and\s+)?(?:when|who|what|where|why|how(?: many| much| often)?|which|whose|did|does|do|is|are|was|were|has|have|had|can|could|tell me)\b"
    r"(?:\s+(?:is|are|was|were|did|does|do|has|have|had)\b)*\s*",
    re.IGNORECASE,
)
_VAGUE = frozenset({"it", "that", "this", "they", "them", "those", "these", "there", "then", "he", "she", "him", "her"})


class RuleCondenser:
    """Offline condensation: carry the previous question's subject into a follow-up that lacks one."""

    def condense(self, history: Sequence[Turn], question: str) -> str:
        if not history or not _is_follow_up(question):
            return question
        previous = history[-1].standalone
        subject = subject_of(previous)
        if not subject:
            return question
        switched = _WHAT_ABOUT.match(question)
        if switched and subject in previous:
            return previous.replace(subject, switched.group(1).strip().rstrip("?").strip(), 1)
        body = _FOLLOW_UP_START.sub("", question).strip()
        if _PRONOUN.search(body):
            rewritten = _PRONOUN.sub(lambda m: _replacement(m, subject), body, count=1)
        else:
            rewritten = f"{body.rstrip('?').rstrip()} about {subject}?"
        return rewritten[0].upper() + rewritten[1:]


def _replacement(match: re.Match[str], subject: str) -> str:
    word = match.group(0).lower()
    if word in ("there", "then"):
        return f"at {subject}" if word == "there" else f"during {subject}"
    if word in ("his", "her"):
        return f"{subject}'s"
    return subject


def _is_follow_up(question: str) -> bool:
    """Starts like a continuation, leans on a pronoun, or names too little to stand alone."""
    if _FOLLOW_UP_START.match(question):
        return True
    words = [w for w in re.findall(r"[A-Za-z']+", question.lower())]
    content = [w for w in words if w not in STOPWORDS and w not in _VAGUE]
    return (bool(_PRONOUN.search(question)) and len(content) <= 2) or len(content) == 0


def subject_of(question: str) -> str:
    """What a question is about: the phrase after 'about/at/of...', else the question without its wh-words."""
    stripped = question.strip().rstrip("?").strip()
    about = _ABOUT.search(stripped)
    if about and any(w.lower() not in STOPWORDS for w in about.group(1).split()):
        return about.group(1)
    return _WH_PREFIX.sub("", stripped).strip()


class ModelCondenser:
    """Condensation by the language model (condense prompt); the rule condenser when it fails."""

    def __init__(self, chat_model: ChatModel, prompt: Prompt, fallback: Condenser | None = None) -> None:
        self._chat = chat_model
        self._prompt = prompt
        self._fallback = fallback or RuleCondenser()

    def condense(self, history: Sequence[Turn], question: str) -> str:
        if not history:
            return question
        lines = []
        for turn in history[-_MAX_HISTORY_TURNS:]:
            lines += [f"Social worker: {turn.standalone}", f"CaseAssist: {turn.answer}"]
        user = self._prompt.user.format(history="\n".join(lines), question=question)
        request = ChatRequest(
            question=question,
            qtype=QuestionType.WHAT,
            sources=(),
            messages=(ChatMessage("system", self._prompt.system), ChatMessage("user", user)),
        )
        try:
            text = "".join(self._chat.stream(request)).strip()
        except ChatModelError:
            return self._fallback.condense(history, question)
        first_line = text.splitlines()[0].strip().strip('"') if text else ""
        return first_line or self._fallback.condense(history, question)


class ConversationStore:
    """Conversations in the app database; every read and write is keyed by the owner's username."""

    def __init__(self, engine: Engine, clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC)) -> None:
        self._engine = engine
        self._clock = clock
        create_schema(engine, metadata)

    def start(self, username: str, case_id: str | None, title: str) -> Conversation:
        now = self._clock()
        conversation = Conversation(uuid.uuid4().hex, username, case_id, _title(title), now, now)
        with self._engine.begin() as conn:
            conn.execute(
                insert(conversations).values(
                    id=conversation.id, username=username, case_id=case_id, title=conversation.title,
                    created_at=now, updated_at=now,
                )
            )
        return conversation

    def add_turn(self, username: str, conversation_id: str, turn: Turn) -> bool:
        """Append a turn; False (and nothing written) when the conversation is not this user's."""
        now = self._clock()
        with self._engine.begin() as conn:
            owned = conn.execute(
                update(conversations)
                .where(conversations.c.id == conversation_id, conversations.c.username == username)
                .values(updated_at=now)
            ).rowcount
            if not owned:
                return False
            seq = conn.execute(
                select(func.coalesce(func.max(conversation_turns.c.seq), 0)).where(
                    conversation_turns.c.conversation_id == conversation_id
                )
            ).scalar_one()
            conn.execute(
                insert(conversation_turns).values(
                    conversation_id=conversation_id, seq=int(seq) + 1, question=turn.question,
                    standalone=turn.standalone, answer=turn.answer, answer_json=json.dumps(turn.answer_json),
                    created_at=now,
                )
            )
        return True

    def list(self, username: str) -> list[Conversation]:
        with self._engine.connect() as conn:
            rows = conn.execute(
                select(conversations).where(conversations.c.username == username).order_by(conversations.c.updated_at.desc())
            ).all()
        return [_conversation(row) for row in rows]

    def get(self, username: str, conversation_id: str) -> Conversation | None:
        """The conversation with its turns, or None when it does not exist or is someone else's."""
        with self._engine.connect() as conn:
            row = conn.execute(
                select(conversations).where(conversations.c.id == conversation_id, conversations.c.username == username)
            ).first()
            if row is None:
                return None
            turns = conn.execute(
                select(conversation_turns)
                .where(conversation_turns.c.conversation_id == conversation_id)
                .order_by(conversation_turns.c.seq)
            ).all()
        return _conversation(row, tuple(Turn(t.question, t.standalone, t.answer, json.loads(t.answer_json)) for t in turns))

    def delete(self, username: str, conversation_id: str) -> bool:
        with self._engine.begin() as conn:
            owned = conn.execute(
                select(conversations.c.id).where(conversations.c.id == conversation_id, conversations.c.username == username)
            ).first()
            if owned is None:
                return False
            conn.execute(delete(conversation_turns).where(conversation_turns.c.conversation_id == conversation_id))
            conn.execute(delete(conversations).where(conversations.c.id == conversation_id))
        return True

    def delete_for_case(self, case_id: str) -> int:
        """When a case is deleted, what was derived from it goes too: the conversations bound to it,
        and the turns of caseload conversations whose answers cite it. Returns how many turns went."""
        with self._engine.begin() as conn:
            ids = [row.id for row in conn.execute(select(conversations.c.id).where(conversations.c.case_id == case_id))]
            removed = 0
            if ids:
                removed += conn.execute(delete(conversation_turns).where(conversation_turns.c.conversation_id.in_(ids))).rowcount
                conn.execute(delete(conversations).where(conversations.c.id.in_(ids)))
            caseload = select(conversation_turns.c.conversation_id, conversation_turns.c.seq, conversation_turns.c.answer_json).join(
                conversations, conversations.c.id == conversation_turns.c.conversation_id
            ).where(conversations.c.case_id.is_(None))
            for row in conn.execute(caseload).all():
                cited = {c.get("case_id") for c in json.loads(row.answer_json).get("citations", [])}
                if case_id in cited:
                    conn.execute(
                        delete(conversation_turns).where(
                            conversation_turns.c.conversation_id == row.conversation_id, conversation_turns.c.seq == row.seq
                        )
                    )
                    removed += 1
        return removed


def _title(question: str) -> str:
    text = " ".join(question.split())
    return text if len(text) <= _TITLE_CHARS else text[: _TITLE_CHARS - 1].rsplit(" ", 1)[0] + "…"


def _conversation(row: Any, turns: tuple[Turn, ...] = ()) -> Conversation:
    return Conversation(
        row.id, row.username, row.case_id, row.title, _utc(row.created_at), _utc(row.updated_at), turns
    )


def _utc(value: dt.datetime) -> dt.datetime:
    """Stored times in UTC: SQLite returns them naive, PostgreSQL in the session's time zone."""
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)
