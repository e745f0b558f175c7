"""Chosen sentences as the answer's text: quoted, each cited, dated when the question is about when.

Every sentence keeps its citation before its full stop, so no claim reads uncited, and a date put
in front of a quotation says where it comes from (the note's type, and the relative words the date
was worked out from), so a reader can check it against the note.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Set as AbstractSet

from assistant.chronology.dates import written_date
from assistant.models.base import QuestionType
from assistant.models.candidates import Candidate
from assistant.models.evidence import asked_date, event_date, format_date, passage_date, relative_phrase, span_start
from assistant.models.passages import LIST_CHARS, holds_list
from assistant.models.questions import sentences

_CITATION_LIKE = re.compile(r"\[(\d+)\]")
_CLOSED_QUOTE = re.compile(r"[.!?][\"'”’)]+$")
"""A sentence ending inside a quotation ('... my mum's house."') keeps its quotation whole."""
_MAX_SENTENCE_CHARS = 400


def render(
    candidate: Candidate,
    dated: bool,
    qtype: QuestionType | None = None,
    asked: AbstractSet[str] = frozenset(),
    extra: bool = False,
) -> str:
    """The sentence as quoted, cited; with the event's date first when the question is about one
    ("when" also takes a date the sentence states ahead of the note: an appointment booked). An
    `extra` sentence (quoted after the best one) is dated by its own passage (`passage_date`), not
    by a date its note gives another passage: the grounding check found those unsupported."""
    text = _CITATION_LIKE.sub(r"(\1)", candidate.text)
    limit = LIST_CHARS if holds_list(text) else _MAX_SENTENCE_CHARS
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0] + " …"
    marker = f"[{candidate.source.n}]"
    pieces = [text] if holds_list(text) else sentences(text) or [text]
    text = " ".join(_cited(piece, marker) for piece in pieces)
    if dated:
        chunk = candidate.source.chunk
        if qtype is QuestionType.WHEN:
            day = asked_date(candidate.text, chunk.date, chunk.text, asked, in_passage=extra, title=chunk.title)
        elif extra:
            day = passage_date(candidate.text, chunk.date, chunk.text)
        else:
            day = event_date(candidate.text, chunk.date, chunk.text)
        return f"On {format_date(day)} ({_provenance(candidate, day)}): {text}"
    return text


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
