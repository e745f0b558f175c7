"""The answering pipeline: one question in, one grounded, cited, audited answer out.

question (+ history) -> pseudonymised with the case vault -> condensed into a standalone question
-> scoped retrieval -> prompt -> chat model -> citations validated -> re-identified -> answer.

Every collaborator is passed in (retriever, scopes, redactor, audit, chat models, condenser), so
tests run the real pipeline with small real parts and the wiring decides which backend answers.
The language model only ever sees pseudonymised notes from the user's scope, delimited as data;
if it fails mid-question the extractive answerer answers instead and the answer says so.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol, runtime_checkable

from access.audit import Action, AuditTrail, Outcome
from access.rules import refusal
from access.scope import Scope, sql_where
from assistant.citations import Citation, CitationResolver, split_claims
from assistant.conversations import Condenser, Turn
from assistant.models.base import (
    NOT_RECORDED,
    ChatMessage,
    ChatModel,
    ChatModelError,
    ChatRequest,
    Source,
)
from assistant.models.extractive import ExtractiveChatModel, format_date
from assistant.models.questions import classify, mentioned_days
from assistant.settings import Settings
from prompts.registry import Prompt
from retrieval.dates import DateWindow, names_bare_month, parse_date_window
from retrieval.retriever import CasePseudonymiser, ScopedPseudonymiser, ScopedQuery, pseudonymise_query
from retrieval.types import Chunk, Embedder, Hit, NoteRecord

_MAX_DATED_NOTES = 3
EXTRACTIVE_NOTICE = "Answered without a language model: sentences quoted from the notes."
NO_CASELOAD = "You have no cases you can ask about."
_TAG = re.compile(r"</?\s*notes?\b[^>]*>", re.IGNORECASE)


class Scopes(Protocol):
    """What access control tells the pipeline: the scope to push into every retrieval query."""

    def scope(self, username: str) -> Scope: ...

    def case_scope(self, username: str, case_id: str) -> Scope: ...


class Redactor(Protocol):
    """Per-case pseudonymisation for questions, and re-identification for display.

    Tokens are per case ("[CHILD]" is a different child in every case), so both directions name
    the case whose vault they use.
    """

    def pseudonymise(self, text: str, case_id: str) -> str: ...

    def reidentify(self, text: str, case_id: str) -> str: ...


@runtime_checkable
class QuotingRedactor(Redactor, Protocol):
    """A Redactor that can also show words quoted from notes as those notes wrote them."""

    def quoter(self, case_id: str, note_ids: Sequence[str]) -> Callable[[str, Sequence[str]], str]:
        """Re-identification with the case's vault and these notes' surfaces read once: the returned
        function shows a text quoting some of the notes (the second argument) in their own words."""
        ...


@runtime_checkable
class AuditingRedactor(Redactor, Protocol):
    """A Redactor that can also give the strict audit copy of a question (redaction.audit_copy)."""

    def audit_copy(self, text: str, case_id: str, others: Sequence[str] = ()) -> str:
        """`text`, pseudonymised for `case_id`, with every value of that case's vault masked by its
        token and every value of the `others` cases by a kind-only token: no ordinary-word exception."""
        ...


@runtime_checkable
class AliasReader(Protocol):
    """Vaults that read the question aliases a scope selects in one query (redaction.Vault)."""

    def question_aliases(
        self, condition: str, params: Mapping[str, Any], case_ids: Sequence[str]
    ) -> tuple[dict[str, list[Any]], set[str]]: ...


ALIASES_MISSING = (
    "{count} case(s) were imported before question aliases were stored, so a question typing a "
    "person the way only the notes write them (\"Cia\") is not pseudonymised for them: run "
    "`caseassist import` again with the same files (it rebuilds only those cases and re-embeds nothing)."
)
_log = logging.getLogger(__name__)


class CaseVaults(Protocol):
    """redaction.Vault: a case's token -> real value entries ({} for a case never imported)."""

    def load(self, case_id: str) -> Mapping[str, str] | None: ...


class VaultRedactor:
    """The pipeline's Redactor over the encrypted per-case vaults and redaction's own text functions.

    Vaults are read on every call rather than cached, so a re-import that adds a person, or a
    deletion, is reflected in the next answer; a vault read is one small decrypt.
    """

    def __init__(self, vaults: CaseVaults) -> None:
        self._vaults = vaults
        self._warned: set[int] = set()

    def pseudonymise(self, text: str, case_id: str) -> str:
        """`text` with the case's pseudonyms, and the aliases of the case's standard notes only: a
        caller without the asker's scope gets no alias a restricted note gives (deny by default).
        The pipeline binds `within(scope)` instead, which also reads the restricted notes the asker
        may see."""
        return self.within(Scope(standard_cases=frozenset({case_id})))(text, case_id)

    def within(self, scope: Scope) -> Callable[[str, str], str]:
        """retrieval.retriever.ScopedPseudonymiser: the question aliases of the notes `scope` allows,
        read once in one query the scope filters (access.scope.sql_where), then each case's vault
        once; never the surfaces of every note of every case (docs/redaction.md, session 13)."""
        from redaction import pseudonymise  # deferred: importing redaction loads Presidio
        from redaction.surfaces import question_aliases

        plain = {case_id: dict(self._vaults.load(case_id) or {}) for case_id in sorted(scope.case_ids)}
        rows = self._alias_rows(scope)
        aliases = {case_id: question_aliases(rows.get(case_id, [])) for case_id in plain}

        def spell(text: str, case_id: str) -> str:
            vault = plain[case_id] if case_id in plain else dict(self._vaults.load(case_id) or {})
            return pseudonymise(text, vault, aliases.get(case_id, {}))

        return spell

    def _alias_rows(self, scope: Scope) -> dict[str, list[Any]]:
        """The scope's alias rows (one query, when the vaults keep them); a case imported before they
        existed is answered without them, and the admin told to re-import."""
        if not isinstance(self._vaults, AliasReader) or scope.is_empty:
            return {}
        condition, params = sql_where(scope)
        rows, built = self._vaults.question_aliases(condition, params, sorted(scope.case_ids))
        missing = sorted(scope.case_ids - built)
        if missing:
            self._warn_aliases_missing(len(missing))
        return rows

    def _warn_aliases_missing(self, count: int) -> None:
        """One warning per redactor (one per served process) and count: the admin's cue to
        re-import, naming no case content. Kept on the instance, not the module, so two wirings in
        one process (tests, a CLI inside the server) each say it once."""
        if count not in self._warned:
            self._warned.add(count)
            _log.warning(ALIASES_MISSING.format(count=count))

    def reidentify(self, text: str, case_id: str) -> str:
        from redaction import reidentify

        return reidentify(text, self._entries(case_id))

    def quoter(self, case_id: str, note_ids: Sequence[str]) -> Callable[[str, Sequence[str]], str]:
        """Like reidentify, but words quoted from the given notes of the case keep the notes' own
        surfaces ("Dougal", "the Parcells'"); framing and paraphrase keep the vault's full names.
        One vault read per answer and case, not per sentence: an answer is shown in many pieces."""
        from redaction import reidentify
        from redaction.surfaces import surfaces_of

        loaded = self._vaults.load(case_id) or {}
        notes = surfaces_of(loaded, sorted(set(note_ids)))
        entries = dict(loaded)
        return lambda text, cited: reidentify(text, entries, [notes[n] for n in dict.fromkeys(cited) if n in notes])

    def audit_copy(self, text: str, case_id: str, others: Sequence[str] = ()) -> str:
        """The audit row's question: the retrieval form keeps a name that is also a word ("has
        barney gone back to school"); a log must not (redaction.audit_copy says why)."""
        from redaction.audit_copy import audit_copy

        return audit_copy(text, self._entries(case_id), (self._entries(other) for other in others if other != case_id))

    def _entries(self, case_id: str) -> dict[str, str]:
        return dict(self._vaults.load(case_id) or {})


class ScopedRetriever(Protocol):
    """retrieval.retriever.HybridRetriever: (pseudonymised text, scope) groups searched together."""

    def search_queries(
        self,
        queries: Sequence[ScopedQuery],
        k: int,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        prefer_recent: bool = False,
        on_day: tuple[int, int] | None = None,
    ) -> list[Hit]: ...

    def notes(
        self, scope: Scope, case_id: str, date_from: dt.date | None = None, date_to: dt.date | None = None
    ) -> list[NoteRecord]: ...


@dataclass(frozen=True)
class Answer:
    """What the user sees, plus what answers must record (prompt, backend, model, retrieval)."""

    answer_id: str
    question: str
    text: str
    citations: tuple[Citation, ...]
    refused: bool
    reason: str | None
    backend: str
    model: str
    prompt: str
    notice: str | None
    retrieval: dict[str, Any] = field(default_factory=dict)
    invalid_citations: int = 0
    pseudonymised_question: str = ""
    pseudonymised_text: str = ""

    def as_dict(self) -> dict[str, Any]:
        """The `ask --json` / API shape."""
        return {
            "id": self.answer_id,
            "answer": self.text,
            "citations": [
                {"n": c.number, "note_id": c.note_id, "case_id": c.case_id, "date": c.date.isoformat(), "quote": c.quote}
                for c in self.citations
            ],
            "refused": self.refused,
            "reason": self.reason,
            "backend": self.backend,
            "backend_notice": self.notice,
            "prompt": self.prompt,
            "model": self.model,
            "retrieval": self.retrieval,
            "invalid_citations": self.invalid_citations,
        }


@dataclass(frozen=True)
class AnswerEvent:
    """`token` (text to append), `notice` (a backend problem; discard shown tokens), `final` (the Answer)."""

    kind: str
    text: str = ""
    answer: Answer | None = None

    def as_dict(self) -> dict[str, Any]:
        if self.kind == "final" and self.answer is not None:
            return {"event": "final", "answer": self.answer.as_dict()}
        return {"event": self.kind, "text": self.text}


@dataclass(frozen=True)
class _Question:
    answer_id: str
    username: str
    asked: str
    case_id: str | None
    scope: Scope
    queries: tuple[ScopedQuery, ...]
    """The standalone question as each group of permitted cases' pseudonyms spell it."""

    def spelled_for(self, case_id: str | None) -> str:
        """The pseudonymised question as the given case spells it (the first group's otherwise)."""
        for query in self.queries:
            if case_id in query.scope.case_ids:
                return query.text
        return self.queries[0].text


class Answerer:
    """Runs the pipeline for one question at a time; holds no per-user state."""

    def __init__(
        self,
        *,
        retriever: ScopedRetriever,
        scopes: Scopes,
        redactor: Redactor,
        audit: AuditTrail,
        chat_model: ChatModel,
        fallback: ExtractiveChatModel,
        condenser: Condenser,
        prompt: Prompt,
        top_k: int = 8,
        today: Callable[[], dt.date] = dt.date.today,
        new_id: Callable[[], str] = lambda: uuid.uuid4().hex,
    ) -> None:
        self._retriever = retriever
        self._scopes = scopes
        self._redactor = redactor
        self._audit = audit
        self._chat = chat_model
        self._fallback = fallback
        self._condenser = condenser
        self._prompt = prompt
        self._top_k = top_k
        self._today = today
        self._new_id = new_id
        self.backend_reason = ""
        """Why this backend answers (e.g. why not Ollama), for `caseassist config` and the web page."""

    @property
    def backend(self) -> str:
        return self._chat.backend

    def ask(
        self, username: str, question: str, *, case_id: str | None = None, history: Sequence[Turn] = (), reidentify: bool = True
    ) -> Answer:
        final = None
        for event in self.stream(username, question, case_id=case_id, history=history, reidentify=reidentify):
            if event.kind == "final":
                final = event.answer
        assert final is not None, "the pipeline always ends with a final event"
        return final

    def stream(
        self, username: str, question: str, *, case_id: str | None = None, history: Sequence[Turn] = (), reidentify: bool = True
    ) -> Iterator[AnswerEvent]:
        """Tokens as they are validated and re-identified, then the final Answer (already audited)."""
        answer_id = self._new_id()
        scope = self._scopes.case_scope(username, case_id) if case_id else self._scopes.scope(username)
        if scope.is_empty:
            yield AnswerEvent("final", answer=self._refuse(answer_id, username, question, case_id))
            return
        try:
            queries = tuple(
                ScopedQuery(self._condenser.condense(history, group.text), group.scope)
                for group in pseudonymise_query(question, scope, _scoped(self._redactor))
            )
            asked = _Question(answer_id, username, question, case_id, scope, queries)
            yield from self._answer(asked, reidentify)
        except Exception:
            self._audit.record(
                username, Action.ASK, Outcome.ERROR, case_ids=[case_id] if case_id else [], answer_id=answer_id,
                prompt_version=self._prompt.ref, model=f"{self._chat.backend}:{self._chat.model}",
            )
            raise

    def _answer(self, asked: _Question, reidentify: bool) -> Iterator[AnswerEvent]:
        window = self._window(asked)
        hits = self._retriever.search_queries(
            asked.queries, self._top_k, window.date_from, window.date_to,
            prefer_recent=window.prefer_recent, on_day=window.month_day,
        )
        standalone = asked.spelled_for(hits[0].chunk.case_id if hits else asked.case_id)
        hits = self._dated_notes(asked, standalone) + hits
        retrieval = {
            "top_k": self._top_k,
            "hits": len(hits),
            "date_from": window.date_from.isoformat() if window.date_from else None,
            "date_to": window.date_to.isoformat() if window.date_to else None,
        }
        sources = tuple(Source(index + 1, hit.chunk, hit.score) for index, hit in enumerate(_dedupe(hits)))
        request = ChatRequest(
            question=standalone,
            qtype=classify(standalone),
            sources=sources,
            messages=answer_messages(self._prompt, standalone, sources),
        )
        model: ChatModel = self._chat
        notice = backend_notice(model)
        resolver = CitationResolver(sources)
        parts: list[str] = []
        display = self._display(sources, reidentify)
        if not sources:
            parts.append(NOT_RECORDED)
        else:
            try:
                for sentence in _sentences(model.stream(request)):
                    parts.append(resolver.feed(sentence))
                    yield AnswerEvent("token", text=display(parts[-1], resolver) + " ")
            except ChatModelError as exc:
                notice = f"The language model could not answer ({exc.reason}). {EXTRACTIVE_NOTICE}"
                yield AnswerEvent("notice", text=notice)
                model, resolver, parts = self._fallback, CitationResolver(sources), []
                for sentence in split_claims(self._fallback.answer(request)):
                    parts.append(resolver.feed(sentence))
                    yield AnswerEvent("token", text=display(parts[-1], resolver) + " ")
        answer = self._finish(asked, standalone, model, notice, retrieval, resolver, parts, sources, display)
        yield AnswerEvent("final", answer=answer)

    def _window(self, asked: _Question) -> DateWindow:
        """The question's event-date window; a month named without a year is the latest such month
        of the case's record as this user may see it, not of the calendar: "in June" about a case
        whose newest visible note is from 2024 means June 2024 (or 2023), never a June with no notes.
        """
        question = asked.spelled_for(asked.case_id)
        today = self._today()
        window = parse_date_window(question, today)
        if window.is_open or asked.case_id is None or not names_bare_month(window.phrase):
            return window
        dates = [note.date for note in self._retriever.notes(asked.scope, asked.case_id)]
        newest = max(dates, default=today)
        return parse_date_window(question, newest) if newest < today else window

    def _dated_notes(self, asked: _Question, standalone: str) -> list[Hit]:
        """The notes of the day a question names ('seen alone on 21 March'), whatever their words.

        Questions name a day without a year, which no date window can express; within one case the
        note of that day is the answer's most likely source. The case's notes are read with the
        scope inside the store query, as every read is.
        """
        days = mentioned_days(standalone)
        if not days or asked.case_id is None:
            return []
        matching = [
            note
            for note in self._retriever.notes(asked.scope, asked.case_id)
            if any((note.date.day, note.date.month) == (day, month) and year in (None, note.date.year) for day, month, year in days)
        ]
        return [Hit(_as_chunk(note), 1.0, 0) for note in matching[:_MAX_DATED_NOTES]]

    def _finish(
        self,
        asked: _Question,
        standalone: str,
        model: ChatModel,
        notice: str | None,
        retrieval: dict[str, Any],
        resolver: CitationResolver,
        parts: list[str],
        sources: Sequence[Source],
        display: _Display,
    ) -> Answer:
        citations = resolver.citations()
        refused = not citations
        text = NOT_RECORDED if refused else " ".join(parts).strip()
        shown_text = NOT_RECORDED if refused else " ".join(display(p, resolver) for p in parts).strip()
        shown = tuple(
            replace(c, quote=display.quoted(c.quote, c.case_id, c.note_id), title=display.quoted(c.title, c.case_id, c.note_id))
            for c in citations
        )
        answer = Answer(
            answer_id=asked.answer_id,
            question=asked.asked,
            text=shown_text,
            citations=shown,
            refused=refused,
            reason="not_recorded" if refused else None,
            backend=model.backend,
            model=model.model,
            prompt=self._prompt.ref,
            notice=notice,
            retrieval=retrieval,
            invalid_citations=resolver.invalid,
            pseudonymised_question=standalone,
            pseudonymised_text=text,
        )
        self._audit.record(
            asked.username,
            Action.ASK,
            Outcome.REFUSED if refused else Outcome.ANSWERED,
            case_ids=[asked.case_id] if asked.case_id else sorted({c.case_id for c in citations}),
            question=self._audited_question(asked, standalone, sources),
            note_ids=[c.note_id for c in citations],
            answer_id=asked.answer_id,
            prompt_version=self._prompt.ref,
            model=f"{model.backend}:{model.model}",
            detail={
                "reason": answer.reason,
                "retrieved_note_ids": list(dict.fromkeys(s.chunk.note_id for s in sources)),
                "invalid_citations": resolver.invalid,
                "fallback": model is self._fallback and self._chat is not self._fallback,
            },
        )
        return answer

    def _audited_question(self, asked: _Question, standalone: str, sources: Sequence[Source]) -> str:
        """The strict audit copy of the question as stored: spelled for the question's case, or for
        the case of the best source of a caseload question, with every other case the
        pseudonymisation consulted masked too. Retrieval and the prompt keep `standalone`."""
        if not isinstance(self._redactor, AuditingRedactor):
            return standalone
        own = asked.case_id or (sources[0].chunk.case_id if sources else min(asked.queries[0].scope.case_ids))
        return self._redactor.audit_copy(standalone, own, sorted(asked.scope.case_ids - {own}))

    def _display(self, sources: Sequence[Source], reidentify: bool) -> _Display:
        return _Display(self._redactor, sources, reidentify)

    def _refuse(self, answer_id: str, username: str, question: str, case_id: str | None) -> Answer:
        text = refusal(case_id) if case_id else NO_CASELOAD
        self._audit.record(
            username, Action.ASK, Outcome.REFUSED, case_ids=[case_id] if case_id else [],
            question=None, answer_id=answer_id,
            prompt_version=self._prompt.ref, model=f"{self._chat.backend}:{self._chat.model}", detail={"reason": "no_access"},
        )
        return Answer(
            answer_id=answer_id, question=question, text=text, citations=(), refused=True, reason="no_access",
            backend=self._chat.backend, model=self._chat.model, prompt=self._prompt.ref, notice=None,
        )


class _Display:
    """Re-identification for one piece of answer text whose case is known.

    Pseudonyms are per case ("[CHILD]" in every case), so text is re-identified only with the
    vault of the single case it comes from; text drawing on several cases stays pseudonymised
    rather than risk showing one family's name in another's sentence. Words quoted from the notes a
    piece cites are shown as those notes wrote them (redaction.surfaces), when the redactor can.
    """

    def __init__(self, redactor: Redactor, sources: Sequence[Source], reidentify: bool) -> None:
        self._redactor = redactor
        self._reidentify = reidentify
        self._cases = {source.chunk.case_id for source in sources}
        self._notes = {source.chunk.note_id: source.chunk.case_id for source in sources}
        self._quoters: dict[str, Callable[[str, Sequence[str]], str]] = {}

    def __call__(self, text: str, resolver: CitationResolver) -> str:
        cases = resolver.cases_cited(text) or self._cases
        if not self._reidentify or len(cases) != 1:
            return text
        case_id = next(iter(cases))
        cited = resolver.notes_cited(text) or {note for note, case in self._notes.items() if case == case_id}
        return self._show(text, case_id, cited)

    def quoted(self, text: str, case_id: str, note_id: str) -> str:
        """A citation's quote or title: it comes from the one note it names."""
        return self._show(text, case_id, {note_id}) if self._reidentify else text

    def _show(self, text: str, case_id: str, note_ids: set[str]) -> str:
        if not isinstance(self._redactor, QuotingRedactor):
            return self._redactor.reidentify(text, case_id)
        if case_id not in self._quoters:
            # every retrieved note of the case: retrieval was scoped, so the user may see each one
            retrieved = sorted(note for note, case in self._notes.items() if case == case_id)
            self._quoters[case_id] = self._redactor.quoter(case_id, retrieved)
        return self._quoters[case_id](text, sorted(note_ids))


def backend_notice(model: ChatModel) -> str:
    """Every answer says what produced it."""
    if model.backend == ExtractiveChatModel.backend:
        return EXTRACTIVE_NOTICE
    return f"Answered by the local language model {model.model}; check the cited notes."


def answer_messages(prompt: Prompt, question: str, sources: Sequence[Source]) -> tuple[ChatMessage, ...]:
    """The system rules and the user message: numbered notes inside <notes>, then the question."""
    note = prompt.part("note")
    blocks = [
        note.format(
            n=source.n,
            date=format_date(source.chunk.date),
            note_type=source.chunk.note_type.replace("_", " "),
            title=_as_data(source.chunk.title),
            text=_as_data(source.chunk.text),
        )
        for source in sources
    ]
    user = prompt.user.format(notes="\n".join(blocks), question=_as_data(question))
    return (ChatMessage("system", prompt.system), ChatMessage("user", user))


def _as_data(text: str) -> str:
    """Note text cannot close or open the <notes>/<note> delimiters it sits inside."""
    return _TAG.sub("[tag removed]", text)


def _dedupe(hits: Sequence[Hit]) -> list[Hit]:
    """One source per note, in the order given (dated whole notes first, then retrieval's ranking)."""
    seen: set[str] = set()
    kept = []
    for hit in hits:
        if hit.chunk.note_id not in seen:
            seen.add(hit.chunk.note_id)
            kept.append(hit)
    return kept


def _as_chunk(note: NoteRecord) -> Chunk:
    return Chunk(f"{note.note_id}#note", note.note_id, note.case_id, note.date, note.note_type, note.title, note.text, note.sensitivity)


def _sentences(pieces: Iterator[str]) -> Iterator[str]:
    """Whole claims from a stream of pieces: citations and pseudonyms are never split across tokens."""
    buffer = ""
    for piece in pieces:
        buffer += piece
        claims = split_claims(buffer)
        if len(claims) > 1 and not claims[-1].startswith("["):
            yield from claims[:-1]
            buffer = claims[-1]
    if buffer.strip():
        yield from split_claims(buffer)


ANSWER_PROMPT = ("answer", 2)
CONDENSE_PROMPT = ("condense", 1)


def _scoped(redactor: Redactor) -> CasePseudonymiser | ScopedPseudonymiser:
    """The redactor bound per question to the asker's scope where it can be (VaultRedactor)."""
    return redactor if isinstance(redactor, ScopedPseudonymiser) else redactor.pseudonymise


def build_answerer(settings: Settings, *, embedder: Embedder | None = None) -> Answerer:
    """The answering pipeline from settings (assistant.wiring.build_answering builds it)."""
    from assistant import wiring

    return wiring.build_answering(settings, embedder=embedder).answerer
