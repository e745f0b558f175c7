"""Chosen sentences as the answer's text: quoted, each cited, dated when the question is about when.

Every sentence keeps its citation before its full stop, so no claim reads uncited, and a date put
in front of a quotation says where it comes from (the note's type, and the relative words the date
was worked out from), so a reader can check it against the note.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from assistant.chronology.dates import written_date
from assistant.models.base import QuestionType, Source
from assistant.models.candidates import Candidate
from assistant.models.evidence import (
    GENERIC,
    asked_date,
    event_date,
    format_date,
    passage_date,
    relative_phrase,
    span_start,
    word_forms,
)
from assistant.models.passages import LIST_CHARS, holds_list
from assistant.models.questions import sentences, terms

_CITATION_LIKE = re.compile(r"\[(\d+)\]")
_CLOSED_QUOTE = re.compile(r"[.!?][\"'”’)]+$")
"""A sentence ending inside a quotation ('... my mum's house."') keeps its quotation whole."""
_MAX_SENTENCE_CHARS = 400
WRITE_UP_DAYS = 3
"""How long after an event its own record may be dated: notes are written up the same day or a few
days late ("Recording late - I was on leave Monday"), a review or closure summary weeks later."""


def render(
    candidate: Candidate,
    dated: bool,
    qtype: QuestionType | None = None,
    asked: AbstractSet[str] = frozenset(),
    extra: bool = False,
    sources: Sequence[Source] = (),
) -> str:
    """The sentence as quoted, cited; with the event's date first when the question is about one
    ("when" also takes a date the sentence states ahead of the note: an appointment booked). An
    `extra` sentence (quoted after the best one) is dated by its own passage (`passage_date`), not
    by a date its note gives another passage: the grounding check found those unsupported. A dated
    sentence that recalls an earlier event also cites, among `sources`, the event's own record
    (`own_record`)."""
    text = _CITATION_LIKE.sub(r"(\1)", candidate.text)
    limit = LIST_CHARS if holds_list(text) else _MAX_SENTENCE_CHARS
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0] + " …"
    day = answer_date(candidate, qtype, asked, extra) if dated else None
    record = own_record(candidate, day, sources, asked) if day is not None else None
    marker = f"[{candidate.source.n}]" if record is None else f"[{candidate.source.n}, {record.n}]"
    pieces = [text] if holds_list(text) else sentences(text) or [text]
    text = " ".join(_cited(piece, marker) for piece in pieces)
    if day is not None:
        return f"On {format_date(day)} ({_provenance(candidate, day)}): {text}"
    return text


def answer_date(candidate: Candidate, qtype: QuestionType | None, asked: AbstractSet[str], extra: bool) -> dt.date:
    """The date a dated answer puts before the sentence (see `render`)."""
    chunk = candidate.source.chunk
    if qtype is QuestionType.WHEN:
        return asked_date(candidate.text, chunk.date, chunk.text, asked, in_passage=extra, title=chunk.title)
    if extra:
        return passage_date(candidate.text, chunk.date, chunk.text)
    return event_date(candidate.text, chunk.date, chunk.text)


def own_record(candidate: Candidate, day: dt.date, sources: Sequence[Source], asked: AbstractSet[str]) -> Source | None:
    """The retrieved note that records the event the sentence recalls, when the sentence's note was
    written later than the event (a review, a closure summary, a supervision recalling it): the
    earliest note of the same case dated from the event's day to `WRITE_UP_DAYS` after it that holds
    at least half the question's words the sentence holds. Practitioners record an event in its own
    note and then summarise it in later ones; a reader checking the answer wants the record, and
    the summary alone does not show where the fact was first written."""
    chunk = candidate.source.chunk
    if (chunk.date - day).days <= WRITE_UP_DAYS:
        return None
    wanted = {word for word in asked - GENERIC if not word.startswith("[")}
    held = wanted & word_forms(wanted, terms(candidate.text))
    if not held:
        return None
    records = [
        source
        for source in sources
        if source.chunk.case_id == chunk.case_id
        and source.chunk.note_id != chunk.note_id
        and 0 <= (source.chunk.date - day).days <= WRITE_UP_DAYS
        and 2 * len(held & word_forms(held, terms(f"{source.chunk.title} {source.chunk.text}"))) >= len(held)
    ]
    return min(records, key=lambda source: (source.chunk.date, source.n), default=None)


def _cited(sentence: str, marker: str) -> str:
    """The sentence with its citation before the full stop. Every sentence of a quoted unit carries
    it ("... under the category of NEGLECT [1]. Unanimous [1].") so that no claim reads uncited."""
    if _CLOSED_QUOTE.search(sentence):
        return f"{sentence} {marker}"
    return f"{sentence[:-1]} {marker}{sentence[-1]}" if sentence[-1] in ".!?" else f"{sentence} {marker}."


def _provenance(candidate: Candidate, day: dt.date) -> str:
    """Where the answer's date comes from: the note's type, and when the note states the day only
    relatively ("Saturday", "yesterday") the words and the note's date, so a reader can check the
    date worked out: "the home visit note of 6 February 2023 says 'Saturday'"."""
    chunk = candidate.source.chunk
    kind = chunk.note_type.replace("_", " ")
    if day == chunk.date:
        return kind
    anchor = written_date(chunk.text, chunk.date)
    phrase = relative_phrase(candidate.text, day, anchor) or relative_phrase(chunk.text, day, anchor)
    if phrase is None:
        return f"{kind}; the note's title '{chunk.title}'" if span_start(chunk.title, chunk.date) == day else kind
    return f"{kind}; the note of {format_date(chunk.date)} says '{phrase}'"
